import { z } from "zod";
import { LONG_TEXT_MAX, pageQuery, requiredText, shortText } from "./common.ts";

const companyFields = {
  name: requiredText(),
  website: shortText(500).nullable(),
  industry: shortText().nullable(),
  city: shortText().nullable(),
  notes: z.string().trim().max(LONG_TEXT_MAX).nullable(),
};

export const companyCreateInput = z.strictObject({
  ...companyFields,
  website: companyFields.website.default(null),
  industry: companyFields.industry.default(null),
  city: companyFields.city.default(null),
  notes: companyFields.notes.default(null),
});
export type CompanyCreateInput = z.output<typeof companyCreateInput>;

export const companyUpdateInput = z.strictObject(companyFields).partial();
export type CompanyUpdateInput = z.output<typeof companyUpdateInput>;

export const companyListQuery = z.strictObject({
  ...pageQuery,
  sort: z.enum(["name", "-name", "created", "-created"]).default("name"),
});
export type CompanyListQuery = z.output<typeof companyListQuery>;
