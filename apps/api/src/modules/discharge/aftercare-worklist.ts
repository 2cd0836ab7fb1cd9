import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { SqlParams, type ClientScope } from '../access/client-scope.js';

export const AftercareWorkKind = {
  /** A follow-up contact due today or earlier, not yet recorded. */
  FOLLOW_UP_DUE: 'FOLLOW_UP_DUE',
  /** A discharge whose summary is not signed yet. */
  SUMMARY_UNSIGNED: 'SUMMARY_UNSIGNED',
  /** Three follow-ups in a row did not reach the client. */
  OUTREACH: 'OUTREACH',
} as const;
export type AftercareWorkKind = (typeof AftercareWorkKind)[keyof typeof AftercareWorkKind];
registerEnumType(AftercareWorkKind, { name: 'AftercareWorkKind' });

@ObjectType({ description: 'Aftercare work on your caseload: a follow-up due, a summary to sign.' })
export class AftercareWorkItem {
  @Field(() => ID, { description: 'The follow-up contact or discharge.' })
  id: string;

  @Field(() => AftercareWorkKind)
  kind: AftercareWorkKind;

  @Field(() => ID)
  episodeId: string;

  clientId: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dueOn: string | null;

  @Field(() => Int, { description: 'Days past due (0 = due today).' })
  daysOverdue: number;
}

/**
 * The caller's aftercare work, on episodes where they are the case manager or primary clinician
 * and may edit the chart: follow-ups due today or overdue, summaries left unsigned, clients
 * flagged for outreach. "Today" is each program's own. Every row handed out is recorded as read.
 */
export async function myAftercareWork(scope: ClientScope): Promise<AftercareWorkItem[]> {
  const params = new SqlParams([scope.viewer.staffId]);
  const condition = scope.episodeCondition('EDIT_CHART', params, 'e');
  const rows = await scope.db.query<AftercareWorkItem[]>(
    `WITH mine AS (
       SELECT e.id, e.client_id, (now() AT TIME ZONE p.time_zone)::date AS today
       FROM episode e JOIN program p ON p.id = e.program_id
       WHERE e.status IN ('DISCHARGED', 'FOLLOW_UP')
         AND (e.case_manager_id = $1 OR e.primary_clinician_id = $1) AND ${condition}
     )
     SELECT f.id, 'FOLLOW_UP_DUE' AS kind, m.id AS "episodeId", m.client_id AS "clientId",
       f.due_on::text AS "dueOn", (m.today - f.due_on) AS "daysOverdue"
     FROM mine m JOIN follow_up_contact f ON f.episode_id = m.id
     WHERE f.status = 'SCHEDULED' AND f.due_on <= m.today
     UNION ALL
     SELECT d.id, CASE WHEN d.summary_signed_at IS NULL THEN 'SUMMARY_UNSIGNED' ELSE 'OUTREACH' END,
       m.id, m.client_id, NULL, 0
     FROM mine m JOIN discharge d ON d.episode_id = m.id
     WHERE d.summary_signed_at IS NULL OR d.outreach_flagged_at IS NOT NULL
     ORDER BY "daysOverdue" DESC, "dueOn", "episodeId"`,
    params.values,
  );
  for (const r of rows) {
    scope.audit.read(
      r.kind === 'FOLLOW_UP_DUE' ? 'FollowUpContact' : 'Discharge',
      r.id,
      r.clientId,
    );
  }
  return rows;
}
