import { searchQuery } from "../../core/schemas/search.ts";
import { search } from "../../services/search.ts";
import { searchResultSchema } from "../entity-schemas.ts";
import { defineRoute } from "../route.ts";

export const searchRoutes = [
  defineRoute({
    method: "GET",
    path: "/api/search",
    summary: "Search people, companies and personal facts (prefix, umlauts folded)",
    tag: "Search",
    access: "read",
    query: searchQuery,
    response: { status: 200, description: "Best matches first", schema: searchResultSchema },
    handler: (r) => search(r.ctx, r.actor, r.query),
  }),
];
