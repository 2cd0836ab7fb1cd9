import {
  completionOutcome,
  completionPercent,
  REFERRAL_COMPLETION_WINDOW_DAYS,
  type ReferralStatus,
  type ResourceCategory,
} from '@waypoint/domain';
import { selectColumns } from '../../db/select-columns.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { directedPrograms } from '../aftercare-figures/directed-programs.js';
import type { DashboardFilter } from '../dashboard/dashboard.types.js';
import { Referral } from './referral.entity.js';

export interface CategoryCompletionRow {
  category: ResourceCategory | null;
  completed: number;
  ended: number;
  percent: number | null;
}

/** The statuses an ended referral can count with (see `completionOutcome`). */
const COUNTED = ['COMPLETED', 'REJECTED', 'CLIENT_DECLINED', 'NO_RESPONSE'] as const;

/**
 * Referrals of the programs the viewer directs (narrowed by the dashboard's filter: programs and
 * primary clinician) that ended within the completion window. A closed referral is not edited
 * again, so its last update is when it ended.
 */
function endedReferrals(scope: ClientScope, filter: DashboardFilter | null | undefined) {
  const params = new SqlParams([
    directedPrograms(scope, filter?.programIds),
    COUNTED,
    REFERRAL_COMPLETION_WINDOW_DAYS,
  ]);
  const where = [
    'e.program_id = ANY($1::uuid[])',
    'x.status = ANY($2::text[])',
    'x.updated_at > now() - make_interval(days => $3)',
    scope.episodeCondition('READ_CHART', params, 'e'),
  ];
  if (filter?.clinicianId) {
    where.push(`e.primary_clinician_id = ${params.add(filter.clinicianId)}::uuid`);
  }
  return {
    params,
    from: `FROM referral x JOIN episode e ON e.id = x.episode_id
      LEFT JOIN community_resource r ON r.id = x.resource_id
      WHERE ${where.join(' AND ')}`,
  };
}

/**
 * Completion rate per resource category (null: an ad-hoc provider outside the directory), over
 * the referrals that ended in the window. Counts only, no client's record: nothing audited.
 */
export async function referralCompletion(
  scope: ClientScope,
  filter: DashboardFilter | null | undefined,
): Promise<CategoryCompletionRow[]> {
  const { params, from } = endedReferrals(scope, filter);
  const rows = await scope.db.query<
    { category: ResourceCategory | null; status: ReferralStatus; n: number }[]
  >(
    `SELECT r.category, x.status, count(*)::int AS n ${from} GROUP BY r.category, x.status`,
    params.values,
  );
  const byCategory = new Map<ResourceCategory | null, { completed: number; ended: number }>();
  for (const { category, status, n } of rows) {
    const outcome = completionOutcome(status);
    if (!outcome) continue;
    const tally = byCategory.get(category) ?? { completed: 0, ended: 0 };
    tally.ended += n;
    if (outcome === 'COMPLETED') tally.completed += n;
    byCategory.set(category, tally);
  }
  return [...byCategory]
    .map(([category, t]) => ({ category, ...t, percent: completionPercent(t.completed, t.ended) }))
    .sort((a, b) => b.ended - a.ended || String(a.category).localeCompare(String(b.category)));
}

/** The referrals behind one category's rate (drill-down), latest ended first; each read audited. */
export async function referralCompletionReferrals(
  scope: ClientScope,
  filter: DashboardFilter | null | undefined,
  category: ResourceCategory | null,
): Promise<Referral[]> {
  const { params, from } = endedReferrals(scope, filter);
  const inCategory =
    category === null ? 'r.category IS NULL' : `r.category = ${params.add(category)}`;
  const referrals = await scope.db.query<Referral[]>(
    `SELECT ${selectColumns(scope.db, Referral, 'x')} ${from} AND ${inCategory}
     ORDER BY x.updated_at DESC, x.id LIMIT 200`,
    params.values,
  );
  for (const r of referrals) scope.audit.read('Referral', r.id, r.clientId);
  return referrals;
}
