import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { EpisodeStatus, isOpenEpisode } from '@waypoint/domain';
import type { GraphQLContext } from '../../graphql/context.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { programsWhere } from '../auth/viewer.js';
import { Episode } from '../episode/episode.entity.js';

const OPEN_STATUSES = Object.values(EpisodeStatus).filter(isOpenEpisode);
/** Enough for any clinic's departures at once; the list empties as the director reassigns. */
const LIST_LIMIT = 200;

/**
 * Open episodes whose primary clinician or case manager has been deactivated, in the programs
 * the viewer directs (and may edit, by the same scope as any chart), oldest first. The episodes
 * are read through the scoped loader, so each is checked and recorded as read.
 */
export async function careTeamReassignments(
  scope: ClientScope,
  loadEpisodes: (ids: string[]) => Promise<Episode[]>,
): Promise<Episode[]> {
  const directed = programsWhere(scope.viewer, ['DIRECTOR']);
  if (!directed.length) return [];
  const params = new SqlParams();
  const rows = await scope.db.query<{ id: string }[]>(
    `SELECT e.id FROM episode e
     WHERE e.program_id = ANY(${params.add(directed)}::uuid[])
       AND e.status = ANY(${params.add(OPEN_STATUSES)}::text[])
       AND ${scope.episodeCondition('EDIT_CHART', params)}
       AND EXISTS (SELECT 1 FROM staff s
                   WHERE NOT s.active AND s.id IN (e.primary_clinician_id, e.case_manager_id))
     ORDER BY e.opened_at, e.id LIMIT ${LIST_LIMIT}`,
    params.values,
  );
  return loadEpisodes(rows.map((r) => r.id));
}

@Resolver()
export class CareTeamReassignmentResolver {
  @Authorized('EDIT_CHART')
  @Query(() => [Episode], {
    description:
      'For directors: open episodes in programs you direct whose primary clinician or case ' +
      'manager has been deactivated, oldest first; reassign them with assignCareTeam.',
  })
  careTeamReassignments(@Ctx() ctx: GraphQLContext): Promise<Episode[]> {
    return careTeamReassignments(ctx.scope(), (ids) =>
      Promise.all(ids.map((id) => ctx.loaders.episode.load(id))),
    );
  }
}
