import type { Actor } from "../../core/model/actor.ts";
import {
  categoriesOf,
  checkSensitiveTexts,
  type SensitiveDecision,
  type SensitiveFieldFinding,
  type SensitiveTextInput,
} from "../../core/privacy/sensitive-review.ts";
import type { Db } from "../../store/open-store.ts";
import { type MarkedTable, writeSensitiveMark } from "../../store/privacy/sensitive-marks.ts";
import type { ServiceContext } from "../context.ts";
import { auditPrivacy } from "./privacy-audit.ts";

/**
 * Step one of every save of a free-text note: refuses (SensitiveDataError, 400 with the findings)
 * when a text looks like special-category data or an insult and the request did not say how to
 * proceed. Runs before the transaction, so a refused save writes nothing.
 */
export function guardSensitive(
  texts: readonly SensitiveTextInput[],
  decision: SensitiveDecision | undefined,
): SensitiveFieldFinding[] {
  return checkSensitiveTexts(texts, decision);
}

/**
 * Step two, inside the save's transaction: records the decision on the row and, when something was
 * flagged, in the audit log (categories only, never the text). `fields` maps request fields to the
 * row's field names ("facts.0.text" → "text"); marks of fields not written are kept.
 */
export async function recordSensitive(
  ctx: ServiceContext,
  actor: Actor,
  db: Db,
  target: {
    table: MarkedTable;
    id: string;
    personId: string | null;
    fields: ReadonlyArray<{ requestField: string; rowField: string }>;
  },
  findings: readonly SensitiveFieldFinding[],
  decision: SensitiveDecision | undefined,
): Promise<void> {
  if (target.fields.length === 0) return;
  const mine = target.fields.flatMap(({ requestField, rowField }) =>
    findings.filter((f) => f.field === requestField).map((f) => ({ rowField, finding: f })),
  );
  const entries = mine.map(({ rowField, finding }) => `${rowField}:${finding.category}`);
  await writeSensitiveMark(db, target.table, target.id, {
    fields: target.fields.map((f) => f.rowField),
    entries,
    decision,
  });
  if (mine.length === 0) return;
  await auditPrivacy(
    ctx,
    actor,
    "sensitive_saved",
    {
      target: target.personId
        ? { type: "person", id: target.personId }
        : { type: target.table, id: target.id },
      detail: {
        table: target.table,
        rowId: target.id,
        decision: decision ?? null,
        fields: [...new Set(mine.map((m) => m.rowField))],
        categories: categoriesOf(mine.map((m) => m.finding)),
      },
    },
    db,
  );
}
