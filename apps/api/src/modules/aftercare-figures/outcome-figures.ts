import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { DischargeType, MeasureInstrument } from '@waypoint/domain';
import '../measure/measure.types.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { directedPrograms } from './directed-programs.js';

@ObjectType()
export class DischargeTypeCount {
  @Field(() => DischargeType)
  dischargeType: DischargeType;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'BAM at admission and at the last follow-up, for clients with both.' })
export class BamComparison {
  @Field(() => Int, { description: 'Discharged clients with a BAM at admission and at follow-up.' })
  clients: number;

  @Field(() => Float, { nullable: true, description: 'Mean BAM use score (0–12) at admission.' })
  useAtAdmission: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean BAM use score at the last follow-up.' })
  useAtFollowUp: number | null;

  @Field(() => Int, { description: 'Of them, abstinent (use score 0) at admission.' })
  abstinentAtAdmission: number;

  @Field(() => Int, { description: 'Of them, abstinent (use score 0) at the last follow-up.' })
  abstinentAtFollowUp: number;
}

@ObjectType({
  description:
    'A symptom measure at admission and at discharge, for clients with two totals in the stay.',
})
export class SymptomChange {
  @Field(() => MeasureInstrument)
  instrument: MeasureInstrument;

  @Field(() => Int, { description: 'Discharged clients with a first and a last total.' })
  clients: number;

  @Field(() => Float, { description: 'Mean of each stay’s first total.' })
  meanAtAdmission: number;

  @Field(() => Float, { description: 'Mean of each stay’s last total up to the discharge.' })
  meanAtDischarge: number;
}

@ObjectType({ description: 'What happened to the clients discharged in a period, for funders.' })
export class OutcomeFigures {
  @Field(() => GraphQLLocalDate)
  from: string;

  @Field(() => GraphQLLocalDate)
  to: string;

  @Field(() => Int)
  discharges: number;

  @Field(() => [DischargeTypeCount], { description: 'Types with at least one discharge.' })
  byType: DischargeTypeCount[];

  @Field(() => Float, { nullable: true, description: 'Share discharged as COMPLETED (0–1).' })
  completionRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean days from admission to discharge.' })
  meanLengthOfStayDays: number | null;

  @Field(() => Int, { description: 'Follow-up contacts recorded (done, attempted or missed).' })
  followUpsRecorded: number;

  @Field(() => Int, { description: 'Of them, the client was reached.' })
  followUpsReached: number;

  @Field(() => Float, { nullable: true, description: 'Reached / recorded (0–1).' })
  followUpReachRate: number | null;

  @Field(() => BamComparison)
  bam: BamComparison;

  @Field(() => [SymptomChange], { description: 'PHQ-9 and GAD-7, where any stay has two totals.' })
  measureChanges: SymptomChange[];

  @Field(() => Int, { description: 'Clients admitted again within 30 days of this discharge.' })
  readmittedWithin30Days: number;

  @Field(() => Int, { description: 'Clients admitted again within 90 days of this discharge.' })
  readmittedWithin90Days: number;
}

const DAY = 86_400_000;
/** A year of discharges at most: the query stays one bounded scan. */
const MAX_PERIOD_DAYS = 366;

const rate = (part: number, whole: number) => (whole ? part / whole : null);

/**
 * Outcome figures over the discharges of the programs the viewer directs whose discharge day
 * (each program's own) falls in [from, to], on charts they may read: one set-based statement,
 * aggregates only, recorded as one aggregate read.
 */
export async function outcomeFigures(
  scope: ClientScope,
  period: { from: string; to: string },
  programIds?: readonly string[] | null,
): Promise<OutcomeFigures> {
  const days = (Date.parse(period.to) - Date.parse(period.from)) / DAY;
  if (!(days >= 0))
    throw new BadUserInputError([{ field: 'to', message: 'must not be before from' }]);
  if (days > MAX_PERIOD_DAYS) {
    throw new BadUserInputError([{ field: 'to', message: 'choose a period of a year at most' }]);
  }
  const params = new SqlParams();
  const programs = params.add(directedPrograms(scope, programIds));
  const readable = scope.episodeCondition('READ_CHART', params, 'e');
  const from = params.add(period.from);
  const to = params.add(period.to);
  const [row] = await scope.db.query<OutcomeRow[]>(
    `WITH d AS (
       SELECT d.id, d.episode_id, d.client_id, d.discharge_type, d.discharged_at, e.admitted_at
       FROM discharge d JOIN episode e ON e.id = d.episode_id JOIN program p ON p.id = e.program_id
       WHERE e.program_id = ANY(${programs}::uuid[])
         AND (d.discharged_at AT TIME ZONE p.time_zone)::date BETWEEN ${from}::date AND ${to}::date
         AND ${readable}
     ), contacts AS (
       SELECT count(*) FILTER (WHERE f.status <> 'SCHEDULED')::int AS recorded,
         count(*) FILTER (WHERE f.status = 'DONE')::int AS reached
       FROM follow_up_contact f JOIN d ON f.discharge_id = d.id
     ), bam AS (
       -- The first BAM of the stay (not one given at a follow-up) against the last follow-up's.
       SELECT (adm.subscales->>'USE')::int AS adm_use, (fu.subscales->>'USE')::int AS fu_use
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
       -- Each stay's first PHQ-9 / GAD-7 total against its last one up to the discharge.
       SELECT i.instrument, adm.total AS adm_total, dis.total AS dis_total
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
       -- Days to the client's next admission after this discharge, in any program.
       SELECT extract(epoch FROM (
           SELECT min(n.admitted_at) FROM episode n
           WHERE n.client_id = d.client_id AND n.id <> d.episode_id AND n.admitted_at > d.discharged_at
         ) - d.discharged_at) / 86400 AS days
       FROM d
     )
     SELECT (SELECT count(*)::int FROM d) AS discharges,
       coalesce((SELECT json_agg(json_build_object('dischargeType', t.discharge_type, 'count', t.n)
                   ORDER BY t.n DESC, t.discharge_type)
                 FROM (SELECT discharge_type, count(*)::int AS n FROM d GROUP BY 1) t), '[]') AS "byType",
       (SELECT avg(extract(epoch FROM discharged_at - admitted_at) / 86400)::float8
          FROM d WHERE admitted_at IS NOT NULL) AS "meanLengthOfStayDays",
       c.recorded AS "followUpsRecorded", c.reached AS "followUpsReached",
       (SELECT count(*)::int FROM bam) AS clients,
       (SELECT avg(adm_use)::float8 FROM bam) AS "useAtAdmission",
       (SELECT avg(fu_use)::float8 FROM bam) AS "useAtFollowUp",
       (SELECT count(*)::int FROM bam WHERE adm_use = 0) AS "abstinentAtAdmission",
       (SELECT count(*)::int FROM bam WHERE fu_use = 0) AS "abstinentAtFollowUp",
       coalesce((SELECT json_agg(json_build_object('instrument', m.instrument, 'clients', m.n,
                   'meanAtAdmission', m.adm, 'meanAtDischarge', m.dis) ORDER BY m.instrument)
                 FROM (SELECT instrument, count(*)::int AS n, avg(adm_total)::float8 AS adm,
                         avg(dis_total)::float8 AS dis FROM symptoms GROUP BY instrument) m), '[]')
         AS "measureChanges",
       (SELECT count(*)::int FROM readmitted WHERE days <= 30) AS "readmittedWithin30Days",
       (SELECT count(*)::int FROM readmitted WHERE days <= 90) AS "readmittedWithin90Days"
     FROM contacts c`,
    params.values,
  );
  const r = row!;
  scope.audit.collect({
    action: 'READ',
    recordType: 'OutcomeFigures',
    recordId: null,
    clientId: null,
    outcome: 'SUCCESS',
  });
  const completed = r.byType.find((t) => t.dischargeType === 'COMPLETED')?.count ?? 0;
  return {
    ...period,
    discharges: r.discharges,
    byType: r.byType,
    completionRate: rate(completed, r.discharges),
    meanLengthOfStayDays: r.meanLengthOfStayDays,
    followUpsRecorded: r.followUpsRecorded,
    followUpsReached: r.followUpsReached,
    followUpReachRate: rate(r.followUpsReached, r.followUpsRecorded),
    bam: {
      clients: r.clients,
      useAtAdmission: r.useAtAdmission,
      useAtFollowUp: r.useAtFollowUp,
      abstinentAtAdmission: r.abstinentAtAdmission,
      abstinentAtFollowUp: r.abstinentAtFollowUp,
    },
    measureChanges: r.measureChanges,
    readmittedWithin30Days: r.readmittedWithin30Days,
    readmittedWithin90Days: r.readmittedWithin90Days,
  };
}

type OutcomeRow = Omit<
  OutcomeFigures,
  'from' | 'to' | 'completionRate' | 'followUpReachRate' | 'bam'
> &
  BamComparison;
