import { Assessment } from '../assessment/assessment.entity.js';
import { SafetyFollowUp } from '../assessment/safety-follow-up.entity.js';
import type { ClientScope } from '../access/client-scope.js';
import { scopedGroupLoader } from '../access/scoped-loader.js';

/** Per request: an episode's measures and safety follow-ups, read (and audited) through the scope. */
export function createMeasureLoaders(scope: () => ClientScope) {
  return {
    /** The scored measures, oldest first (a trend reads left to right). */
    measuresByEpisode: scopedGroupLoader(scope, {
      entity: Assessment,
      recordType: 'Assessment',
      from: 'assessment x JOIN episode e ON e.id = x.episode_id',
      keyColumn: 'episode_id',
      keyProperty: 'episodeId',
      orderBy: 'x.administered_at, x.id',
      where: `x.instrument IN ('PHQ9', 'GAD7', 'BAM')`,
    }),
    safetyFollowUpsByEpisode: scopedGroupLoader(scope, {
      entity: SafetyFollowUp,
      recordType: 'SafetyFollowUp',
      from: 'safety_follow_up x JOIN episode e ON e.id = x.episode_id',
      keyColumn: 'episode_id',
      keyProperty: 'episodeId',
      orderBy: 'x.recorded_at, x.id',
    }),
  };
}
