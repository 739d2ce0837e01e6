import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "../../core/errors.ts";
import type { Actor } from "../../core/model/actor.ts";
import {
  actorOf,
  buildCompany,
  buildFact,
  buildInteraction,
  buildPerson,
  buildUser,
  buildWorkspace,
  testContext,
} from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { addStakeholder, createDeal } from "../deals.ts";
import { createGift } from "../gifts.ts";
import { createOpenLoop } from "../open-loops.ts";
import { getPerson } from "../people.ts";
import { createRelation } from "../relations.ts";
import { search } from "../search.ts";
import { mergePeople } from "./merge-people.ts";

describeEachStore("merging two records of one person", (store) => {
  let ctx: ServiceContext;
  let actor: Actor;
  beforeAll(async () => {
    ctx = testContext(store());
    ({ actor } = await buildWorkspace(ctx));
  });

  const rowsOf = async (table: "facts" | "open_loops" | "gifts" | "stage_changes", personId: string) =>
    (await store().db.selectFrom(table).select("id").where("person_id", "=", personId).execute()).length;

  it("keeps every fact, conversation, open loop, relation, gift, deal role, channel and tag of both", async () => {
    const company = await buildCompany(ctx, actor);
    const keep = await buildPerson(ctx, actor, {
      firstName: "Anna",
      lastName: "Becker",
      channels: [{ kind: "email", value: "anna@becker.de" }],
      tags: ["VIP"],
    });
    const merge = await buildPerson(ctx, actor, {
      firstName: "Annette",
      lastName: "Becker-Schulz",
      companyId: company.id,
      jobTitle: "Einkaufsleiterin",
      birthday: { day: 12, month: 5, year: 1980 },
      notes: "Zweiter Datensatz",
      isPublicOfficial: true,
      channels: [
        { kind: "email", value: "ANNA@becker.de" },
        { kind: "phone", label: "mobile", value: "+49 171 5551234" },
      ],
      tags: ["vip", "Messe"],
    });
    const colleague = await buildUser(ctx, actor.workspaceId, "member");
    const child = await buildPerson(ctx, actor, { firstName: "Mia", lastName: "Becker", isContact: false });
    await buildFact(ctx, actor, keep.id, { text: "Segelt" });
    await buildFact(ctx, actor, merge.id, { text: "Läuft Marathon" });
    await buildFact(ctx, actorOf(colleague), merge.id, { text: "Privat vom Kollegen" });
    const shared = await buildInteraction(ctx, actor, [keep.id, merge.id]);
    const own = await buildInteraction(ctx, actor, [merge.id], { occurredAt: "2026-11-21T10:00:00Z" });
    await createOpenLoop(ctx, actor, { personId: merge.id, text: "Nach dem Marathon fragen" });
    await createRelation(ctx, actor, { personId: merge.id, relatedPersonId: child.id, kind: "child" });
    await createRelation(ctx, actor, { personId: keep.id, relatedPersonId: merge.id, kind: "other" });
    await createGift(ctx, actor, { personId: merge.id, date: "2026-11-20", kind: "gift", valueCents: 2500 });
    const dealBoth = (await createDeal(ctx, actor, { title: "Pumpen" })).id;
    const dealMerge = (await createDeal(ctx, actor, { title: "Ventile" })).id;
    await addStakeholder(ctx, actor, dealBoth, { personId: keep.id, role: "decision_maker" });
    await addStakeholder(ctx, actor, dealBoth, { personId: merge.id, role: "user" });
    await addStakeholder(ctx, actor, dealMerge, { personId: merge.id, role: "influencer" });

    const result = await mergePeople(ctx, actor, keep.id, { mergeId: merge.id });

    expect(result).toMatchObject({
      id: keep.id,
      firstName: "Anna",
      lastName: "Becker",
      companyId: company.id,
      jobTitle: "Einkaufsleiterin",
      birthday: { day: 12, month: 5, year: 1980 },
      notes: "Zweiter Datensatz",
      isPublicOfficial: true,
    });
    expect(result.channels).toEqual([
      { kind: "email", label: "work", value: "anna@becker.de" },
      { kind: "phone", label: "mobile", value: "+49 171 5551234" },
    ]);
    expect([...result.tags].sort()).toEqual(["Messe", "VIP"]);
    await expect(getPerson(ctx, actor, merge.id)).rejects.toThrow(NotFoundError);
    const db = store().db;
    expect(await rowsOf("facts", keep.id)).toBe(3);
    expect(await rowsOf("open_loops", keep.id)).toBe(1);
    expect(await rowsOf("gifts", keep.id)).toBe(1);
    const participations = await db
      .selectFrom("interaction_participants")
      .select("interaction_id")
      .where("person_id", "=", keep.id)
      .orderBy("interaction_id")
      .execute();
    expect(participations.map((p) => p.interaction_id)).toEqual([shared.id, own.id].sort());
    const relations = await db
      .selectFrom("relations")
      .select(["person_id", "related_person_id", "kind"])
      .where((eb) => eb.or([eb("person_id", "=", keep.id), eb("related_person_id", "=", keep.id)]))
      .execute();
    expect(relations).toEqual([{ person_id: keep.id, related_person_id: child.id, kind: "child" }]);
    const roles = await db
      .selectFrom("deal_stakeholders")
      .select(["deal_id", "role"])
      .where("person_id", "=", keep.id)
      .orderBy("deal_id")
      .execute();
    expect(roles).toEqual(
      [
        { deal_id: dealBoth, role: "decision_maker" },
        { deal_id: dealMerge, role: "influencer" },
      ].sort((a, b) => a.deal_id.localeCompare(b.deal_id)),
    );
    const leftovers = await db
      .selectFrom("search_terms")
      .select("term")
      .where("entity_id", "=", merge.id)
      .execute();
    expect(leftovers).toEqual([]);
    const found = await search(ctx, actor, { q: "Messe", types: "person" });
    expect(found.items.map((i) => i.id)).toEqual([keep.id]);
  });

  it("keeps every opt-out and objection of both records", async () => {
    const keep = await buildPerson(ctx, actor);
    const merge = await buildPerson(ctx, actor);
    const row = (personId: string, fields: Record<string, unknown>) => ({
      person_id: personId,
      workspace_id: actor.workspaceId,
      source: "direct",
      opt_out_email: 0,
      opt_out_phone: 0,
      opt_out_post: 0,
      opt_out_greetings: 0,
      updated_at: "2026-11-20T09:00:00.000Z",
      ...fields,
    });
    const db = store().db;
    await db.deleteFrom("person_privacy").where("person_id", "in", [keep.id, merge.id]).execute();
    await db
      .insertInto("person_privacy")
      .values([
        row(keep.id, { opt_out_email: 1 }),
        row(merge.id, { opt_out_greetings: 1, objected_on: "2026-11-01" }),
      ])
      .execute();
    await mergePeople(ctx, actor, keep.id, { mergeId: merge.id });
    const privacy = await db
      .selectFrom("person_privacy")
      .selectAll()
      .where("person_id", "=", keep.id)
      .executeTakeFirstOrThrow();
    expect(privacy).toMatchObject({ opt_out_email: 1, opt_out_greetings: 1, objected_on: "2026-11-01" });
  });

  it("refuses a merge with itself, an unknown partner, an unknown person and a read-only actor", async () => {
    const a = await buildPerson(ctx, actor);
    const b = await buildPerson(ctx, actor);
    await expect(mergePeople(ctx, actor, a.id, { mergeId: a.id })).rejects.toThrow(ValidationError);
    await expect(
      mergePeople(ctx, actor, a.id, { mergeId: "01a21b0f-b122-7e7b-9707-58e20cc5263f" }),
    ).rejects.toMatchObject({ problems: [expect.objectContaining({ field: "mergeId", code: "not_found" })] });
    await expect(
      mergePeople(ctx, actor, "01a21b0f-b122-7e7b-9707-58e20cc5263f", { mergeId: b.id }),
    ).rejects.toThrow(NotFoundError);
    await expect(mergePeople(ctx, actor, a.id, { mergeId: 42 })).rejects.toThrow(ValidationError);
    const reader = actorOf(await buildUser(ctx, actor.workspaceId, "read_only"), false);
    await expect(mergePeople(ctx, reader, a.id, { mergeId: b.id })).rejects.toThrow(ForbiddenError);
    expect((await getPerson(ctx, actor, b.id)).id).toBe(b.id);
  });

  it("cannot reach into another workspace", async () => {
    const mine = await buildPerson(ctx, actor);
    const other = await buildWorkspace(ctx);
    const theirs = await buildPerson(ctx, other.actor);
    await expect(mergePeople(ctx, actor, mine.id, { mergeId: theirs.id })).rejects.toThrow(ValidationError);
    expect((await getPerson(ctx, other.actor, theirs.id)).id).toBe(theirs.id);
  });
});

describe("merge input", () => {
  it("names the field when mergeId is missing", async () => {
    const { mergeInput } = await import("./merge-people.ts");
    expect(mergeInput.safeParse({}).success).toBe(false);
  });
});
