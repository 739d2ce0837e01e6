import { z } from "zod";
import { companyCreateInput, companyListQuery, companyUpdateInput } from "../../core/schemas/company.ts";
import { factCreateInput, factListQuery, factUpdateInput } from "../../core/schemas/fact.ts";
import {
  interactionCreateInput,
  interactionListQuery,
  interactionUpdateInput,
} from "../../core/schemas/interaction.ts";
import { openLoopCreateInput, openLoopListQuery, openLoopUpdateInput } from "../../core/schemas/open-loop.ts";
import { personCreateInput, personListQuery, personUpdateInput } from "../../core/schemas/person.ts";
import { relationCreateInput, relationListQuery, relationUpdateInput } from "../../core/schemas/relation.ts";
import * as companies from "../../services/companies.ts";
import * as facts from "../../services/facts.ts";
import * as interactions from "../../services/interactions.ts";
import * as openLoops from "../../services/open-loops.ts";
import * as people from "../../services/people.ts";
import * as relations from "../../services/relations.ts";
import { crudRoutes, idParam } from "../crud-routes.ts";
import {
  companySchema,
  factSchema,
  interactionSchema,
  openLoopSchema,
  personHistorySchema,
  personSchema,
  relationSchema,
} from "../entity-schemas.ts";
import { defineRoute } from "../route.ts";

/**
 * The people list pages by offset or by cursor (decision 093): the total only on the first page,
 * the offset only on offset pages, and always the cursor of the next page.
 */
const peoplePageSchema = z.object({
  items: z.array(personSchema),
  total: z.number().optional().describe("All people matching the filters; on the first page only."),
  limit: z.number(),
  offset: z.number().optional().describe("The offset asked for; absent on pages read with `after`."),
  cursor: z
    .string()
    .nullable()
    .describe("Send as `after` for the page after this one; null after the last person."),
});

export const entityRoutes = [
  ...crudRoutes({
    path: "/api/people",
    entity: "person",
    tag: "People",
    label: { singular: "person", plural: "people" },
    schemas: {
      entity: personSchema,
      create: personCreateInput,
      update: personUpdateInput,
      list: personListQuery,
    },
    create: people.createPerson,
    get: people.getPerson,
    list: people.listPeople,
    update: people.updatePerson,
    remove: people.deletePerson,
  }).map((route) =>
    route.method === "GET" && route.path === "/api/people"
      ? {
          ...route,
          response: { status: 200, description: "A page of people", schema: peoplePageSchema },
        }
      : route,
  ),
  defineRoute({
    method: "GET",
    path: "/api/people/:id/history",
    summary: "Stage changes and Sie/Du milestones of a person",
    tag: "People",
    access: "read",
    response: {
      status: 200,
      description: "The relationship journey, oldest first",
      schema: personHistorySchema,
    },
    handler: (r) => people.getPersonHistory(r.ctx, r.actor, idParam(r.params, "person")),
  }),
  ...crudRoutes({
    path: "/api/companies",
    entity: "company",
    tag: "Companies",
    label: { singular: "company", plural: "companies" },
    schemas: {
      entity: companySchema,
      create: companyCreateInput,
      update: companyUpdateInput,
      list: companyListQuery,
    },
    create: companies.createCompany,
    get: companies.getCompany,
    list: companies.listCompanies,
    update: companies.updateCompany,
    remove: companies.deleteCompany,
  }),
  ...crudRoutes({
    path: "/api/facts",
    entity: "fact",
    tag: "Facts",
    label: { singular: "personal fact", plural: "personal facts" },
    schemas: { entity: factSchema, create: factCreateInput, update: factUpdateInput, list: factListQuery },
    create: facts.createFact,
    get: facts.getFact,
    list: facts.listFacts,
    update: facts.updateFact,
    remove: facts.deleteFact,
  }),
  ...crudRoutes({
    path: "/api/relations",
    entity: "relation",
    tag: "Relations",
    label: { singular: "relation", plural: "relations" },
    schemas: {
      entity: relationSchema,
      create: relationCreateInput,
      update: relationUpdateInput,
      list: relationListQuery,
    },
    create: relations.createRelation,
    get: relations.getRelation,
    list: relations.listRelations,
    update: relations.updateRelation,
    remove: relations.deleteRelation,
  }),
  ...crudRoutes({
    path: "/api/interactions",
    entity: "interaction",
    tag: "Interactions",
    label: { singular: "interaction", plural: "interactions" },
    schemas: {
      entity: interactionSchema,
      create: interactionCreateInput,
      update: interactionUpdateInput,
      list: interactionListQuery,
    },
    create: interactions.createInteraction,
    get: interactions.getInteraction,
    list: interactions.listInteractions,
    update: interactions.updateInteraction,
    remove: interactions.deleteInteraction,
  }),
  ...crudRoutes({
    path: "/api/open-loops",
    entity: "open loop",
    tag: "Open loops",
    label: { singular: "open loop", plural: "open loops" },
    schemas: {
      entity: openLoopSchema,
      create: openLoopCreateInput,
      update: openLoopUpdateInput,
      list: openLoopListQuery,
    },
    create: openLoops.createOpenLoop,
    get: openLoops.getOpenLoop,
    list: openLoops.listOpenLoops,
    update: openLoops.updateOpenLoop,
    remove: openLoops.deleteOpenLoop,
  }),
];
