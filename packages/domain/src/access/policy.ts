import { isOpenEpisode, type EpisodePhase, type EpisodeStatus } from '../episode/episode-status.js';
import type { StaffRole } from '../staff/staff-role.js';

/**
 * How a member of staff stands to ONE EPISODE of a client (never to the client's whole history).
 * Every record that belongs to an episode (its plans, assessments, transitions, care team) is
 * judged by the relationship to that episode alone. A director's and intake coordinator's tie is
 * to the program; a clinician's and case manager's to the care team of the episode.
 */
export const Relationship = {
  /** Primary clinician or case manager of this episode, and the episode is open (not ENDED). */
  OWN_CASELOAD: 'OWN_CASELOAD',
  /**
   * Was primary clinician or case manager of this episode when it ended, less than the program's
   * `careTeamReadDaysAfterDischarge` days ago: time to finish the paperwork, read-only.
   */
  RECENT_CARE_TEAM: 'RECENT_CARE_TEAM',
  /**
   * Facilitates a group in which this episode is enrolled (ACTIVE or COMPLETED enrollment) and
   * the episode is open. Judged per episode: a returning client's earlier episode in the group
   * gives nothing on the later one, and a former facilitator (no longer on the group) nothing.
   */
  FACILITATES_GROUP: 'FACILITATES_GROUP',
  /** The episode is in a program where the staff member holds the role. */
  SAME_PROGRAM: 'SAME_PROGRAM',
  /** Holds an unexpired break-glass grant for this client (covers each of its episodes). */
  EMERGENCY_ACCESS: 'EMERGENCY_ACCESS',
  /** None of the above. */
  OTHER_PROGRAM: 'OTHER_PROGRAM',
} as const;
export type Relationship = (typeof Relationship)[keyof typeof Relationship];

export const ClientAction = {
  /** Read: demographics, the episode and its records (plans, assessments, transitions). */
  READ_CHART: 'READ_CHART',
  /** Change demographics, the episode and its clinical records. */
  EDIT_CHART: 'EDIT_CHART',
  /** Attendance and notes of group sessions. */
  READ_GROUP_RECORDS: 'READ_GROUP_RECORDS',
  /** Take attendance (a roster) for a session the client belongs to. */
  RECORD_ATTENDANCE: 'RECORD_ATTENDANCE',
  /** See who opened the chart and when. */
  READ_AUDIT_TRAIL: 'READ_AUDIT_TRAIL',
  /** Emergency access with a stated reason. */
  BREAK_GLASS: 'BREAK_GLASS',
  /** Open a new episode (an inquiry) in a program: a program-level act, judged by SAME_PROGRAM. */
  OPEN_EPISODE: 'OPEN_EPISODE',
  /**
   * Name a client of the program as a crisis-line caller: find them by name (identity only) and
   * log the contact on their episode, so it reaches their clinician, whoever is on call.
   */
  IDENTIFY_CRISIS_CALLER: 'IDENTIFY_CRISIS_CALLER',
} as const;
export type ClientAction = (typeof ClientAction)[keyof typeof ClientAction];

/**
 * A grant may hold only while the episode it is judged on is in one of `phases`, and (with
 * `neverAdmitted`) only if the episode was never admitted: an inquiry that ended before
 * admission holds intake records only.
 */
export interface Grant {
  action: ClientAction;
  phases?: readonly EpisodePhase[];
  neverAdmitted?: true;
}

const chart: Grant[] = [{ action: 'READ_CHART' }, { action: 'EDIT_CHART' }];
const preAdmission: readonly EpisodePhase[] = ['PRE_ADMISSION'];
/** Clients the crisis line answers for: in treatment, or discharged and still followed up. */
const crisisCaller: Grant = {
  action: 'IDENTIFY_CRISIS_CALLER',
  phases: ['IN_TREATMENT', 'AFTERCARE'],
};

/**
 * The one policy table: role × relationship to an episode → what may be done on that episode and
 * its records. Anything not listed is refused.
 *
 * - A clinician or case manager reads and edits an episode while on its care team and it is open;
 *   after it ends, reads it (never edits) for the program's window; then not at all. Being on the
 *   care team of a client's earlier episode gives nothing on the client's later ones.
 * - A director: every episode of the programs they direct.
 * - Intake: episodes of their program before admission (read and edit), and inquiries that ended
 *   without admission (read: what intake recorded); never an episode that was admitted, so not a
 *   returning client's earlier plan or assessments.
 * - ADMIN manages programs and accounts and sees no client records.
 * - Whoever may log crisis-line calls (director, clinician, case manager) may name any client of
 *   the program in treatment or aftercare as the caller: identity only, never the chart.
 *
 * The client's own chart (demographics) is readable (editable) when at least one of the client's
 * episodes grants READ_CHART (EDIT_CHART) now: see `clientAllows`.
 */
export const policy: Record<StaffRole, Partial<Record<Relationship, readonly Grant[]>>> = {
  ADMIN: {},
  DIRECTOR: {
    SAME_PROGRAM: [
      ...chart,
      { action: 'READ_GROUP_RECORDS' },
      { action: 'RECORD_ATTENDANCE' },
      { action: 'READ_AUDIT_TRAIL' },
      { action: 'OPEN_EPISODE' },
      crisisCaller,
    ],
  },
  CLINICIAN: {
    OWN_CASELOAD: [...chart, { action: 'READ_GROUP_RECORDS' }, { action: 'RECORD_ATTENDANCE' }],
    RECENT_CARE_TEAM: [{ action: 'READ_CHART' }],
    // Attendance of their groups' members, nothing else of those charts.
    FACILITATES_GROUP: [{ action: 'READ_GROUP_RECORDS' }, { action: 'RECORD_ATTENDANCE' }],
    SAME_PROGRAM: [{ action: 'BREAK_GLASS' }, crisisCaller],
    EMERGENCY_ACCESS: [{ action: 'READ_CHART' }],
  },
  CASE_MANAGER: {
    OWN_CASELOAD: chart,
    RECENT_CARE_TEAM: [{ action: 'READ_CHART' }],
    SAME_PROGRAM: [crisisCaller],
  },
  INTAKE: {
    SAME_PROGRAM: [
      { action: 'READ_CHART', phases: ['PRE_ADMISSION', 'ENDED'], neverAdmitted: true },
      { action: 'EDIT_CHART', phases: preAdmission },
      { action: 'OPEN_EPISODE' },
    ],
  },
};

/**
 * Whether `role`, standing in `relationships` to an episode in `phase`, may act on that episode.
 * Relationships add up: a clinician's own client is also a client of their program. `admitted`
 * (whether the episode was ever admitted) defaults to true unless the phase is PRE_ADMISSION.
 */
export function isAllowed(
  role: StaffRole,
  relationships: readonly Relationship[],
  action: ClientAction,
  phase: EpisodePhase | null,
  admitted: boolean = phase !== 'PRE_ADMISSION',
): boolean {
  return relationships.some((relationship) =>
    (policy[role][relationship] ?? []).some(
      (g) =>
        g.action === action &&
        (!g.phases || (phase !== null && g.phases.includes(phase))) &&
        (!g.neverAdmitted || !admitted),
    ),
  );
}

/**
 * Whether the client's own chart allows `action`: some episode of the client grants it now.
 * `episodes` are the client's episodes, each with the viewer's relationships to it and its phase.
 */
export function clientAllows(
  role: StaffRole,
  episodes: readonly {
    relationships: readonly Relationship[];
    phase: EpisodePhase | null;
    admitted?: boolean;
  }[],
  action: ClientAction,
): boolean {
  return episodes.some((e) => isAllowed(role, e.relationships, action, e.phase, e.admitted));
}

/** The relationships under which `role` may ever perform `action` (used to build SQL scopes). */
export function grantsFor(
  role: StaffRole,
  action: ClientAction,
): ({ relationship: Relationship } & Omit<Grant, 'action'>)[] {
  return (Object.entries(policy[role]) as [Relationship, readonly Grant[]][]).flatMap(
    ([relationship, grants]) =>
      grants
        .filter((g) => g.action === action)
        .map(({ action: _action, ...limits }) => ({ relationship, ...limits })),
  );
}

/** What `episodeRelationships` needs to know of an episode. */
export interface EpisodeForAccess {
  programId: string;
  status: EpisodeStatus;
  primaryClinicianId: string | null;
  caseManagerId: string | null;
  /** When the episode entered its ENDED status (null while open). */
  endedAt: Date | null;
}

/**
 * How a member of staff, holding a role in `programId`, stands to an episode: the definition the
 * API's SQL scope mirrors (apps/api/src/modules/access/client-scope.ts) and the web app shares.
 * `careTeamReadDaysAfterDischarge` is the episode's program's setting.
 */
export function episodeRelationships(
  viewer: { staffId: string; programId: string; emergencyAccess?: boolean },
  episode: EpisodeForAccess,
  careTeamReadDaysAfterDischarge: number,
  now: Date = new Date(),
): Relationship[] {
  const relationships: Relationship[] = [];
  const inProgram = episode.programId === viewer.programId;
  const onCareTeam =
    episode.primaryClinicianId === viewer.staffId || episode.caseManagerId === viewer.staffId;
  if (inProgram && onCareTeam) {
    if (isOpenEpisode(episode.status)) relationships.push('OWN_CASELOAD');
    else if (withinCareTeamReadWindow(episode.endedAt, careTeamReadDaysAfterDischarge, now)) {
      relationships.push('RECENT_CARE_TEAM');
    }
  }
  if (inProgram) relationships.push('SAME_PROGRAM');
  if (viewer.emergencyAccess) relationships.push('EMERGENCY_ACCESS');
  return relationships.length ? relationships : ['OTHER_PROGRAM'];
}

/** The care team's read-only window after an episode ended: `days` full days from the end. */
export function withinCareTeamReadWindow(endedAt: Date | null, days: number, now: Date): boolean {
  return endedAt !== null && now.getTime() < endedAt.getTime() + days * 86_400_000;
}

/** Break-glass access lasts this long before the reason must be stated again. */
export const BREAK_GLASS_MINUTES = 60;
