import type { IsoDateTime } from "../dates.ts";
import type { Localized } from "../locale.ts";

export const STAKEHOLDER_ROLES = [
  "decision_maker",
  "influencer",
  "technical_evaluator",
  "gatekeeper",
  "user",
] as const;
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];

export type Influence = 1 | 2 | 3;

/** A person with a role in a deal or tender, with the warmth computed elsewhere. */
export interface Stakeholder {
  personId: string;
  name: string;
  role: StakeholderRole;
  influence: Influence;
  /** Beziehungswärme 0–100. */
  warmth: number;
  lastContactAt: IsoDateTime | null;
}

export const ROLE_LABELS: Record<StakeholderRole, Localized> = {
  decision_maker: { de: "Entscheider", en: "decision maker" },
  influencer: { de: "Beeinflusser", en: "influencer" },
  technical_evaluator: { de: "Technischer Prüfer", en: "technical evaluator" },
  gatekeeper: { de: "Gatekeeper", en: "gatekeeper" },
  user: { de: "Anwender", en: "user" },
};

/** Position in STAKEHOLDER_ROLES: the decision maker matters most. */
export function rolePriority(role: StakeholderRole): number {
  return STAKEHOLDER_ROLES.indexOf(role);
}
