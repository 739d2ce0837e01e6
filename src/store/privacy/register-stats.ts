import type { Db } from "../open-store.ts";

type Counted = "companies" | "interactions" | "reflections" | "gifts" | "deals" | "users";

/** The live figures behind the record of processing activities: counts only, no content. */
export async function loadRegisterStats(db: Db, workspaceId: string) {
  const count = async (table: Counted) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("workspace_id", "=", workspaceId)
          .executeTakeFirst()
      )?.n ?? 0,
    );
  const [workspace, people, facts, bases, marks, sources, optedOut] = await Promise.all([
    db.selectFrom("workspaces").select("name").where("id", "=", workspaceId).executeTakeFirst(),
    db
      .selectFrom("people")
      .select(["is_contact", (eb) => eb.fn.countAll<number>().as("n")])
      .where("workspace_id", "=", workspaceId)
      .groupBy("is_contact")
      .execute(),
    db
      .selectFrom("facts")
      .select(["category", (eb) => eb.fn.countAll<number>().as("n")])
      .where("workspace_id", "=", workspaceId)
      .groupBy("category")
      .execute(),
    db
      .selectFrom("people as p")
      .leftJoin("person_privacy as pp", "pp.person_id", "p.id")
      .select(["pp.legal_basis", (eb) => eb.fn.countAll<number>().as("n")])
      .where("p.workspace_id", "=", workspaceId)
      .where("p.is_contact", "=", 1)
      .groupBy("pp.legal_basis")
      .execute(),
    Promise.all(
      (["facts", "people", "reflections"] as const).map((table) =>
        db
          .selectFrom(table as "facts")
          .select("sensitive_categories")
          .where("workspace_id", "=", workspaceId)
          .where("sensitive_categories", "is not", null)
          .execute(),
      ),
    ),
    db
      .selectFrom("person_privacy")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("workspace_id", "=", workspaceId)
      .where("source", "<>", "direct")
      .executeTakeFirst(),
    db
      .selectFrom("person_privacy")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("workspace_id", "=", workspaceId)
      .where((eb) =>
        eb.or([
          eb("opt_out_email", "=", 1),
          eb("opt_out_phone", "=", 1),
          eb("opt_out_post", "=", 1),
          eb("opt_out_greetings", "=", 1),
          eb("objected_on", "is not", null),
        ]),
      )
      .executeTakeFirst(),
  ]);
  const sensitive = new Map<string, number>();
  for (const rows of marks) {
    for (const row of rows) {
      const entries = parseEntries(row.sensitive_categories ?? null);
      for (const category of new Set(entries.map((e) => e.slice(e.indexOf(":") + 1)))) {
        sensitive.set(category, (sensitive.get(category) ?? 0) + 1);
      }
    }
  }
  return {
    workspaceName: workspace?.name ?? "",
    contacts: Number(people.find((p) => Number(p.is_contact) === 1)?.n ?? 0),
    relatives: Number(people.find((p) => Number(p.is_contact) === 0)?.n ?? 0),
    companies: await count("companies"),
    interactions: await count("interactions"),
    selfChecks: await count("reflections"),
    gifts: await count("gifts"),
    deals: await count("deals"),
    users: await count("users"),
    facts: new Map(facts.map((f) => [f.category, Number(f.n)])),
    legalBases: new Map(bases.map((b) => [b.legal_basis ?? "unset", Number(b.n)])),
    sensitive,
    thirdPartySources: Number(sources?.n ?? 0),
    optedOut: Number(optedOut?.n ?? 0),
  };
}

function parseEntries(json: string | null): string[] {
  try {
    const parsed: unknown = json ? JSON.parse(json) : [];
    return Array.isArray(parsed) ? parsed.filter((e): e is string => typeof e === "string") : [];
  } catch {
    return [];
  }
}
