import { findEpisodeTransition, type EpisodeStatus } from '@waypoint/domain';
import { describeError, type ErrorDescription } from '../../ui/error-message';
import type { TheirEpisode } from './episode-conflict';
import type { Refusal, TransitionErrors } from './transition-form';
import type { TransitionResult } from './use-transition-episode-mutation';

/** What stands in the way of a move, shown above the dialog's fields. */
export type MoveProblem =
  | { kind: 'refused'; title: string; orientation: string[]; other: boolean }
  /** `was`: the status the dialog saw when the move was sent. */
  | { kind: 'conflict'; theirs: TheirEpisode; was: EpisodeStatus }
  | { kind: 'forbidden' }
  | { kind: 'failed'; description: ErrorDescription };

export interface MoveDialogControls {
  setErrors: (errors: TransitionErrors) => void;
  setProblem: (problem: MoveProblem | null) => void;
  close: () => void;
}

/** A refusal (here or by the API): field errors on the fields, the rest above them. */
export function showRefusal(refusal: Refusal, title: string, controls: MoveDialogControls) {
  controls.setErrors(refusal.fields);
  controls.setProblem(
    refusal.orientation.length > 0 || refusal.other
      ? { kind: 'refused', title, orientation: refusal.orientation, other: refusal.other }
      : null,
  );
}

/**
 * What a dialog does with the API's answer to a move sent from status `was`; entries stay in the
 * form unless it closes.
 */
export function applyMoveResult(
  result: TransitionResult,
  was: EpisodeStatus,
  controls: MoveDialogControls,
) {
  switch (result.kind) {
    case 'moved':
    case 'moved-away':
      return controls.close();
    case 'refused':
      return showRefusal(result.refused.refusal, result.refused.title, controls);
    case 'invalid':
      return showRefusal(result.refusal, 'Check the entries below', controls);
    case 'conflict':
      return controls.setProblem({ kind: 'conflict', theirs: result.theirs, was });
    case 'forbidden':
      return controls.setProblem({ kind: 'forbidden' });
    case 'signed-out':
      // On the way to the sign-in page.
      return;
    case 'failed':
      return controls.setProblem({ kind: 'failed', description: describeError(result.error) });
  }
}

/** After someone else's change, whether the move asked for can still be made from where it is. */
export function stillPossible(problem: MoveProblem | null, to: EpisodeStatus | null): boolean {
  if (problem?.kind !== 'conflict' || !to) return true;
  return findEpisodeTransition(problem.theirs.status, to) !== undefined;
}
