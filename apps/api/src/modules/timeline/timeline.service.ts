import {
  describeTimelineFact,
  MEASURE_INSTRUMENTS,
  TIMELINE_KINDS,
  type TimelineFact,
} from '@waypoint/domain';
import { decodeCursor, encodeCursor } from '../../graphql/connection.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import type { TimelineArgs, TimelinePage } from './timeline.types.js';

interface TimelineRow {
  kind: TimelineEntryKind;
  recordType: string;
  recordId: string;
  episodeId: string;
  at: Date;
  facts: TimelineFact;
}
type TimelineEntryKind = (typeof TIMELINE_KINDS)[number];

/**
 * Every source of the timeline as one branch of a UNION ALL over the episodes the viewer may read
 * (`ep`; $2 is now, $3 the measures — not intake assessments): the kind, the record (for the audit trail), when, and the facts `describeTimelineFact`
 * turns into words. Future bookings are not history and stay off it. Counseling notes are never
 * read here: they are their author's alone (42 CFR Part 2), not part of the record.
 */
const SOURCES = `
  SELECT 'SESSION' AS kind, 'Attendance' AS record_type, a.id AS record_id, a.episode_id, s.starts_at AS at,
    jsonb_build_object('event', 'ATTENDANCE', 'sessionKind', s.kind, 'groupName', g.name,
      'status', a.status, 'minutes', a.minutes) AS facts
  FROM attendance a JOIN ep ON ep.id = a.episode_id
  JOIN clinical_session s ON s.id = a.session_id LEFT JOIN therapy_group g ON g.id = s.group_id
  UNION ALL
  SELECT 'SESSION', 'ClinicalSession', s.id, s.episode_id, s.starts_at,
    jsonb_build_object('event', 'BOOKED_SESSION', 'sessionKind', s.kind, 'status', s.status,
      'minutes', (extract(epoch FROM s.ends_at - s.starts_at) / 60)::int)
  FROM clinical_session s JOIN ep ON ep.id = s.episode_id
  WHERE s.starts_at <= $2
    AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.episode_id = s.episode_id)
  UNION ALL
  SELECT 'NOTE', 'ProgressNote', n.id, n.episode_id, coalesce(n.signed_at, n.created_at),
    jsonb_build_object('event', 'NOTE_WRITTEN', 'format', n.format, 'sessionKind', s.kind,
      'status', n.status, 'overdue', n.status = 'DRAFT' AND n.due_at < $2)
  FROM progress_note n JOIN ep ON ep.id = n.episode_id JOIN clinical_session s ON s.id = n.session_id
  UNION ALL
  SELECT 'NOTE', 'ProgressNoteAmendment', a.id, n.episode_id, a.created_at,
    jsonb_build_object('event', 'NOTE_AMENDED', 'reason', a.reason)
  FROM progress_note_amendment a JOIN progress_note n ON n.id = a.note_id JOIN ep ON ep.id = n.episode_id
  UNION ALL
  SELECT 'MEASURE', 'Assessment', x.id, x.episode_id, x.administered_at,
    jsonb_build_object('event', 'MEASURE', 'instrument', x.instrument, 'total', x.total_score,
      'band', x.severity_band, 'flagged', cardinality(x.flags) > 0)
  FROM assessment x JOIN ep ON ep.id = x.episode_id WHERE x.instrument = ANY($3::text[])
  UNION ALL
  SELECT 'MEASURE', 'SafetyFollowUp', x.id, x.episode_id, x.recorded_at,
    jsonb_build_object('event', 'SAFETY_FOLLOW_UP', 'riskLevel', x.risk_level, 'plan', x.plan)
  FROM safety_follow_up x JOIN ep ON ep.id = x.episode_id
  UNION ALL
  SELECT 'DRUG_SCREEN', 'DrugScreen', x.id, x.episode_id, x.collected_at,
    jsonb_build_object('event', 'DRUG_SCREEN', 'method', x.method, 'status', x.status,
      'unexpected', x.unexpected_positive_at IS NOT NULL,
      'positives', (SELECT coalesce(jsonb_agg(p->'analyte' ORDER BY p->>'analyte'), '[]')
                    FROM jsonb_array_elements(x.panel) p WHERE p->>'result' = 'POSITIVE'))
  FROM drug_screen x JOIN ep ON ep.id = x.episode_id
  UNION ALL
  SELECT 'PLAN', 'TreatmentPlan', x.id, x.episode_id, x.activated_at,
    jsonb_build_object('event', 'PLAN_ACTIVATED', 'versionNumber', x.version_number)
  FROM treatment_plan x JOIN ep ON ep.id = x.episode_id WHERE x.activated_at IS NOT NULL
  UNION ALL
  SELECT 'PLAN', 'TreatmentPlan', x.id, x.episode_id, x.ended_at,
    jsonb_build_object('event', 'PLAN_ENDED', 'versionNumber', x.version_number, 'reason', x.end_reason)
  FROM treatment_plan x JOIN ep ON ep.id = x.episode_id WHERE x.ended_at IS NOT NULL
  UNION ALL
  SELECT 'PLAN', 'PlanReview', r.id, x.episode_id, r.reviewed_at,
    jsonb_build_object('event', 'PLAN_REVIEWED', 'versionNumber', x.version_number,
      'outcome', r.outcome, 'note', r.note)
  FROM plan_review r JOIN treatment_plan x ON x.id = r.plan_id JOIN ep ON ep.id = x.episode_id
  UNION ALL
  SELECT 'LIFECYCLE', 'EpisodeTransition', t.id, t.episode_id, t.occurred_at,
    jsonb_build_object('event', 'EPISODE_MOVED', 'from', t.from_status, 'to', t.to_status, 'reason', t.reason)
  FROM episode_transition t JOIN ep ON ep.id = t.episode_id
  UNION ALL
  SELECT 'REFERRAL', 'Referral', c.referral_id, c.episode_id, c.changed_at,
    jsonb_build_object('event', 'REFERRAL_MOVED', 'recipient', r.recipient_name, 'to', c.to_status,
      'reason', c.reason)
  FROM referral_status_change c JOIN referral r ON r.id = c.referral_id JOIN ep ON ep.id = c.episode_id`;

/** The timeline's sort key: when, which record, which of its events. */
const sortKey = (row: TimelineRow) => [row.at.toISOString(), row.recordId, row.facts.event];

/**
 * A client's timeline across every episode the viewer may read, newest first, in one statement;
 * every entry handed out is recorded as a read of the record it comes from.
 */
export async function clientTimeline(
  scope: ClientScope,
  clientId: string,
  args: TimelineArgs,
): Promise<TimelinePage> {
  const params = new SqlParams([clientId, new Date(), MEASURE_INSTRUMENTS]);
  const kinds = params.add(args.kinds?.length ? args.kinds : TIMELINE_KINDS);
  const cursor = args.after ? decodeCursor(args.after, ['timestamp', 'id', 'text']) : null;
  const older = cursor
    ? `AND (at, record_id, facts->>'event') < (${params.add(cursor[0])}::timestamptz, ${params.add(cursor[1])}::uuid, ${params.add(cursor[2])})`
    : '';
  const limit = params.add(args.first + 1);
  const rows = await scope.db.query<TimelineRow[]>(
    `WITH ep AS (
       SELECT e.id FROM episode e WHERE e.client_id = $1 AND ${scope.episodeCondition('READ_CHART', params)}
     )
     SELECT kind, record_type AS "recordType", record_id AS "recordId", episode_id AS "episodeId", at, facts
     FROM (${SOURCES}) entry
     WHERE kind = ANY(${kinds}::text[]) AND at <= $2 ${older}
     ORDER BY at DESC, record_id DESC, facts->>'event' DESC
     LIMIT ${limit}`,
    params.values,
  );
  const page = rows.slice(0, args.first);
  for (const row of page) scope.audit.read(row.recordType, row.recordId, clientId);
  return {
    entries: page.map((row) => ({
      id: `${row.facts.event}:${row.recordId}`,
      kind: row.kind,
      at: row.at,
      episodeId: row.episodeId,
      ...describeTimelineFact(row.facts),
    })),
    hasMore: rows.length > args.first,
    endCursor: page.length ? encodeCursor(sortKey(page[page.length - 1]!)) : null,
  };
}
