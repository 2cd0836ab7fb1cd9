import type { DataSource } from 'typeorm';
import { programsAllowing } from '@waypoint/domain';
import { selectColumns } from '../../db/select-columns.js';
import type { Viewer } from '../auth/viewer.js';
import { CommunityResource } from './community-resource.entity.js';

/**
 * The resources the re-verification job flagged, in the programs where the viewer may verify
 * them (MANAGE_RESOURCES), longest due first: the case manager's "check these again" list. Not
 * client data, so nothing is audited.
 */
export async function resourcesToReverify(
  db: DataSource,
  viewer: Viewer,
  programIds: readonly string[] | null,
): Promise<CommunityResource[]> {
  const allowed = programsAllowing(viewer.programRoles, 'MANAGE_RESOURCES');
  const params: unknown[] = [];
  const where = ['x.reverify_due_on IS NOT NULL'];
  if (allowed !== 'ALL') where.push(`x.program_id = ANY($${params.push(allowed)}::uuid[])`);
  if (programIds?.length) where.push(`x.program_id = ANY($${params.push(programIds)}::uuid[])`);
  return db.query<CommunityResource[]>(
    `SELECT ${selectColumns(db, CommunityResource, 'x')} FROM community_resource x
     WHERE ${where.join(' AND ')}
     ORDER BY x.reverify_due_on, x.name, x.id LIMIT 200`,
    params,
  );
}
