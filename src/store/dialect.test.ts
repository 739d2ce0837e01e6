import { expect, it } from "vitest";
import { buildPerson, buildWorkspace, testContext } from "../test/factories.ts";
import { describeEachStore } from "../test/stores.ts";
import { isIn } from "./dialect.ts";

describeEachStore("store: isIn", (store) => {
  it("matches exactly the listed values, however long the list and whatever characters it holds", async () => {
    const ctx = testContext(store());
    const { actor, workspace } = await buildWorkspace(ctx);
    const [a, b, c] = [
      await buildPerson(ctx, actor),
      await buildPerson(ctx, actor),
      await buildPerson(ctx, actor),
    ];
    // Characters that an array literal or a list would have to escape, and more values than a
    // statement could bind one by one on SQLite's old limit.
    const noise = ["x,y", '"q"', "{z}", "back\\slash", "it's", "NULL", ""];
    const filler = Array.from({ length: 1500 }, (_, i) => `nobody-${i}`);
    const rows = await store()
      .db.selectFrom("people")
      .select("id")
      .where("workspace_id", "=", workspace.id)
      .where(isIn(store().db, "id", [...filler, a.id, ...noise, c.id]))
      .execute();
    expect(rows.map((r) => r.id).sort()).toEqual([a.id, c.id].sort());
    expect(rows.some((r) => r.id === b.id)).toBe(false);
  });

  it("matches nothing for an empty list", async () => {
    const ctx = testContext(store());
    const { actor, workspace } = await buildWorkspace(ctx);
    await buildPerson(ctx, actor);
    const rows = await store()
      .db.selectFrom("people")
      .select("id")
      .where("workspace_id", "=", workspace.id)
      .where(isIn(store().db, "id", []))
      .execute();
    expect(rows).toEqual([]);
  });
});
