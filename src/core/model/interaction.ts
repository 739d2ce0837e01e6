import type { IsoDateTime } from "../dates.ts";
import type { InteractionKind, Party, Rating } from "../vocabulary.ts";

/** A meeting, call, message … with one or more people. */
export interface Interaction {
  id: string;
  workspaceId: string;
  authorId: string;
  occurredAt: IsoDateTime;
  kind: InteractionKind;
  initiatedBy: Party;
  summary: string;
  /** Whether personal (not only business) topics were part of it. */
  personal: boolean;
  atmosphere: Rating | null;
  trust: Rating | null;
  resistance: Rating | null;
  /** The business outcome, in the salesperson's words. */
  outcome: string | null;
  participantIds: string[];
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}
