import { EpisodeStatus } from '@waypoint/domain';
import { describe, expect, it } from 'vitest';
import {
  episodeStatusColor,
  episodeStatusLabel,
  phaseLabels,
  phasesInOrder,
} from './episode-status';

describe('episode status display', () => {
  it('every status has a human label and a colour', () => {
    for (const status of Object.values(EpisodeStatus)) {
      expect(episodeStatusLabel(status)).toMatch(/^[A-Z][a-z -]+$/);
      expect(episodeStatusColor(status)).toBeTruthy();
    }
  });

  it('a paused client stands out from active ones', () => {
    expect(episodeStatusColor('ON_HOLD')).not.toBe(episodeStatusColor('ACTIVE'));
  });

  it('every ended episode is shown in the same quiet grey', () => {
    for (const status of [
      'CLOSED',
      'REFERRED_OUT',
      'DECLINED',
      'LOST_CONTACT',
      'TRANSFERRED',
    ] as const) {
      expect(episodeStatusColor(status)).toBe('gray');
    }
  });

  it('phases are offered in lifecycle order with the names staff use', () => {
    expect(phasesInOrder.map((p) => phaseLabels[p])).toEqual([
      'Pre-admission',
      'In treatment',
      'Aftercare',
      'Ended',
    ]);
  });
});
