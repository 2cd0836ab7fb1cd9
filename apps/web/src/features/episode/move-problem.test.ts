import { describe, expect, it, vi } from 'vitest';
import type { TheirEpisode } from './episode-conflict';
import { applyMoveResult, stillPossible, type MoveProblem } from './move-problem';

const theirs = (status: TheirEpisode['status']): TheirEpisode => ({
  version: 9,
  status,
  primaryClinicianId: null,
  caseManagerId: null,
  updatedAt: '2026-11-27T09:00:00.000Z',
  savedBy: null,
});

function controls() {
  return { setErrors: vi.fn(), setProblem: vi.fn(), close: vi.fn() };
}

describe('what a move’s dialog does with the answer', () => {
  it('closes once the move is made, whether or not the chart stays open', () => {
    for (const kind of ['moved', 'moved-away'] as const) {
      const c = controls();
      applyMoveResult({ kind }, 'ASSESSMENT', c);
      expect(c.close).toHaveBeenCalledOnce();
    }
  });

  it('shows what the lifecycle still needs against the fields, and the rest above them', () => {
    const c = controls();
    applyMoveResult(
      {
        kind: 'refused',
        refused: {
          title: 'Cannot move from Orientation to Active',
          refusal: { fields: {}, orientation: ['Drug and alcohol screening policy'], other: false },
        },
      },
      'ORIENTATION',
      c,
    );
    expect(c.setErrors).toHaveBeenCalledWith({});
    expect(c.setProblem).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'refused',
        orientation: ['Drug and alcohol screening policy'],
      }),
    );
    expect(c.close).not.toHaveBeenCalled();
  });

  it('a refusal that only names fields needs no alert', () => {
    const c = controls();
    applyMoveResult(
      {
        kind: 'invalid',
        refusal: {
          fields: { primaryClinicianId: 'Must be a clinician' },
          orientation: [],
          other: false,
        },
      },
      'ASSESSMENT',
      c,
    );
    expect(c.setErrors).toHaveBeenCalledWith({ primaryClinicianId: 'Must be a clinician' });
    expect(c.setProblem).toHaveBeenCalledWith(null);
  });

  it('a conflict keeps the entries and remembers where the episode was', () => {
    const c = controls();
    applyMoveResult({ kind: 'conflict', theirs: theirs('WAITLISTED') }, 'ASSESSMENT', c);
    expect(c.setProblem).toHaveBeenCalledWith({
      kind: 'conflict',
      theirs: theirs('WAITLISTED'),
      was: 'ASSESSMENT',
    });
    expect(c.close).not.toHaveBeenCalled();
  });

  it('a failure is described for staff, never in the server’s words', () => {
    const c = controls();
    applyMoveResult({ kind: 'failed', error: new TypeError('Failed to fetch') }, 'INQUIRY', c);
    const [problem] = c.setProblem.mock.lastCall as [MoveProblem];
    expect(problem.kind === 'failed' && problem.description.title).toBe('Cannot reach Waypoint');
  });
});

describe('after someone else’s change', () => {
  const conflict = (status: TheirEpisode['status']): MoveProblem => ({
    kind: 'conflict',
    theirs: theirs(status),
    was: 'ASSESSMENT',
  });

  it('the move can be saved again when the lifecycle still allows it from there', () => {
    // They waitlisted the client; admitting from the waitlist is still a move.
    expect(stillPossible(conflict('WAITLISTED'), 'ORIENTATION')).toBe(true);
  });

  it('not when it no longer does', () => {
    expect(stillPossible(conflict('DECLINED'), 'ORIENTATION')).toBe(false);
  });

  it('without a conflict nothing stands in the way', () => {
    expect(stillPossible(null, 'SCREENING')).toBe(true);
  });
});
