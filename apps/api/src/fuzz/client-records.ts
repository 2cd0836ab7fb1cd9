import type { ClientScope, SqlParams } from '../modules/access/client-scope.js';
import { noteCondition } from '../modules/progress-note/progress-note.service.js';
import { upToEpisode } from '../modules/treatment-plan/treatment-plan.loader.js';

/**
 * Where the fuzzer finds, for a record named in an answer, what decides who may read it. `from`
 * reaches the record (alias `x`) and what it belongs to: its episode (alias `e`), or for the
 * client's own records the client (alias `c`) — the aliases ClientScope's conditions are written
 * for. A record whose `e` (or `c`) is null belongs to no client (a group's own session, an
 * anonymous crisis call) and is not checked.
 */
export interface ClientRecordSource {
  from: string;
  belongsTo: 'episode' | 'client';
  /** The SQL type of `x.id` (uuid unless it says otherwise). */
  idType?: 'uuid' | 'bigint';
  /**
   * SQL true when the viewer may read the record, as the API's own read path decides it. By
   * default READ_CHART on the episode (or the client's chart): what the scoped loaders ask.
   */
  readable?: (scope: ClientScope, params: SqlParams) => string;
}

const onEpisode = (table: string): ClientRecordSource => ({
  from: `${table} x LEFT JOIN episode e ON e.id = x.episode_id`,
  belongsTo: 'episode',
});

const ofClient = (table: string): ClientRecordSource => ({
  from: `${table} x JOIN client c ON c.id = x.client_id`,
  belongsTo: 'client',
});

const progressNote: ClientRecordSource = {
  from: `progress_note x JOIN episode e ON e.id = x.episode_id
    JOIN clinical_session cs ON cs.id = x.session_id`,
  belongsTo: 'episode',
  // A group session's note is also open to the group's facilitators (READ_GROUP_RECORDS).
  readable: (scope, params) => noteCondition(scope, 'READ', params),
};

/**
 * Every GraphQL type whose records belong to a client, keyed by type name. The schema test
 * (client-records.test.ts) fails when a type with an `id` is in none of the three lists here.
 */
export const clientRecordSources: Record<string, ClientRecordSource> = {
  Client: { from: 'client x JOIN client c ON c.id = x.id', belongsTo: 'client' },
  ClientContact: ofClient('client_contact'),
  Episode: { from: 'episode x JOIN episode e ON e.id = x.id', belongsTo: 'episode' },
  EpisodeTransition: onEpisode('episode_transition'),
  Assessment: onEpisode('assessment'),
  LevelOfCareChange: onEpisode('level_of_care_change'),
  IntakeScreening: onEpisode('intake_screening'),
  ScreeningEscalation: onEpisode('intake_screening_escalation'),
  SafetyFollowUp: onEpisode('safety_follow_up'),
  DrugScreen: onEpisode('drug_screen'),
  TreatmentPlan: { from: upToEpisode.plan, belongsTo: 'episode' },
  PlanProblem: { from: upToEpisode.problem, belongsTo: 'episode' },
  PlanGoal: { from: upToEpisode.goal, belongsTo: 'episode' },
  PlanObjective: { from: upToEpisode.objective, belongsTo: 'episode' },
  PlanIntervention: { from: upToEpisode.intervention, belongsTo: 'episode' },
  PlanSignature: { from: upToEpisode.signature, belongsTo: 'episode' },
  PlanReview: { from: upToEpisode.review, belongsTo: 'episode' },
  GoalProgress: { from: upToEpisode.progress, belongsTo: 'episode' },
  PlanStatusChange: { from: upToEpisode.statusChange, belongsTo: 'episode' },
  // An individual session is the client's; a group's session (no episode) is not.
  ClinicalSession: onEpisode('clinical_session'),
  ClinicalSessionParticipant: {
    from: `clinical_session_participant x JOIN clinical_session cs ON cs.id = x.session_id
      LEFT JOIN episode e ON e.id = cs.episode_id`,
    belongsTo: 'episode',
  },
  ProgressNote: progressNote,
  ChartNote: progressNote,
  ProgressNoteAmendment: {
    ...progressNote,
    from: `progress_note_amendment x JOIN progress_note n ON n.id = x.note_id
      JOIN episode e ON e.id = n.episode_id JOIN clinical_session cs ON cs.id = n.session_id`,
  },
  CounselingNote: {
    ...onEpisode('counseling_note'),
    // Its author's alone, whatever anyone's role (myCounselingNotes).
    readable: (scope, params) => `x.author_staff_id = ${params.add(scope.viewer.staffId)}`,
  },
  GroupEnrollment: {
    ...onEpisode('group_enrollment'),
    // A member's enrolment is also open to the group's facilitators (listMembersOfGroups).
    readable: (scope, params) =>
      `(${scope.episodeCondition('READ_CHART', params)}
        OR ${scope.episodeCondition('READ_GROUP_RECORDS', params)})`,
  },
  Consent: onEpisode('consent'),
  Disclosure: onEpisode('disclosure'),
  Referral: onEpisode('referral'),
  ReferralStatusChange: onEpisode('referral_status_change'),
  Discharge: onEpisode('discharge'),
  FollowUpContact: onEpisode('follow_up_contact'),
  // A follow-up due or a summary to sign: the follow-up contact's id or the discharge's.
  AftercareWorkItem: {
    from: `(SELECT id, episode_id FROM follow_up_contact
            UNION ALL SELECT id, episode_id FROM discharge) x
      LEFT JOIN episode e ON e.id = x.episode_id`,
    belongsTo: 'episode',
  },
  CrisisContact: {
    ...onEpisode('crisis_contact'),
    // The on-call responder who logged it gets it back (logCrisisContact's answer).
    readable: (scope, params) =>
      `(${scope.episodeCondition('READ_CHART', params)}
        OR x.logged_by_staff_id = ${params.add(scope.viewer.staffId)})`,
  },
  BreakGlassGrant: {
    ...ofClient('break_glass_grant'),
    // Its holder's, and theirs who may read the client's audit trail (requireGrantVisible).
    readable: (scope, params) =>
      `(x.staff_id = ${params.add(scope.viewer.staffId)}
        OR ${scope.condition('READ_AUDIT_TRAIL', params, 'c', { perClient: true })})`,
  },
  AuditEvent: {
    from: 'audit_event x LEFT JOIN client c ON c.id = x.client_id',
    belongsTo: 'client',
    idType: 'bigint',
    readable: (scope, params) =>
      scope.condition('READ_AUDIT_TRAIL', params, 'c', { perClient: true }),
  },
};

/** Types with an `id` that are not a client's records, and why. */
export const notClientRecords: Record<string, string> = {
  Program: 'the clinic’s programs',
  ProgramSettingsVersion: 'a program’s settings',
  Staff: 'members of staff',
  MySession: 'the viewer’s own sign-ins',
  ApiToken: 'the viewer’s own API tokens',
  Group: 'a therapy group (its members come as GroupEnrollment)',
  GroupScheduleException: 'a group’s calendar',
  OnCallShift: 'the crisis line’s roster',
  CommunityResource: 'the community resource directory',
  RandomScreeningPick: 'a program’s weekly draw (the picked come as DrugScreen and Episode)',
};

/** Client records the check cannot map from their id, and why: kept short on purpose. */
export const uncheckedClientRecords: Record<string, string> = {
  TimelineEntry: 'its id names a record and what happened to it, not one row',
};

/** The readable condition of a source, ClientScope's READ_CHART unless it says otherwise. */
export function readableSql(
  source: ClientRecordSource,
  scope: ClientScope,
  params: SqlParams,
): string {
  if (source.readable) return source.readable(scope, params);
  return source.belongsTo === 'episode'
    ? scope.episodeCondition('READ_CHART', params, 'e')
    : scope.condition('READ_CHART', params, 'c', { perClient: true });
}
