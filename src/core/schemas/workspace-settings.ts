import { z } from "zod";
import { PHONE_COUNTRIES } from "../duplicates/phone-country.ts";

/** What owners and admins set for the whole workspace; a PATCH sends any of the fields. */
export const workspaceSettingsInput = z.strictObject({
  /** The company's own limit per gift, in cents; null for none. */
  giftLimitCents: z.number().int().min(0).max(10_000_000).nullable(),
  /**
   * The country a phone number written without a country code is in (decision 112). No default
   * here: a PATCH without it must leave the stored one alone; reading fills in DE.
   */
  phoneCountry: z.enum(PHONE_COUNTRIES),
});
export type WorkspaceSettings = z.output<typeof workspaceSettingsInput>;
