import { z } from "zod";
import { USER_ROLES } from "../vocabulary.ts";
import { NAME_MAX } from "./common.ts";

export const PASSWORD_MIN = 10;
const password = z.string().min(PASSWORD_MIN).max(200);
const email = z
  .email()
  .max(254)
  .transform((value) => value.trim().toLowerCase());

export const passwordSignInInput = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});
export const passwordChangeInput = z.strictObject({
  currentPassword: z.string().max(200).optional(),
  newPassword: password,
});
export const invitationInput = z.strictObject({ email, role: z.enum(USER_ROLES).default("member") });
export const acceptInvitationInput = z.strictObject({
  token: z.string().min(1).max(200),
  displayName: z.string().trim().min(1).max(NAME_MAX),
  password,
});
export const userUpdateInput = z.strictObject({ role: z.enum(USER_ROLES), disabled: z.boolean() }).partial();
