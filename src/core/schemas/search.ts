import { z } from "zod";

export const SEARCH_ENTITY_TYPES = ["person", "company", "fact"] as const;
export type SearchEntityType = (typeof SEARCH_ENTITY_TYPES)[number];

export const searchQuery = z.strictObject({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  types: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",") : [...SEARCH_ENTITY_TYPES]))
    .pipe(z.array(z.enum(SEARCH_ENTITY_TYPES)).min(1)),
});
export type SearchQuery = z.output<typeof searchQuery>;
