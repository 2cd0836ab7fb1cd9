import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import {
  ABSTINENCE_DEFINITION,
  ABSTINENCE_MARKS,
  BAM_LOOK_BACK_DAYS,
  DischargeType,
  MeasureInstrument,
} from '@waypoint/domain';
import '../measure/measure.types.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { checkPeriod, outcomeSources, type OutcomePeriod } from './outcome-sources.js';

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

@ObjectType({ description: ABSTINENCE_DEFINITION })
export class AbstinenceFigure {
  @Field(() => Int, { description: 'Days after the discharge: 30, 60 or 90.' })
  mark: number;

  @Field(() => Int, {
    description: 'Discharges with a follow-up contact that stands for the mark.',
  })
  clients: number;

  @Field(() => Int, { description: 'Of them, no alcohol and no drug use in the BAM’s 30 days.' })
  abstinentAllDays: number;

  @Field(() => Float, { nullable: true, description: 'Mean days abstinent (of 30) over them.' })
  meanDaysAbstinent: number | null;
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

  @Field(() => [AbstinenceFigure], { description: 'At 30, 60 and 90 days after discharge.' })
  daysAbstinent: AbstinenceFigure[];
}

const rate = (part: number, whole: number) => (whole ? part / whole : null);

/**
 * Outcome figures over the discharges of the programs the viewer directs whose discharge day
 * (each program's own) falls in [from, to], on charts they may read: one set-based statement,
 * aggregates only, recorded as one aggregate read.
 */
export async function outcomeFigures(
  scope: ClientScope,
  period: OutcomePeriod,
  programIds?: readonly string[] | null,
): Promise<OutcomeFigures> {
  checkPeriod(period);
  const params = new SqlParams();
  const sources = outcomeSources(scope, params, period, programIds);
  const [row] = await scope.db.query<OutcomeRow[]>(
    `${sources}, contacts AS (
       SELECT count(*) FILTER (WHERE f.status <> 'SCHEDULED')::int AS recorded,
         count(*) FILTER (WHERE f.status = 'DONE')::int AS reached
       FROM follow_up_contact f JOIN d ON f.discharge_id = d.id
     )
     SELECT (SELECT count(*)::int FROM d) AS discharges,
       coalesce((SELECT json_agg(json_build_object('dischargeType', t.discharge_type, 'count', t.n)
                   ORDER BY t.n DESC, t.discharge_type)
                 FROM (SELECT discharge_type, count(*)::int AS n FROM d GROUP BY 1) t), '[]') AS "byType",
       (SELECT avg(discharged_on - admitted_on)::float8 FROM d WHERE admitted_on IS NOT NULL) AS "meanLengthOfStayDays",
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
       (SELECT count(*)::int FROM readmitted WHERE days <= 90) AS "readmittedWithin90Days",
       (SELECT json_agg(json_build_object('mark', t.mark, 'clients', t.clients,
                 'abstinentAllDays', t.whole, 'meanDaysAbstinent', t.mean) ORDER BY t.mark)
          FROM (SELECT m.mark, count(a.days)::int AS clients, avg(a.days)::float8 AS mean,
                  count(*) FILTER (WHERE a.days = ${params.add(BAM_LOOK_BACK_DAYS)}::int)::int AS whole
                FROM unnest(${params.add([...ABSTINENCE_MARKS])}::int[]) AS m(mark)
                LEFT JOIN abstinence a ON a.mark = m.mark GROUP BY m.mark) t) AS "daysAbstinent"
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
    daysAbstinent: r.daysAbstinent,
  };
}

type OutcomeRow = Omit<
  OutcomeFigures,
  'from' | 'to' | 'completionRate' | 'followUpReachRate' | 'bam'
> &
  BamComparison;
