import type { ContactDraft } from "./people.ts";
import type { DemoRelation } from "./plan.ts";
import type { Rng } from "./random.ts";

// Who reports to whom at an account, and who works closely together: the heads report to the top,
// staff to one of the heads; assistants assist the top; a few staff pairs are colleagues.

export function drawOrgRelations(rng: Rng, drafts: readonly ContactDraft[]): DemoRelation[] {
  const relations: DemoRelation[] = [];
  const top = drafts.find((d) => d.rank === 0);
  const heads = drafts.filter((d) => d.rank === 1);
  const staff = drafts.filter((d) => d.rank === 2);
  if (!top) return relations;
  for (const head of heads) {
    relations.push({ personKey: head.person.key, relatedPersonKey: top.person.key, kind: "reports_to" });
  }
  for (const member of staff) {
    if (/Assist/.test(member.person.jobTitle ?? "")) {
      relations.push({ personKey: top.person.key, relatedPersonKey: member.person.key, kind: "assistant" });
      continue;
    }
    const pinned = member.cast?.reportsToPosition;
    const boss = drafts.find((d) => d.position === pinned) ?? (heads.length > 0 ? rng.pick(heads) : top);
    relations.push({ personKey: member.person.key, relatedPersonKey: boss.person.key, kind: "reports_to" });
  }
  for (let i = 1; i < staff.length; i++) {
    const [a, b] = [staff[i - 1], staff[i]];
    if (a && b && rng.chance(0.35)) {
      relations.push({ personKey: a.person.key, relatedPersonKey: b.person.key, kind: "colleague" });
    }
  }
  return relations;
}
