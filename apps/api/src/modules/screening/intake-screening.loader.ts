import type { ClientScope } from '../access/client-scope.js';
import { scopedFirstLoader, scopedGroupLoader } from '../access/scoped-loader.js';
import { IntakeScreening, ScreeningEscalation } from './intake-screening.entity.js';

/** The screening of each episode and its escalations, read through the caller's scope. */
export function createScreeningLoaders(scope: () => ClientScope) {
  return {
    screeningByEpisode: scopedFirstLoader(scope, {
      entity: IntakeScreening,
      recordType: 'IntakeScreening',
      from: 'intake_screening x JOIN episode e ON e.id = x.episode_id',
      keyColumn: 'episode_id',
      keyProperty: 'episodeId',
      orderWithinKey: 'x.id',
    }),
    escalationsByScreening: scopedGroupLoader(scope, {
      entity: ScreeningEscalation,
      recordType: 'ScreeningEscalation',
      from: 'intake_screening_escalation x JOIN episode e ON e.id = x.episode_id',
      keyColumn: 'screening_id',
      keyProperty: 'screeningId',
      orderBy: 'x.recorded_at DESC, x.id DESC',
    }),
  };
}
