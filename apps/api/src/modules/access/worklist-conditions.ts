import type { ClientScope, SqlParams } from './client-scope.js';

/** Whose work a worklist shows: the viewer's caseload, or the chosen programs (all readable). */
export interface WorklistReach {
  /** Only episodes where the viewer is the case manager or the primary clinician. */
  mine: boolean;
  programIds?: readonly string[] | null;
  /** The director dashboard's clinician filter: that primary clinician's caseload. */
  clinicianId?: string | null;
}

/**
 * The SQL conditions on the episode `e` that every worklist shares: readable by the viewer
 * (READ_CHART, judged per episode), then narrowed by `reach`.
 */
export function worklistConditions(
  scope: ClientScope,
  params: SqlParams,
  reach: WorklistReach,
): string[] {
  const where = [scope.episodeCondition('READ_CHART', params, 'e')];
  if (reach.mine) {
    const me = params.add(scope.viewer.staffId);
    where.push(`(e.case_manager_id = ${me} OR e.primary_clinician_id = ${me})`);
  }
  if (reach.programIds?.length) {
    where.push(`e.program_id = ANY(${params.add(reach.programIds)}::uuid[])`);
  }
  if (reach.clinicianId) {
    where.push(`e.primary_clinician_id = ${params.add(reach.clinicianId)}::uuid`);
  }
  return where;
}
