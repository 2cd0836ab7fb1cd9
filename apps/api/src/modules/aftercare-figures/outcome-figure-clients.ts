import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { clientDisplayName, DischargeType } from '@waypoint/domain';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { checkPeriod, outcomeSources, type OutcomePeriod } from './outcome-sources.js';

export const OutcomeFigure = {
  /** Every discharge of the period with its type: behind the count and the completion rate. */
  DISCHARGES: 'DISCHARGES',
  /** Days from admission to discharge. */
  LENGTH_OF_STAY: 'LENGTH_OF_STAY',
  /** Admitted again within 90 days: days from the discharge to the next admission. */
  READMITTED_WITHIN_90_DAYS: 'READMITTED_WITHIN_90_DAYS',
  /** The stay's first and last PHQ-9 totals. */
  PHQ9_CHANGE: 'PHQ9_CHANGE',
  /** The stay's first and last GAD-7 totals. */
  GAD7_CHANGE: 'GAD7_CHANGE',
  /** Days abstinent at 30, 60 and 90 days after discharge. */
  ABSTINENCE_30: 'ABSTINENCE_30',
  ABSTINENCE_60: 'ABSTINENCE_60',
  ABSTINENCE_90: 'ABSTINENCE_90',
} as const;
export type OutcomeFigure = (typeof OutcomeFigure)[keyof typeof OutcomeFigure];
registerEnumType(OutcomeFigure, { name: 'OutcomeFigure' });

/** Rows listed; the count is always whole. */
export const OUTCOME_LIST_LIMIT = 200;

@ObjectType({ description: 'A discharge behind an outcome figure, with its share of it.' })
export class OutcomeFigureClient {
  @Field(() => ID)
  dischargeId: string;

  @Field(() => ID)
  clientId: string;

  @Field()
  clientName: string;

  @Field(() => ID)
  episodeId: string;

  @Field(() => DischargeType)
  dischargeType: DischargeType;

  @Field(() => GraphQLLocalDate, { description: 'The discharge day, in the program’s time zone.' })
  dischargedOn: string;

  @Field(() => Float, {
    nullable: true,
    description: 'At the start: the first measure total; none for the other figures.',
  })
  startValue: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The discharge’s value: days of stay, days to readmission, last measure total, days abstinent; none for DISCHARGES.',
  })
  value: number | null;
}

@ObjectType()
export class OutcomeFigureClients {
  @Field(() => OutcomeFigure)
  figure: OutcomeFigure;

  @Field(() => Int, { description: 'Every discharge behind the figure.' })
  totalCount: number;

  @Field(() => [OutcomeFigureClient], {
    description: `Up to ${OUTCOME_LIST_LIMIT}, the latest discharge first.`,
  })
  rows: OutcomeFigureClient[];
}

/** Each figure's rows from the shared sources: the discharge, a start value, a value. */
const FIGURE_ROWS: Record<OutcomeFigure, string> = {
  DISCHARGES: `SELECT d.id, NULL::float8, NULL::float8 FROM d`,
  LENGTH_OF_STAY: `SELECT d.id, NULL, d.discharged_on - d.admitted_on
    FROM d WHERE d.admitted_on IS NOT NULL`,
  READMITTED_WITHIN_90_DAYS: `SELECT discharge_id, NULL, days FROM readmitted WHERE days <= 90`,
  PHQ9_CHANGE: `SELECT discharge_id, adm_total, dis_total FROM symptoms WHERE instrument = 'PHQ9'`,
  GAD7_CHANGE: `SELECT discharge_id, adm_total, dis_total FROM symptoms WHERE instrument = 'GAD7'`,
  ABSTINENCE_30: `SELECT discharge_id, NULL, days FROM abstinence WHERE mark = 30`,
  ABSTINENCE_60: `SELECT discharge_id, NULL, days FROM abstinence WHERE mark = 60`,
  ABSTINENCE_90: `SELECT discharge_id, NULL, days FROM abstinence WHERE mark = 90`,
};

interface Row {
  dischargeId: string;
  clientId: string;
  episodeId: string;
  dischargeType: DischargeType;
  dischargedOn: string;
  startValue: number | null;
  value: number | null;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  total: number;
}

/**
 * The discharges behind one outcome figure, over the same sources as the figure (so the list
 * and the number agree), in the programs the viewer directs and on charts they may read. Each
 * discharge listed is recorded as a read of that client's record.
 */
export async function outcomeFigureClients(
  scope: ClientScope,
  figure: OutcomeFigure,
  period: OutcomePeriod,
  programIds?: readonly string[] | null,
): Promise<OutcomeFigureClients> {
  checkPeriod(period);
  const params = new SqlParams();
  const sources = outcomeSources(scope, params, period, programIds);
  const limit = params.add(OUTCOME_LIST_LIMIT);
  const rows = await scope.db.query<Row[]>(
    `${sources}, figure (discharge_id, start_value, value) AS (${FIGURE_ROWS[figure]})
     SELECT d.id AS "dischargeId", d.client_id AS "clientId", d.episode_id AS "episodeId",
       d.discharge_type AS "dischargeType", d.discharged_on::text AS "dischargedOn",
       f.start_value::float8 AS "startValue", f.value::float8 AS value,
       c.first_name AS "firstName", c.last_name AS "lastName", c.preferred_name AS "preferredName",
       (count(*) OVER ())::int AS total
     FROM figure f JOIN d ON d.id = f.discharge_id JOIN client c ON c.id = d.client_id
     ORDER BY d.discharged_at DESC, d.id LIMIT ${limit}::int`,
    params.values,
  );
  for (const r of rows) scope.audit.read('Discharge', r.dischargeId, r.clientId);
  return {
    figure,
    totalCount: rows[0]?.total ?? 0,
    rows: rows.map((r) => ({
      dischargeId: r.dischargeId,
      clientId: r.clientId,
      clientName: clientDisplayName(r),
      episodeId: r.episodeId,
      dischargeType: r.dischargeType,
      dischargedOn: r.dischargedOn,
      startValue: r.startValue,
      value: r.value,
    })),
  };
}
