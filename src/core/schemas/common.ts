import { z } from "zod";
import { isIsoDate, isValidDayOfMonth } from "../dates.ts";
import { bilingual } from "../validation.ts";

// Building blocks of every input schema. Limits are generous for people and tight enough that a
// runaway client cannot store megabytes in a name.

export const NAME_MAX = 100;
export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 10_000;

export const id = z.uuid({ error: bilingual("Keine gültige ID.", "Not a valid id.") });

export const isoDate = z.string().refine(isIsoDate, {
  message: bilingual("Kein gültiges Datum (JJJJ-MM-TT).", "Not a valid date (YYYY-MM-DD)."),
  params: { code: "invalid_format" },
});

export const isoDateTime = z.iso
  .datetime({
    offset: true,
    error: bilingual("Kein gültiger Zeitpunkt (ISO 8601).", "Not a valid date-time (ISO 8601)."),
  })
  .transform((value) => new Date(value).toISOString());

export const shortText = (max = SHORT_TEXT_MAX) => z.string().trim().max(max);
export const requiredText = (max = SHORT_TEXT_MAX) => z.string().trim().min(1).max(max);
export const longText = () => z.string().trim().max(LONG_TEXT_MAX);

export const birthday = z
  .strictObject({
    day: z.number().int().min(1).max(31),
    month: z.number().int().min(1).max(12),
    year: z.number().int().min(1900).max(2100).nullable().default(null),
  })
  .refine((b) => isValidDayOfMonth(b.day, b.month, b.year ?? undefined), {
    message: bilingual("Diesen Tag gibt es nicht.", "This day does not exist."),
  });

/** Query strings arrive as text; numbers are coerced, with limits. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};

export const tagName = z.string().trim().min(1).max(50);
