import { addDays, type IsoDate } from "../dates.ts";
import type { Localized } from "../locale.ts";
import type { FactCategory, OpenLoopKind } from "../vocabulary.ts";
import { FACT_CATALOGUE, type FactTemplate } from "./fact-catalogue.ts";
import { formatDay } from "./format-day.ts";
import type { Rng } from "./random.ts";

/** A fact before it is placed in time: what it says, what it refers to, what follow-up it needs. */
export interface FactSeed {
  category: FactCategory;
  text: string;
  topic: Localized;
  refersTo: IsoDate | null;
  loop: { kind: OpenLoopKind; text: string; dueOn: IsoDate } | null;
}

export function fillTemplate(
  rng: Rng,
  template: FactTemplate,
  options: { today: IsoDate; german: boolean; inDays?: number },
): FactSeed {
  const { today, german } = options;
  const offset =
    options.inDays ?? (template.refersTo ? rng.int(template.refersTo[0], template.refersTo[1]) : null);
  const refersTo = offset === null ? null : addDays(today, offset);
  const fill = (text: Localized) =>
    (german ? text.de : text.en).replace("{date}", refersTo ? formatDay(refersTo, german) : "");
  return {
    category: template.category,
    text: fill(template.text),
    topic: template.topic,
    refersTo,
    loop:
      template.loop && refersTo
        ? {
            kind: template.loop.kind,
            text: fill(template.loop.text),
            dueOn: addDays(refersTo, template.loop.after),
          }
        : null,
  };
}

/** `count` distinct templates, spread over the categories rather than five hobbies in a row. */
export function pickTemplates(rng: Rng, count: number, exclude: readonly string[]): FactTemplate[] {
  const available = rng.shuffle(FACT_CATALOGUE.filter((f) => !exclude.includes(f.id)));
  const picked: FactTemplate[] = [];
  const categories = new Set<FactCategory>();
  for (const template of available) {
    if (picked.length >= count) break;
    if (!categories.has(template.category)) {
      picked.push(template);
      categories.add(template.category);
    }
  }
  for (const template of available) {
    if (picked.length >= count) break;
    if (!picked.includes(template)) picked.push(template);
  }
  return picked;
}
