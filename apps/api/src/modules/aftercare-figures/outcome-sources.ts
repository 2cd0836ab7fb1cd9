import {
  ABSTINENCE_MARKS,
  ABSTINENCE_WINDOW_DAYS,
  BAM_LOOK_BACK_DAYS,
  BAM_USE_DAYS_MOST,
} from '@waypoint/domain';
import { BadUserInputError } from '../../graphql/errors.js';
import type { ClientScope, SqlParams } from '../access/client-scope.js';
import { directedPrograms } from './directed-programs.js';

const DAY = 86_400_000;
/** A year of discharges at most: the query stays one bounded scan. */
const MAX_PERIOD_DAYS = 366;

export interface OutcomePeriod {
  from: string;
  to: string;
}

/** Refuses a period that runs backwards or is longer than a year. */
export function checkPeriod(period: OutcomePeriod) {
  const days = (Date.parse(period.to) - Date.parse(period.from)) / DAY;
  if (!(days >= 0))
    throw new BadUserInputError([{ field: 'to', message: 'must not be before from' }]);
  if (days > MAX_PERIOD_DAYS) {
    throw new BadUserInputError([{ field: 'to', message: 'choose a period of a year at most' }]);
  }
}

/**
 * The per-discharge sources of every outcome figure, as one WITH clause: the figures sum them
 * and the drill-down lists them, so a figure and the clients behind it always agree.
 *   d           the discharges of the programs the viewer directs whose discharge day (each
 *               program's own) falls in the period, on charts the viewer may read
 *   bam         the stay's first BAM (not one given at a follow-up) against the last follow-up's
 *   symptoms    each stay's first PHQ-9 / GAD-7 total against its last one up to the discharge
 *   readmitted  days to the client's next admission after the discharge, in any program
 *   abstinence  days abstinent at each mark, by `contactAtMark` and `bamDaysAbstinent` of
 *               `@waypoint/domain` (their constants are passed in, not restated)
 */
export function outcomeSources(
  scope: ClientScope,
  params: SqlParams,
  period: OutcomePeriod,
  programIds?: readonly string[] | null,
): string {
  const programs = params.add(directedPrograms(scope, programIds));
  const readable = scope.episodeCondition('READ_CHART', params, 'e');
  const from = params.add(period.from);
  const to = params.add(period.to);
  const marks = params.add([...ABSTINENCE_MARKS]);
  const window = params.add(ABSTINENCE_WINDOW_DAYS);
  const most = params.add([...BAM_USE_DAYS_MOST]);
  const lookBack = params.add(BAM_LOOK_BACK_DAYS);
  return `WITH d AS (
       SELECT d.id, d.episode_id, d.client_id, d.discharge_type, d.discharged_at, e.admitted_at,
         p.time_zone, (d.discharged_at AT TIME ZONE p.time_zone)::date AS discharged_on,
         (e.admitted_at AT TIME ZONE p.time_zone)::date AS admitted_on
       FROM discharge d JOIN episode e ON e.id = d.episode_id JOIN program p ON p.id = e.program_id
       WHERE e.program_id = ANY(${programs}::uuid[])
         AND (d.discharged_at AT TIME ZONE p.time_zone)::date BETWEEN ${from}::date AND ${to}::date
         AND ${readable}
     ), bam AS (
       SELECT d.id AS discharge_id, (adm.subscales->>'USE')::int AS adm_use,
         (fu.subscales->>'USE')::int AS fu_use
       FROM d
       CROSS JOIN LATERAL (
         SELECT a.subscales FROM assessment a
         WHERE a.episode_id = d.episode_id AND a.instrument = 'BAM' AND a.subscales->>'USE' IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM follow_up_contact f
                           WHERE f.episode_id = a.episode_id AND f.bam_assessment_id = a.id)
         ORDER BY a.administered_at LIMIT 1) adm
       CROSS JOIN LATERAL (
         SELECT a.subscales FROM follow_up_contact f JOIN assessment a ON a.id = f.bam_assessment_id
         WHERE f.episode_id = d.episode_id AND a.subscales->>'USE' IS NOT NULL
         ORDER BY f.due_on DESC LIMIT 1) fu
     ), symptoms AS (
       SELECT d.id AS discharge_id, i.instrument, adm.total AS adm_total, dis.total AS dis_total
       FROM d CROSS JOIN (VALUES ('PHQ9'), ('GAD7')) AS i(instrument)
       CROSS JOIN LATERAL (
         SELECT a.id, a.total_score AS total FROM assessment a
         WHERE a.episode_id = d.episode_id AND a.instrument = i.instrument AND a.total_score IS NOT NULL
         ORDER BY a.administered_at, a.id LIMIT 1) adm
       CROSS JOIN LATERAL (
         SELECT a.id, a.total_score AS total FROM assessment a
         WHERE a.episode_id = d.episode_id AND a.instrument = i.instrument AND a.total_score IS NOT NULL
           AND a.administered_at <= d.discharged_at
         ORDER BY a.administered_at DESC, a.id DESC LIMIT 1) dis
       WHERE dis.id <> adm.id
     ), readmitted AS (
       SELECT d.id AS discharge_id, ((
           SELECT min(n.admitted_at) FROM episode n
           WHERE n.client_id = d.client_id AND n.id <> d.episode_id AND n.admitted_at > d.discharged_at
         ) AT TIME ZONE d.time_zone)::date - d.discharged_on AS days
       FROM d
     ), abstinence AS (
       SELECT d.id AS discharge_id, m.mark, c.days
       FROM d CROSS JOIN unnest(${marks}::int[]) AS m(mark)
       CROSS JOIN LATERAL (
         SELECT ${lookBack}::int - least(${lookBack}::int,
             (${most}::int[])[(a.answers->>'4')::int + 1] + (${most}::int[])[(a.answers->>'6')::int + 1]
           ) AS days
         FROM follow_up_contact f JOIN assessment a ON a.id = f.bam_assessment_id
         WHERE f.discharge_id = d.id AND f.status = 'DONE'
           AND jsonb_typeof(a.answers->'4') = 'number' AND jsonb_typeof(a.answers->'6') = 'number'
           AND abs(f.due_on - d.discharged_on - m.mark) <= ${window}::int
         ORDER BY abs(f.due_on - d.discharged_on - m.mark), f.due_on LIMIT 1) c
     )`;
}
