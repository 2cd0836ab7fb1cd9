import type { EpisodePhase } from '../episode/episode-status.js';
import type { StaffRole } from '../staff/staff-role.js';

/**
 * How a member of staff stands to a client, strongest first. A director's or intake
 * coordinator's tie is to the program; a clinician's and case manager's to their own caseload.
 */
export const Relationship = {
  /** Primary clinician or case manager on one of the client's episodes. */
  OWN_CASELOAD: 'OWN_CASELOAD',
  /** Facilitates a group the client attends (takes effect when groups arrive). */
  FACILITATES_GROUP: 'FACILITATES_GROUP',
  /** The client has an episode in a program where the staff member holds the role. */
  SAME_PROGRAM: 'SAME_PROGRAM',
  /** Holds an unexpired break-glass grant for this client. */
  EMERGENCY_ACCESS: 'EMERGENCY_ACCESS',
  /** None of the above. */
  OTHER_PROGRAM: 'OTHER_PROGRAM',
} as const;
export type Relationship = (typeof Relationship)[keyof typeof Relationship];

export const ClientAction = {
  /** Open the chart: demographics, episodes, and later plans and notes. */
  READ_CHART: 'READ_CHART',
  /** Change demographics and (later) clinical records. */
  EDIT_CHART: 'EDIT_CHART',
  /** Attendance and notes of group sessions (when groups arrive). */
  READ_GROUP_RECORDS: 'READ_GROUP_RECORDS',
  /** See who opened the chart and when. */
  READ_AUDIT_TRAIL: 'READ_AUDIT_TRAIL',
  /** Emergency access with a stated reason. */
  BREAK_GLASS: 'BREAK_GLASS',
  /** Open a new episode (an inquiry) in a program: a program-level act, judged by SAME_PROGRAM. */
  OPEN_EPISODE: 'OPEN_EPISODE',
} as const;
export type ClientAction = (typeof ClientAction)[keyof typeof ClientAction];

/** A grant may hold only while the client's current episode is in one of these phases. */
export interface Grant {
  action: ClientAction;
  phases?: readonly EpisodePhase[];
}

const chart: Grant[] = [{ action: 'READ_CHART' }, { action: 'EDIT_CHART' }];
const preAdmission: readonly EpisodePhase[] = ['PRE_ADMISSION'];

/**
 * The one policy table: role × relationship → what may be done. Anything not listed is refused.
 * ADMIN manages programs and accounts and sees no client records.
 */
export const policy: Record<StaffRole, Partial<Record<Relationship, readonly Grant[]>>> = {
  ADMIN: {},
  DIRECTOR: {
    OWN_CASELOAD: [...chart, { action: 'READ_GROUP_RECORDS' }, { action: 'READ_AUDIT_TRAIL' }],
    SAME_PROGRAM: [
      ...chart,
      { action: 'READ_GROUP_RECORDS' },
      { action: 'READ_AUDIT_TRAIL' },
      { action: 'OPEN_EPISODE' },
    ],
  },
  CLINICIAN: {
    OWN_CASELOAD: [...chart, { action: 'READ_GROUP_RECORDS' }],
    FACILITATES_GROUP: [{ action: 'READ_GROUP_RECORDS' }],
    SAME_PROGRAM: [{ action: 'BREAK_GLASS' }],
    EMERGENCY_ACCESS: [{ action: 'READ_CHART' }],
  },
  CASE_MANAGER: {
    OWN_CASELOAD: chart,
  },
  INTAKE: {
    SAME_PROGRAM: [
      { action: 'READ_CHART', phases: preAdmission },
      { action: 'EDIT_CHART', phases: preAdmission },
      { action: 'OPEN_EPISODE' },
    ],
  },
};

/**
 * Whether `role`, standing in `relationships` to a client whose current episode is in `phase`,
 * may act. Relationships add up: a clinician's own client is also a client of their program.
 */
export function isAllowed(
  role: StaffRole,
  relationships: readonly Relationship[],
  action: ClientAction,
  phase: EpisodePhase | null,
): boolean {
  return relationships.some((relationship) =>
    (policy[role][relationship] ?? []).some(
      (g) => g.action === action && (!g.phases || (phase !== null && g.phases.includes(phase))),
    ),
  );
}

/** The relationships under which `role` may ever perform `action` (used to build SQL scopes). */
export function grantsFor(
  role: StaffRole,
  action: ClientAction,
): { relationship: Relationship; phases?: readonly EpisodePhase[] }[] {
  return (Object.entries(policy[role]) as [Relationship, readonly Grant[]][]).flatMap(
    ([relationship, grants]) =>
      grants
        .filter((g) => g.action === action)
        .map((g) => ({ relationship, ...(g.phases ? { phases: g.phases } : {}) })),
  );
}

/** Break-glass access lasts this long before the reason must be stated again. */
export const BREAK_GLASS_MINUTES = 60;
