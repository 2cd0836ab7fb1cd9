import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { clientDisplayName } from '@waypoint/domain';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { directedPrograms } from './directed-programs.js';

export const FollowUpFigureKind = {
  /** A follow-up contact scheduled within the next seven days (the program's today included). */
  DUE_THIS_WEEK: 'DUE_THIS_WEEK',
  /** A contact recorded as missed in the last 30 days. */
  MISSED: 'MISSED',
  /** Three contacts in a row did not reach the client: someone should go looking. */
  OUTREACH: 'OUTREACH',
} as const;
export type FollowUpFigureKind = (typeof FollowUpFigureKind)[keyof typeof FollowUpFigureKind];
registerEnumType(FollowUpFigureKind, { name: 'FollowUpFigureKind' });

/** How many recent misses count: older ones belong to the outcomes, not the week's work. */
const MISSED_WINDOW_DAYS = 30;
/** Rows listed per kind; the count is always whole. */
export const FOLLOW_UP_LIST_LIMIT = 50;

@ObjectType({ description: 'A client behind a follow-up figure.' })
export class FollowUpFigureRow {
  @Field(() => FollowUpFigureKind)
  kind: FollowUpFigureKind;

  @Field(() => ID)
  clientId: string;

  @Field()
  clientName: string;

  @Field(() => ID)
  episodeId: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The contact due (or missed); for outreach, the last one missed.',
  })
  dueOn: string | null;
}

@ObjectType()
export class FollowUpFigureCount {
  @Field(() => FollowUpFigureKind)
  kind: FollowUpFigureKind;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Follow-up after discharge in the programs you direct.' })
export class FollowUpFigures {
  @Field(() => [FollowUpFigureCount], { description: 'Every kind, zero included.' })
  counts: FollowUpFigureCount[];

  @Field(() => [FollowUpFigureRow], {
    description: `Up to ${FOLLOW_UP_LIST_LIMIT} clients per kind, soonest (or latest missed) first.`,
  })
  rows: FollowUpFigureRow[];
}

interface Row {
  kind: FollowUpFigureKind;
  clientId: string;
  episodeId: string;
  recordId: string;
  dueOn: string | null;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  total: number;
}

/**
 * Follow-ups due this week, missed lately, and clients flagged for outreach, over the aftercare
 * episodes the director may read, in one set-based query (each program's own today). The
 * contacts and discharges listed are recorded as read; the counts as an aggregate read.
 */
export async function followUpFigures(
  scope: ClientScope,
  programIds?: readonly string[] | null,
): Promise<FollowUpFigures> {
  const params = new SqlParams();
  const programs = params.add(directedPrograms(scope, programIds));
  const readable = scope.episodeCondition('READ_CHART', params, 'e');
  const missedDays = params.add(MISSED_WINDOW_DAYS);
  const limit = params.add(FOLLOW_UP_LIST_LIMIT);
  const rows = await scope.db.query<Row[]>(
    `WITH aftercare AS (
       SELECT e.id, e.client_id, (now() AT TIME ZONE p.time_zone)::date AS today
       FROM episode e JOIN program p ON p.id = e.program_id
       WHERE e.program_id = ANY(${programs}::uuid[]) AND e.status IN ('DISCHARGED', 'FOLLOW_UP')
         AND ${readable}
     ), items AS (
       SELECT CASE WHEN f.status = 'SCHEDULED' THEN 'DUE_THIS_WEEK' ELSE 'MISSED' END AS kind,
         a.id AS episode_id, a.client_id, f.id AS record_id, f.due_on,
         CASE WHEN f.status = 'SCHEDULED' THEN f.due_on - a.today ELSE a.today - f.due_on END AS rank
       FROM aftercare a JOIN follow_up_contact f ON f.episode_id = a.id
       WHERE (f.status = 'SCHEDULED' AND f.due_on BETWEEN a.today AND a.today + 6)
          OR (f.status = 'MISSED' AND f.due_on >= a.today - ${missedDays}::int)
       UNION ALL
       SELECT 'OUTREACH', a.id, a.client_id, d.id,
         (SELECT max(f.due_on) FROM follow_up_contact f WHERE f.episode_id = a.id AND f.status <> 'SCHEDULED'),
         -extract(epoch FROM d.outreach_flagged_at)::int
       FROM aftercare a JOIN discharge d ON d.episode_id = a.id
       WHERE d.outreach_flagged_at IS NOT NULL
     ), ranked AS (
       SELECT i.*, count(*) OVER w AS total, row_number() OVER (w ORDER BY rank, episode_id) AS n
       FROM items i WINDOW w AS (PARTITION BY kind)
     )
     SELECT r.kind, r.client_id AS "clientId", r.episode_id AS "episodeId", r.record_id AS "recordId",
       r.due_on::text AS "dueOn", r.total::int AS total,
       c.first_name AS "firstName", c.last_name AS "lastName", c.preferred_name AS "preferredName"
     FROM ranked r JOIN client c ON c.id = r.client_id
     WHERE r.n <= ${limit}::int ORDER BY r.kind, r.n`,
    params.values,
  );
  const counts = Object.values(FollowUpFigureKind).map((kind) => ({
    kind,
    count: rows.find((r) => r.kind === kind)?.total ?? 0,
  }));
  scope.audit.collect({
    action: 'READ',
    recordType: 'FollowUpFigures',
    recordId: null,
    clientId: null,
    outcome: 'SUCCESS',
  });
  for (const r of rows) {
    scope.audit.read(
      r.kind === 'OUTREACH' ? 'Discharge' : 'FollowUpContact',
      r.recordId,
      r.clientId,
    );
  }
  return {
    counts,
    rows: rows.map((r) => ({
      kind: r.kind,
      clientId: r.clientId,
      episodeId: r.episodeId,
      dueOn: r.dueOn,
      clientName: clientDisplayName(r),
    })),
  };
}
