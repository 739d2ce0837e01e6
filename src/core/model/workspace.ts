import type { IsoDateTime } from "../dates.ts";
import type { Locale } from "../locale.ts";
import type { UserRole } from "../vocabulary.ts";

export interface Workspace {
  id: string;
  name: string;
  createdAt: IsoDateTime;
}

export interface User {
  id: string;
  workspaceId: string;
  email: string | null;
  displayName: string;
  role: UserRole;
  locale: Locale;
  createdAt: IsoDateTime;
}
