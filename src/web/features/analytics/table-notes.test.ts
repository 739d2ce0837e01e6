import { describe, expect, it } from "vitest";
import type { FigureColumn } from "../../../core/analytics/index.ts";
import { tableNotes } from "./table-notes.ts";

const columns: FigureColumn[] = [
  { key: "label", label: { de: "Gruppe", en: "Group" }, unit: "label" },
  { key: "count", label: { de: "Anzahl", en: "Count" }, unit: "count" },
  { key: "caution", label: { de: "Hinweis", en: "Note" }, unit: "text" },
];
const small = { de: "Kleine Stichprobe", en: "Small sample" };

describe("row texts as notes under the table", () => {
  it("numbers each distinct text once and keeps the other columns", () => {
    const noted = tableNotes(
      {
        columns,
        rows: [
          { label: "kalt", count: 9, caution: small },
          { label: "kühl", count: 40, caution: null },
          { label: "warm", count: 4, caution: small },
          { label: "eng", count: 0, caution: { de: "Keine Daten", en: "No data" } },
        ],
      },
      "en",
    );
    expect(noted.columns.map((c) => c.key)).toEqual(["label", "count"]);
    expect(noted.rowNotes).toEqual([1, null, 1, 2]);
    expect(noted.notes).toEqual(["Small sample", "No data"]);
  });

  it("leaves a table without text columns as it is", () => {
    const noted = tableNotes({ columns: columns.slice(0, 2), rows: [{ label: "a", count: 1 }] }, "de");
    expect(noted).toEqual({ columns: columns.slice(0, 2), rowNotes: [null], notes: [] });
  });
});
