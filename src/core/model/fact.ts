import type { IsoDate, IsoDateTime } from "../dates.ts";
import type { FactCategory } from "../vocabulary.ts";

/**
 * A dated personal fact about a person ("daughter Mia starts school in September"). Facts are
 * about private lives and so are private to their author unless shared.
 */
export interface Fact {
  id: string;
  workspaceId: string;
  personId: string;
  authorId: string;
  category: FactCategory;
  text: string;
  /** The day the fact refers to, if any (a wedding day, a marathon). */
  refersTo: IsoDate | null;
  /** When it was learned; defaults to the day it was recorded. */
  learnedOn: IsoDate;
  /** The conversation it was learned in. */
  interactionId: string | null;
  shared: boolean;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}
