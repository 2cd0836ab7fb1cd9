import type { ApiTokenScope, ClientAction, StaffRole } from '@waypoint/domain';
import { grantsFor } from '@waypoint/domain';

/** The signed-in member of staff making a request, with their role in each program. */
export interface Viewer {
  staffId: string;
  sessionId: string;
  /** The session's absolute end (SESSION_MAX_HOURS after sign-in). */
  sessionExpiresAt: Date;
  programRoles: { programId: string; role: StaffRole }[];
  /** Set when the request came with a personal API token (then `sessionId` is the token's id). */
  apiToken?: { id: string; scope: ApiTokenScope };
}

/** Whether any of the viewer's roles could ever perform `action` (per-client checks come later). */
export function mayEver(viewer: Viewer, action: ClientAction): boolean {
  return viewer.programRoles.some((r) => grantsFor(r.role, action).length > 0);
}

export function programsWhere(viewer: Viewer, roles: readonly StaffRole[]): string[] {
  return [
    ...new Set(viewer.programRoles.filter((r) => roles.includes(r.role)).map((r) => r.programId)),
  ];
}
