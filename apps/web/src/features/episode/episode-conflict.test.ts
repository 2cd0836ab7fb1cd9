import { describe, expect, it } from 'vitest';
import { episodeFieldsOf, theirEpisode } from './episode-conflict';

// As the API serialises the stored episode into CONFLICT's `current`.
const current = {
  id: 'e-1',
  clientId: 'c-1',
  programId: 'p-1',
  status: 'ORIENTATION',
  version: 7,
  primaryClinicianId: 's-1',
  caseManagerId: null,
  admissionDecision: 'ADMIT',
  admissionRationale: 'Good fit',
  admittedAt: '2026-10-09T16:00:00.000Z',
  dischargedAt: null,
  orientation: { CONFIDENTIALITY: '2026-10-10T16:00:00.000Z', BOGUS: 3 },
  updatedAt: '2026-10-10T16:00:00.000Z',
};

describe('the episode someone else saved first', () => {
  it('is read from the conflict, keeping only well-formed values', () => {
    const theirs = theirEpisode(current);
    expect(theirs).toMatchObject({
      version: 7,
      status: 'ORIENTATION',
      primaryClinicianId: 's-1',
      caseManagerId: null,
      admissionDecision: 'ADMIT',
      orientation: { CONFIDENTIALITY: '2026-10-10T16:00:00.000Z' },
    });
  });

  it('anything without a version and a known status is not an episode', () => {
    expect(theirEpisode(null)).toBeNull();
    expect(theirEpisode({ version: 2, status: 'PARTY' })).toBeNull();
    expect(theirEpisode({ status: 'INQUIRY' })).toBeNull();
  });

  it('an unknown decision is dropped rather than shown', () => {
    expect(theirEpisode({ ...current, admissionDecision: 'MAYBE' })?.admissionDecision).toBeNull();
  });

  it('becomes cache fields with words, phase, moves and checklist from the domain', () => {
    const fields = episodeFieldsOf(theirEpisode(current)!);
    expect(fields).toMatchObject({
      version: 7,
      status: 'ORIENTATION',
      statusLabel: 'Orientation',
      phase: 'IN_TREATMENT',
    });
    const moves = fields.availableTransitions as { to: string; __typename: string }[];
    expect(moves.map((m) => m.to)).toEqual([
      'ACTIVE',
      'DISCHARGE_PLANNING',
      'DISCHARGED',
      'TRANSFERRED',
    ]);
    expect(moves[0]?.__typename).toBe('AvailableTransition');
    const checklist = fields.orientationChecklist as { key: string; doneAt: string | null }[];
    expect(checklist.filter((i) => i.doneAt).map((i) => i.key)).toEqual(['CONFIDENTIALITY']);
    expect(checklist).toHaveLength(7);
  });
});
