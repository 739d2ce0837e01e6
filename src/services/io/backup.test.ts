import { beforeAll, expect, it } from "vitest";
import { ConflictError, ForbiddenError } from "../../core/errors.ts";
import type { Actor } from "../../core/model/actor.ts";
import { BACKUP_TABLES, countWorkspaces, EXCLUDED_TABLES, listWorkspaceTables } from "../../store/backup.ts";
import type { Store } from "../../store/open-store.ts";
import {
  actorOf,
  buildFact,
  buildPerson,
  buildUser,
  buildWorkspace,
  testContext,
} from "../../test/factories.ts";
import { describeEachStore, openTestStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { logConversation } from "../conversations.ts";
import { createApiToken } from "../credentials.ts";
import { addStakeholder, createDeal } from "../deals.ts";
import { loadDemo } from "../demo/load-demo.ts";
import { createGift } from "../gifts.ts";
import { search } from "../search.ts";
import { writeBackup } from "./backup.ts";
import { restoreBackup } from "./restore.ts";

/** The operator's complete backup unless `complete: false` (the in-app one, as the actor sees it). */
async function backupText(ctx: ServiceContext, actor: Actor, complete = true): Promise<string> {
  const chunks: string[] = [];
  await writeBackup(
    ctx,
    actor,
    (chunk) => {
      chunks.push(chunk);
    },
    { complete },
  );
  return chunks.join("");
}

describeEachStore("JSON backup and restore", (store, dialect) => {
  let ctx: ServiceContext;
  let actor: Actor;
  let backup: string;
  let secret: string;
  let memberActor: Actor;

  beforeAll(async () => {
    ctx = testContext(store());
    ({ actor } = await buildWorkspace(ctx));
    await loadDemo(ctx, actor, { seed: 7 });
    const member = await buildUser(ctx, actor.workspaceId, "member");
    memberActor = actorOf(member);
    const anna = await buildPerson(ctx, actor, { firstName: "Anna", lastName: "Sicherung" });
    await buildFact(ctx, memberActor, anna.id, { text: "Privat: mag Segeln" });
    const deal = await createDeal(ctx, actor, { title: "Pumpen Klärwerk" });
    await addStakeholder(ctx, actor, deal.id, { personId: anna.id, role: "decision_maker" });
    await createGift(ctx, actor, { personId: anna.id, date: "2026-11-20", kind: "gift", valueCents: 2500 });
    await logConversation(ctx, actor, {
      occurredAt: "2026-11-26T10:00:00Z",
      kind: "meeting",
      participantIds: [anna.id],
      summary: "Jahresgespräch",
      selfCheck: {
        relaxed: "yes",
        smiled: "yes",
        listened: "partly",
        distance: "yes",
        friendTone: "yes",
        note: "ok",
      },
    });
    ({ secret } = await createApiToken(ctx, actor, {
      name: "Sicherung",
      scope: "write",
      expiresInDays: null,
    }));
    backup = await backupText(ctx, actor);
  });

  it("covers every table that has a workspace_id, or says why it leaves one out", async () => {
    const listed = BACKUP_TABLES.map((t) => t.name).filter((name) => name !== "workspaces");
    expect(await listWorkspaceTables(store().db)).toEqual(
      [...listed, ...Object.keys(EXCLUDED_TABLES)].sort(),
    );
  });

  it("reports its progress table by table, ending at each table's rows", async () => {
    const last = new Map<string, { tableIndex: number; rows: number }>();
    const order: string[] = [];
    const summary = await writeBackup(ctx, actor, () => undefined, {
      complete: true,
      onProgress: ({ table, tableIndex, tables, rows }) => {
        expect(tables).toBe(BACKUP_TABLES.length);
        if (!last.has(table)) order.push(table);
        last.set(table, { tableIndex, rows });
      },
    });
    const written = Object.entries(summary.rows).filter(([, rows]) => rows > 0);
    expect(order).toEqual(written.map(([table]) => table));
    for (const [table, rows] of written) {
      expect(last.get(table)).toEqual({ tableIndex: BACKUP_TABLES.findIndex((t) => t.name === table), rows });
    }
  });

  it("restores into a fresh database so that a second backup is byte-for-byte the same", async () => {
    const target = await openTestStore(dialect);
    try {
      const restored = testContext(target);
      const summary = await restoreBackup(restored, backup);
      expect(summary.workspaceId).toBe(actor.workspaceId);
      expect(summary.rows.people).toBeGreaterThan(50);
      for (const table of ["facts", "interactions", "deals", "deal_stakeholders", "gifts", "reflections"]) {
        expect(summary.rows[table], table).toBeGreaterThan(0);
      }
      expect(await backupText(restored, actor)).toBe(backup);
      // The restored workspace works: the search index came along.
      const found = await search(restored, actor, { q: "Sicherung", types: "person" });
      expect(found.items).toHaveLength(1);
    } finally {
      await target.close();
    }
  });

  it("reads a backup that an editor has pretty-printed", async () => {
    const target = await openTestStore(dialect);
    try {
      const restored = testContext(target);
      await restoreBackup(restored, JSON.stringify(JSON.parse(backup), null, 2));
      expect(await backupText(restored, actor)).toBe(backup);
    } finally {
      await target.close();
    }
  });

  it("taken in the app, even by the owner, leaves a colleague's private fact out; the complete backup keeps it", async () => {
    expect(await backupText(ctx, actor, false)).not.toContain("Privat: mag Segeln");
    expect(backup).toContain("Privat: mag Segeln");
    expect(
      await backupText(
        ctx,
        memberActor.role === "member" ? { ...memberActor, role: "admin" } : memberActor,
        false,
      ),
    ).toContain("Privat: mag Segeln");
  });

  it("leaves secrets out: no password hashes, tokens or invitations", () => {
    const document = JSON.parse(backup) as {
      format: string;
      version: number;
      tables: Array<{ name: string; columns: string[] }>;
    };
    expect(document).toMatchObject({ format: "kundenfreund-backup", version: 1 });
    const names = document.tables.map((t) => t.name);
    expect(names).not.toContain("credentials");
    expect(names).not.toContain("invitations");
    expect(document.tables.find((t) => t.name === "users")?.columns).not.toContain("password_hash");
    expect(backup).not.toContain(secret);
  });

  it("is an owner or admin operation: a member is refused", async () => {
    await expect(writeBackup(ctx, memberActor, () => undefined)).rejects.toThrow(ForbiddenError);
    const admin = actorOf(await buildUser(ctx, actor.workspaceId, "admin"));
    await expect(writeBackup(ctx, admin, () => undefined)).resolves.toMatchObject({
      workspaceId: actor.workspaceId,
    });
  });

  it("refuses a database that is not empty and changes nothing there", async () => {
    await expect(restoreBackup(ctx, backup)).rejects.toThrow(ConflictError);
  });

  it("a truncated or foreign file leaves the new database empty", async () => {
    const target = await openTestStore(dialect);
    try {
      const restored = testContext(target);
      // Cut in the middle of a line (a cut that happens to fall on a line end is the next case).
      const lineStart = backup.lastIndexOf("\n", Math.floor(backup.length * 0.6)) + 1;
      const lineEnd = backup.indexOf("\n", lineStart);
      const middle = lineStart + Math.max(1, Math.floor((lineEnd - lineStart) / 2));
      await expect(restoreBackup(restored, backup.slice(0, middle))).rejects.toMatchObject({
        localized: { en: expect.stringMatching(/^Line \d+: Not a valid table row\.$/) },
      });
      const atLineEnd = backup.slice(0, backup.lastIndexOf("\n", middle) + 1);
      await expect(restoreBackup(restored, atLineEnd)).rejects.toMatchObject({
        localized: { en: expect.stringContaining("incomplete") },
      });
      await expect(restoreBackup(restored, '{"hello": "world"}')).rejects.toMatchObject({
        localized: { en: expect.stringContaining("not a Kundenfreund backup") },
      });
      const wrongWorkspace = backup.replace(`"workspaceId":"${actor.workspaceId}"`, `"workspaceId":"x"`);
      await expect(restoreBackup(restored, wrongWorkspace)).rejects.toMatchObject({
        localized: { en: expect.stringContaining("does not fit") },
      });
      const foreignTable = backup.replace('{"name":"people"', '{"name":"sqlite_master"');
      await expect(restoreBackup(restored, foreignTable)).rejects.toMatchObject({
        localized: { en: expect.stringContaining("Unexpected table") },
      });
      expect(await countWorkspaces(target.db)).toBe(0);
      expect(await countPeople(target)).toBe(0);
    } finally {
      await target.close();
    }
  });
});

async function countPeople(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom("people")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
