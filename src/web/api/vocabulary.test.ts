import { describe, expect, it } from "vitest";
import { PHONE_COUNTRIES as CORE_PHONE_COUNTRIES } from "../../core/duplicates/phone-country.ts";
import { SELF_CHECK_QUESTIONS } from "../../core/schemas/conversation.ts";
import * as core from "../../core/vocabulary.ts";
import {
  FACT_CATEGORIES,
  INTERACTION_KINDS,
  OPEN_LOOP_KINDS,
  PHONE_COUNTRIES,
  RELATION_KINDS,
  SELF_CHECK_KEYS,
  STAGES,
  STANCES,
} from "./vocabulary.ts";

// Tests may import core at run time; the app itself may not.
describe("web vocabulary lists", () => {
  it("name every value of core's vocabularies, in the same order", () => {
    expect(STANCES).toEqual(core.STANCES);
    expect(STAGES).toEqual(core.STAGES);
    expect(INTERACTION_KINDS).toEqual(core.INTERACTION_KINDS);
    expect(FACT_CATEGORIES).toEqual(core.FACT_CATEGORIES);
    expect(OPEN_LOOP_KINDS).toEqual(core.OPEN_LOOP_KINDS);
    expect(RELATION_KINDS).toEqual(core.RELATION_KINDS);
    expect(SELF_CHECK_KEYS).toEqual(SELF_CHECK_QUESTIONS);
    expect(PHONE_COUNTRIES).toEqual(CORE_PHONE_COUNTRIES);
  });
});
