import { z } from "zod";
import { sensitiveDecision } from "../privacy/privacy-schemas.ts";
import { FACT_CATEGORIES, OPEN_LOOP_KINDS } from "../vocabulary.ts";
import { id, isoDate, longText, requiredText } from "./common.ts";
import { interactionCreateInput } from "./interaction.ts";

export const SELF_CHECK_ANSWERS = ["yes", "partly", "no"] as const;
export type SelfCheckAnswer = (typeof SELF_CHECK_ANSWERS)[number];

/** The five questions of the self-check, in the order the form asks them. */
export const SELF_CHECK_QUESTIONS = ["relaxed", "smiled", "listened", "distance", "friendTone"] as const;
export type SelfCheckQuestion = (typeof SELF_CHECK_QUESTIONS)[number];

const answer = z.enum(SELF_CHECK_ANSWERS);

export const selfCheckInput = z.strictObject({
  relaxed: answer,
  smiled: answer,
  listened: answer,
  distance: answer,
  friendTone: answer,
  note: longText().nullable().default(null),
});
export type SelfCheckInput = z.output<typeof selfCheckInput>;

/**
 * One conversation, logged in one step: the interaction, what was learned, what to follow up,
 * which loops it closed, and the self-check. Written in one transaction or not at all.
 */
export const conversationInput = z.strictObject({
  ...interactionCreateInput.shape,
  facts: z
    .array(
      z.strictObject({
        personId: id,
        category: z.enum(FACT_CATEGORIES),
        text: requiredText(2000),
        refersTo: isoDate.nullable().default(null),
        shared: z.boolean().default(false),
      }),
    )
    .max(50)
    .default([]),
  openLoops: z
    .array(
      z.strictObject({
        personId: id,
        kind: z.enum(OPEN_LOOP_KINDS).default("ask"),
        text: requiredText(1000),
        dueOn: isoDate.nullable().default(null),
      }),
    )
    .max(50)
    .default([]),
  closeLoopIds: z.array(id).max(100).default([]),
  selfCheck: selfCheckInput.nullable().default(null),
  /** Applies to every fact text and the self-check note of this log (decision 080). */
  sensitive: sensitiveDecision,
});
export type ConversationInput = z.output<typeof conversationInput>;
