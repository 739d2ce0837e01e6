import type { z } from "zod";
import { NotFoundError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import type { ServiceContext } from "../services/context.ts";
import { pageOf } from "./entity-schemas.ts";
import { defineRoute, type RouteDefinition } from "./route.ts";

type Service<A extends unknown[], R> = (ctx: ServiceContext, actor: Actor, ...args: A) => Promise<R>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot exist is simply not found; no database round trip, no error from the driver. */
export function idParam(params: Record<string, string>, entity: string): string {
  const id = params.id ?? "";
  if (!UUID.test(id)) throw new NotFoundError(entity, id);
  return id.toLowerCase();
}

/**
 * The five routes of a plain resource. Each handler is one line into its service: validation,
 * authorisation and writing all happen there, so HTTP and CLI behave alike.
 */
export function crudRoutes(resource: {
  path: string;
  entity: string;
  tag: string;
  label: { singular: string; plural: string };
  /** `created`: the response of create when it says more than the entity (e.g. with warnings). */
  schemas: {
    entity: z.ZodType;
    create: z.ZodType;
    update: z.ZodType;
    list: z.ZodObject;
    created?: z.ZodType;
  };
  create: Service<[unknown], unknown>;
  get: Service<[string], unknown>;
  list: Service<[unknown], unknown>;
  update: Service<[string, unknown], unknown>;
  remove: Service<[string], void>;
}): RouteDefinition[] {
  const { path, tag, label, schemas, entity } = resource;
  return [
    defineRoute({
      method: "GET",
      path,
      summary: `List ${label.plural}`,
      tag,
      access: "read",
      query: schemas.list,
      response: { status: 200, description: `A page of ${label.plural}`, schema: pageOf(schemas.entity) },
      handler: (r) => resource.list(r.ctx, r.actor, r.query),
    }),
    defineRoute({
      method: "POST",
      path,
      summary: `Create ${withArticle(label.singular)}`,
      tag,
      access: "write",
      body: schemas.create,
      response: {
        status: 201,
        description: `The new ${label.singular}`,
        schema: schemas.created ?? schemas.entity,
      },
      handler: async (r) => {
        const created = await resource.create(r.ctx, r.actor, r.body);
        r.reply.code(201);
        return created;
      },
    }),
    defineRoute({
      method: "GET",
      path: `${path}/:id`,
      summary: `Read ${withArticle(label.singular)}`,
      tag,
      access: "read",
      response: { status: 200, description: `The ${label.singular}`, schema: schemas.entity },
      handler: (r) => resource.get(r.ctx, r.actor, idParam(r.params, entity)),
    }),
    defineRoute({
      method: "PATCH",
      path: `${path}/:id`,
      summary: `Change ${withArticle(label.singular)}`,
      tag,
      access: "write",
      body: schemas.update,
      response: { status: 200, description: `The changed ${label.singular}`, schema: schemas.entity },
      handler: (r) => resource.update(r.ctx, r.actor, idParam(r.params, entity), r.body),
    }),
    defineRoute({
      method: "DELETE",
      path: `${path}/:id`,
      summary: `Delete ${withArticle(label.singular)}`,
      tag,
      access: "write",
      response: { status: 204, description: "Deleted" },
      handler: async (r) => {
        await resource.remove(r.ctx, r.actor, idParam(r.params, entity));
        r.reply.code(204);
        return null;
      },
    }),
  ];
}

function withArticle(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}
