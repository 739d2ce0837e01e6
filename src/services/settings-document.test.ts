import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../core/model/actor.ts";
import { readWorkspaceSettings, writeWorkspaceSettings } from "../store/workspaces.ts";
import { buildWorkspace, testContext } from "../test/factories.ts";
import { untilOneWaitsForLock } from "../test/lock-waits.ts";
import { describeEachStore } from "../test/stores.ts";
import type { ServiceContext } from "./context.ts";
import { getPrivacySettings, updatePrivacySettings } from "./privacy/privacy-settings.ts";
import { getWorkspaceSettings } from "./workspace-settings.ts";

// Workspace settings (gift limit, phone country) and privacy settings are one JSON document on the
// workspace row. Each writer reads it, changes its part and writes it back: neither may write back
// a document from before the other's change.

describeEachStore("the workspace's settings document", (store) => {
  let ctx: ServiceContext;
  let actor: Actor;
  beforeEach(async () => {
    ctx = testContext(store());
    ({ actor } = await buildWorkspace(ctx));
  });

  it("a privacy change made while a settings change is under way waits for it and keeps it", async () => {
    let privacyChange: Promise<unknown> | undefined;
    await store()
      .db.transaction()
      .execute(async (trx) => {
        // What updateWorkspaceSettings does: read the document locked, write it back changed.
        const stored = await readWorkspaceSettings(trx, actor.workspaceId, "update");
        privacyChange = updatePrivacySettings(ctx, actor, { controllerName: "Beispiel GmbH" });
        // PostgreSQL: the privacy change waits for this transaction's lock. (SQLite runs one
        // transaction at a time; the privacy change starts once this one commits.)
        await untilOneWaitsForLock(store());
        await writeWorkspaceSettings(trx, actor.workspaceId, { ...stored, phoneCountry: "AT" });
      });
    await privacyChange;

    expect((await getWorkspaceSettings(ctx, actor)).phoneCountry).toBe("AT");
    expect((await getPrivacySettings(ctx, actor)).controllerName).toBe("Beispiel GmbH");
  });
});
