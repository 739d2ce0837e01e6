import type { IsoDate, IsoDateTime } from "../dates.ts";
import type { OpenLoopKind } from "../vocabulary.ts";

/** Something to ask or do later ("ask how the marathon went on 12 May"). */
export interface OpenLoop {
  id: string;
  workspaceId: string;
  personId: string;
  authorId: string;
  /** ask: a question for them; do: something I promised. */
  kind: OpenLoopKind;
  text: string;
  dueOn: IsoDate | null;
  closedOn: IsoDate | null;
  /** The conversation it came up in. */
  interactionId: string | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}
