import type { IsoDateTime } from "../dates.ts";

export interface Company {
  id: string;
  workspaceId: string;
  name: string;
  website: string | null;
  industry: string | null;
  city: string | null;
  notes: string | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}
