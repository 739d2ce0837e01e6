import { z } from "zod";
import { parseInput } from "../../core/validation.ts";
import { loadDemo } from "../../services/demo/load-demo.ts";
import { defineRoute } from "../route.ts";

const demoQuery = z.strictObject({ seed: z.string().trim().min(1).max(50).default("42") });

export const demoRoutes = [
  defineRoute({
    method: "POST",
    path: "/api/demo",
    summary: "Load the demo workspace into an empty workspace (409 when it already has people)",
    tag: "Workspace",
    access: "write",
    query: demoQuery,
    response: {
      status: 201,
      description: "What was loaded",
      schema: z.object({
        companies: z.number(),
        people: z.number(),
        contacts: z.number(),
        relations: z.number(),
        interactions: z.number(),
        facts: z.number(),
        openLoops: z.number(),
        deals: z.number(),
        tenders: z.number(),
      }),
    },
    handler: async (r) => {
      const { seed } = parseInput(demoQuery, r.query);
      const counts = await loadDemo(r.ctx, r.actor, { seed });
      r.reply.code(201);
      return counts;
    },
  }),
];
