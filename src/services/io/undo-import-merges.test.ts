import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../../core/model/actor.ts";
import type { Person } from "../../core/model/person.ts";
import { buildWorkspace, FIXED_NOW } from "../../test/factories.ts";
import { interleaved, tickingClock } from "../../test/interleave.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { listPeople, updatePerson } from "../people.ts";
import { importContacts } from "./import-contacts.ts";
import { getMyImport } from "./import-history.ts";
import { undoImport } from "./undo-import.ts";

// A person created by one batch of an import, into whom a later row of the same import (same
// email) was merged, is the import's and goes with it (decision 113); a user's edit before or
// after that merge keeps them, and so does a merge by another import.

const HEADER = "Vorname;Nachname;E-Mail geschäftlich;Position;Notizen";
const FIRST = "Mia;Mehrfach;mia@example.test;;";
const AGAIN = "Mia;Mehrfach;mia@example.test;Einkauf;";
const THIRD = "Mia;Mehrfach;mia@example.test;;Kam über die Messe";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\r\n");

describeEachStore("undoing an import that merged rows into people it created", (store) => {
  // One clock for the import and the user, moving on with every reading: each batch has its own
  // time, as in a real import, and the user's edits come between or after them.
  let ctx: ServiceContext;
  let actor: Actor;
  const people = async () => (await listPeople(ctx, actor, { limit: 100 })).items;
  const mia = async (): Promise<Person> => {
    const [person, ...more] = await people();
    if (!person || more.length > 0) throw new Error("expected Mia alone");
    return person;
  };
  /** One row per batch, so that a later row is merged into a person an earlier batch stored. */
  const importRows = async (via: ServiceContext, ...rows: string[]) =>
    (await importContacts(via, actor, csv(...rows), {}, { batchSize: 1 })).runId ?? "";

  beforeEach(async () => {
    ctx = { store: store(), clock: tickingClock(FIXED_NOW) };
    ({ actor } = await buildWorkspace(ctx));
  });

  it("removes the person: the merge was the import's own change", async () => {
    const runId = await importRows(ctx, FIRST, AGAIN);
    const merged = await mia();
    // The merge wrote later than the person was created: without the mark this looks like an edit.
    expect(merged.jobTitle).toBe("Einkauf");
    expect(merged.updatedAt).not.toBe(merged.createdAt);
    expect(await undoImport(ctx, actor, runId)).toMatchObject({ removed: 1, kept: 0 });
    expect(await people()).toEqual([]);
  });

  it("counts as staying only what went into people who were there before the import", async () => {
    const before = "Jan;Vorher;jan@example.test;;";
    await importRows(ctx, before);
    // Mia is created and merged into twice by the same file; Jan was there before and gets a row.
    const runId = (
      await importContacts(
        ctx,
        actor,
        csv(FIRST, AGAIN, "Jan;Vorher;jan@example.test;Technik;", THIRD),
        {},
        {
          batchSize: 2,
        },
      )
    ).runId;
    const history = await getMyImport(ctx, actor, runId ?? "");
    expect(history).toMatchObject({ merged: 3, mergedIntoExisting: 1 });
    expect(await undoImport(ctx, actor, runId ?? "")).toMatchObject({ removed: 1, mergedStay: 1 });
  });

  it("removes the person after several merges of the same import", async () => {
    const runId = await importRows(ctx, FIRST, AGAIN, THIRD);
    expect((await mia()).notes).toBe("Kam über die Messe");
    expect(await undoImport(ctx, actor, runId)).toMatchObject({ removed: 1, kept: 0 });
  });

  it("keeps the person when a user edited them before a later row was merged", async () => {
    // The import's second transaction is its second batch; the first has stored Mia.
    const editsBetween = interleaved(ctx, async (transaction) => {
      if (transaction === 2) await updatePerson(ctx, actor, (await mia()).id, { notes: "Rückruf Montag" });
    });
    const runId = await importRows(editsBetween, FIRST, AGAIN);
    expect(await mia()).toMatchObject({ jobTitle: "Einkauf", notes: "Rückruf Montag" });
    expect(await undoImport(ctx, actor, runId)).toMatchObject({ removed: 0, kept: 1 });
    expect(await people()).toHaveLength(1);
  });

  it("keeps the person when a user edited them after the merge", async () => {
    const runId = await importRows(ctx, FIRST, AGAIN);
    await updatePerson(ctx, actor, (await mia()).id, { notes: "Rückruf Montag" });
    expect(await undoImport(ctx, actor, runId)).toMatchObject({ removed: 0, kept: 1 });
    expect(await people()).toHaveLength(1);
  });

  it("keeps the person when another import merged into them: that import's additions are not this one's", async () => {
    const runId = await importRows(ctx, FIRST, AGAIN);
    await importRows(ctx, THIRD);
    expect(await undoImport(ctx, actor, runId)).toMatchObject({ removed: 0, kept: 1 });
    expect((await mia()).notes).toBe("Kam über die Messe");
  });
});
