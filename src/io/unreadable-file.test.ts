import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unreadableKind, unreadableMessage } from "./unreadable-file.ts";

const bytes = (...values: number[]) => Uint8Array.from(values);
/** Text of Windows-1252's printable range: what a German Excel writes as "CSV (Trennzeichen-getrennt)". */
const latinText = fc
  .array(fc.integer({ min: 0x20, max: 0xff }), { minLength: 1, maxLength: 300 })
  .map((codes) => String.fromCharCode(...codes));
const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, "utf16le"));

describe("unreadableKind", () => {
  it("knows the files people pick by mistake by their first bytes", () => {
    expect(
      unreadableKind(Uint8Array.from(Buffer.from("PK\x03\x04\x14\x00[Content_Types].xml", "latin1"))),
    ).toBe("office");
    expect(unreadableKind(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0))).toBe("office");
    expect(unreadableKind(Uint8Array.from(Buffer.from("%PDF-1.7\n")))).toBe("pdf");
    expect(unreadableKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a))).toBe("image");
    expect(unreadableKind(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image");
    expect(unreadableKind(Uint8Array.from(Buffer.from("\x00\x00\x00\x18ftypheic", "latin1")))).toBe("image");
    const junk = Uint8Array.from({ length: 1024 }, (_, i) => (i * 7919) % 256);
    expect(unreadableKind(junk)).toBe("binary");
  });

  it("reads any text as text: UTF-8, Windows-1252, UTF-16 with or without its byte order mark (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), latinText, (text, latin) => {
        expect(unreadableKind(Uint8Array.from(Buffer.from(text, "utf8")))).toBeNull();
        expect(unreadableKind(bytes(0xff, 0xfe, ...utf16le(text)))).toBeNull();
        expect(unreadableKind(Uint8Array.from(Buffer.from(latin, "latin1")))).toBeNull();
        expect(unreadableKind(utf16le(latin))).toBeNull();
      }),
      { numRuns: 300 },
    );
    expect(unreadableKind(utf16le("Vorname\tNachname\r\nÖzlem\tKaya\r\n"))).toBeNull();
    // A vCard file with a damaged card (junk bytes among its lines) is text: the other cards are read.
    const damaged = readFileSync(path.join(import.meta.dirname, "fixtures/vcard-styles/broken.vcf"));
    expect(unreadableKind(damaged.subarray(0, 1024))).toBeNull();
    expect(unreadableKind(bytes())).toBeNull();
  });

  it("says what the file is and what to import instead, in both languages", () => {
    expect(unreadableMessage("office").de).toContain("CSV UTF-8");
    expect(unreadableMessage("office").en).toContain("Save as");
    // LinkedIn sends its export as a ZIP: the message names the file inside to import.
    expect(unreadableMessage("office").de).toContain("Connections.csv");
    expect(unreadableMessage("image").de).toMatch(/^Die Datei ist ein Bild, keine CSV- oder vCard-Datei\./);
    expect(unreadableMessage("binary").en).toMatch(/^The file holds no text/);
  });
});
