import { describe, expect, it } from 'vitest';
import {
  previousVersion,
  revisionInProgress,
  versionDates,
  versionInEffect,
  type VersionLike,
} from './plan-versions';

const v = (
  versionNumber: number,
  status: string,
  extra: Partial<VersionLike> = {},
): VersionLike => ({
  id: `v${versionNumber}`,
  versionNumber,
  status,
  createdAt: '2026-10-01T17:00:00Z',
  ...extra,
});
const versions = [v(3, 'DRAFT'), v(2, 'ACTIVE'), v(1, 'SUPERSEDED')];

describe('plan versions', () => {
  it('while the version in effect is shown, a revision being written is pointed to', () => {
    expect(revisionInProgress(versions, { id: 'v2', status: 'ACTIVE' })?.id).toBe('v3');
    expect(revisionInProgress(versions, { id: 'v3', status: 'DRAFT' })).toBeNull();
    expect(revisionInProgress([v(1, 'ACTIVE')], { id: 'v1', status: 'ACTIVE' })).toBeNull();
  });

  it('finds the version in effect and the one a version revised', () => {
    expect(versionInEffect(versions)?.id).toBe('v2');
    expect(previousVersion(versions, { versionNumber: 3 })?.id).toBe('v2');
    expect(previousVersion(versions, { versionNumber: 1 })).toBeNull();
  });

  it('says when each version was in effect, in the program’s time zone', () => {
    expect(
      versionDates(
        v(1, 'SUPERSEDED', {
          activatedAt: '2026-10-02T03:00:00Z',
          endedAt: '2026-11-01T18:00:00Z',
          endReason: 'Replaced by version 2',
        }),
        'America/Los_Angeles',
      ),
    ).toBe('In effect 1 Oct 2026 – 1 Nov 2026 · Replaced by version 2');
    expect(versionDates(v(2, 'ACTIVE', { activatedAt: '2026-11-01T18:00:00Z' }), 'UTC')).toBe(
      'In effect since 1 Nov 2026',
    );
    expect(
      versionDates(v(3, 'DRAFT', { createdBy: { displayName: 'Jonah Whitfield, LCSW' } }), 'UTC'),
    ).toBe('Started 1 Oct 2026 by Jonah Whitfield, LCSW');
  });
});
