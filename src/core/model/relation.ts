import type { IsoDateTime } from "../dates.ts";
import type { RelationKind } from "../vocabulary.ts";

/**
 * A directed link: `relatedPersonId` is the `kind` of `personId` (Lena is the partner of Jan;
 * Mia is the child of Jan; Jan reports_to Petra).
 */
export interface Relation {
  id: string;
  workspaceId: string;
  personId: string;
  relatedPersonId: string;
  kind: RelationKind;
  createdAt: IsoDateTime;
}
