import { expect, it } from "vitest";
import { describeEachStore } from "../test/stores.ts";
import { insertFlatRows, insertRows } from "./insert-rows.ts";
import { insertWorkspace } from "./workspaces.ts";

describeEachStore("multi-row inserts", (store) => {
  it("splits a large insert below the parameter limit of both engines and keeps every value", async () => {
    const workspace = await insertWorkspace(store().db, "Massen", "2026-11-27T09:00:00.000Z");
    const rows = Array.from({ length: 6_500 }, (_, i) => [
      workspace.id,
      `wort${i}`,
      "person",
      `e${i}`,
      i % 2 ? null : "u",
    ]);
    await insertRows(
      store().db,
      "search_terms",
      ["workspace_id", "term", "entity_type", "entity_id", "visible_to"],
      rows,
    );
    const stored = await store()
      .db.selectFrom("search_terms")
      .select(["term", "entity_id", "visible_to"])
      .where("workspace_id", "=", workspace.id)
      .execute();
    expect(stored).toHaveLength(6_500);
    expect(stored.find((r) => r.entity_id === "e6499")).toEqual({
      term: "wort6499",
      entity_id: "e6499",
      visible_to: null,
    });
    expect(stored.find((r) => r.entity_id === "e6498")?.visible_to).toBe("u");
  });

  it("stores all rows of a call or none: a row that breaks a constraint takes the others back", async () => {
    const workspace = await insertWorkspace(store().db, "Ganz oder gar nicht", "2026-11-27T09:00:00.000Z");
    const values = [workspace.id, "p1", "Kunde", workspace.id, "p2", "Kunde", workspace.id, "p1", "Kunde"];
    await expect(
      insertFlatRows(store().db, "person_tags", ["workspace_id", "person_id", "tag"], values),
    ).rejects.toThrow();
    const stored = await store()
      .db.selectFrom("person_tags")
      .select("person_id")
      .where("workspace_id", "=", workspace.id)
      .execute();
    expect(stored).toEqual([]);
  });

  it("refuses names that are not plain identifiers", async () => {
    await expect(insertRows(store().db, 'people"; drop table people; --', ["id"], [["x"]])).rejects.toThrow(
      /identifier/,
    );
    await expect(insertRows(store().db, "people", ["id) values ('x'); --"], [["x"]])).rejects.toThrow(
      /identifier/,
    );
  });

  it("refuses flat values that do not fill whole rows, before writing anything", async () => {
    const workspace = await insertWorkspace(store().db, "Halbe Zeilen", "2026-11-27T09:00:00.000Z");
    await expect(
      insertFlatRows(store().db, "person_tags", ["workspace_id", "person_id", "tag"], [workspace.id, "p"]),
    ).rejects.toThrow(/do not fill rows of 3 columns/);
  });
});
