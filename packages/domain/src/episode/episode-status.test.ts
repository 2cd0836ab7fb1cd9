import { describe, expect, it } from 'vitest';
import {
  EpisodeStatus,
  episodePhase,
  isOpenEpisode,
  mayOpenNewEpisode,
  statusesInPhase,
} from './episode-status.js';

describe('episode phases', () => {
  it('every status belongs to exactly one phase', () => {
    const all = Object.values(EpisodeStatus);
    const byPhase = (['PRE_ADMISSION', 'IN_TREATMENT', 'AFTERCARE', 'ENDED'] as const).flatMap(
      statusesInPhase,
    );
    expect(byPhase.sort()).toEqual([...all].sort());
  });

  it('orientation through discharge planning count in the census', () => {
    expect(statusesInPhase('IN_TREATMENT')).toEqual([
      'ORIENTATION',
      'ACTIVE',
      'ON_HOLD',
      'DISCHARGE_PLANNING',
    ]);
  });

  it('a waitlisted client has not been admitted', () => {
    expect(episodePhase('WAITLISTED')).toBe('PRE_ADMISSION');
  });

  it('side exits and closed episodes are no longer open', () => {
    for (const s of [
      'CLOSED',
      'REFERRED_OUT',
      'DECLINED',
      'LOST_CONTACT',
      'TRANSFERRED',
    ] as const) {
      expect(isOpenEpisode(s)).toBe(false);
    }
    expect(isOpenEpisode('FOLLOW_UP')).toBe(true);
  });
});

describe('readmission', () => {
  it('a new episode may follow an ended or aftercare episode, not one in intake or treatment', () => {
    expect(mayOpenNewEpisode(null)).toBe(true);
    expect(mayOpenNewEpisode('CLOSED')).toBe(true);
    expect(mayOpenNewEpisode('FOLLOW_UP')).toBe(true);
    expect(mayOpenNewEpisode('SCREENING')).toBe(false);
    expect(mayOpenNewEpisode('ACTIVE')).toBe(false);
  });
});
