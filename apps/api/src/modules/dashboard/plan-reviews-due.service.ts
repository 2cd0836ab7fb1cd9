import { In } from 'typeorm';
import { isCalendarDate, type ReviewDueReason, type ReviewDueStatus } from '@waypoint/domain';
import { decodeCursor, toConnection } from '../../graphql/connection.js';
import { isRecordId } from '../../graphql/input-guard.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { Client } from '../client/client.entity.js';
import { Episode } from '../episode/episode.entity.js';
import { TreatmentPlan } from '../treatment-plan/treatment-plan.entity.js';
import type { PlanReviewDue } from '../treatment-plan/treatment-plan.types.js';
import { notACursor } from '../../graphql/connection.js';
import { programDayCte, reviewStatusSql } from './program-day.sql.js';

export interface PlanReviewsDueArgs {
  programId?: string | null;
  statuses?: ReviewDueStatus[] | null;
  first: number;
  after?: string | null;
}

interface DueRow {
  episodeId: string;
  clientId: string;
  planId: string | null;
  dueDate: string;
  status: ReviewDueStatus;
  reason: ReviewDueReason;
  daysUntilDue: number;
}

/**
 * Reviews and initial plans due for the in-treatment clients the viewer may see, soonest first,
 * one page at a time: the review clock stored on each episode (computed by the domain on every
 * write that changes it), its status on the program's today.
 */
export async function listPlanReviewsDue(
  scope: ClientScope,
  args: PlanReviewsDueArgs,
  now = new Date(),
) {
  const params = new SqlParams();
  const where = [scope.episodeCondition('READ_CHART', params), 'e.review_due_on IS NOT NULL'];
  if (args.programId) where.push(`e.program_id = ${params.add(args.programId)}::uuid`);
  if (args.statuses?.length) {
    where.push(
      `${reviewStatusSql('e.review_due_on', 'd')} = ANY(${params.add(args.statuses)}::text[])`,
    );
  }
  let after = 'true';
  if (args.after) {
    const [dueDate, episodeId] = decodeCursor(args.after, 2);
    if (typeof dueDate !== 'string' || !isCalendarDate(dueDate) || !isRecordId(episodeId)) {
      throw notACursor();
    }
    after = `(r."dueDate", r."episodeId") > (${params.add(dueDate)}::date, ${params.add(episodeId)}::uuid)`;
  }
  const [result] = await scope.db.query<{ total: number; page: DueRow[] }[]>(
    `WITH ${programDayCte(params, now)},
     r AS (
       SELECT e.id AS "episodeId", e.client_id AS "clientId", ap.id AS "planId",
         e.review_due_on AS "dueDate", ${reviewStatusSql('e.review_due_on', 'd')} AS status,
         e.review_due_reason AS reason, e.review_due_on - d.today AS "daysUntilDue"
       FROM episode e
       JOIN client c ON c.id = e.client_id
       JOIN program_day d ON d.program_id = e.program_id
       LEFT JOIN treatment_plan ap ON ap.episode_id = e.id AND ap.status = 'ACTIVE'
       WHERE ${where.join(' AND ')}
     )
     SELECT (SELECT count(*)::int FROM r) AS total,
       (SELECT coalesce(json_agg(row_to_json(r) ORDER BY r."dueDate", r."episodeId"), '[]')
        FROM (SELECT * FROM r WHERE ${after} ORDER BY "dueDate", "episodeId" LIMIT ${args.first + 1}) r) AS page`,
    params.values,
  );
  const page = toConnection(result!.page, args.first, result!.total, (r) => [
    r.dueDate,
    r.episodeId,
  ]);
  const rows = page.edges.map((e) => e.node);
  const [episodes, clients, plans] = await Promise.all([
    scope.db.getRepository(Episode).findBy({ id: In(rows.map((r) => r.episodeId)) }),
    scope.db.getRepository(Client).findBy({ id: In(rows.map((r) => r.clientId)) }),
    scope.db
      .getRepository(TreatmentPlan)
      .findBy({ id: In(rows.flatMap((r) => (r.planId ? [r.planId] : []))) }),
  ]);
  const episodeById = new Map(episodes.map((e) => [e.id, e]));
  const clientById = new Map(clients.map((c) => [c.id, c]));
  const planById = new Map(plans.map((p) => [p.id, p]));
  return {
    ...page,
    edges: page.edges.map(({ cursor, node: r }): { cursor: string; node: PlanReviewDue } => {
      scope.audit.read('Episode', r.episodeId, r.clientId);
      scope.audit.read('Client', r.clientId, r.clientId);
      if (r.planId) scope.audit.read('TreatmentPlan', r.planId, r.clientId);
      return {
        cursor,
        node: {
          episode: episodeById.get(r.episodeId)!,
          client: clientById.get(r.clientId)!,
          plan: r.planId ? planById.get(r.planId)! : null,
          dueDate: r.dueDate,
          status: r.status,
          reason: r.reason,
          daysUntilDue: r.daysUntilDue,
        },
      };
    }),
  };
}
