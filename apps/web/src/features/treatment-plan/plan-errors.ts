import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { missingItems, type GapItem } from './signable';

/** Why a plan change was not saved, in terms a screen can act on. */
export type PlanFailure =
  /** Field problems the API found, keyed by the input's field name. */
  | { kind: 'invalid'; fields: Record<string, string> }
  /**
   * Someone saved first. A save answers it as data (see `attemptSave`, which adds their record);
   * a CONFLICT error (never carrying a record) only for a record its answer cannot name.
   */
  | { kind: 'conflict'; message: string }
  /** The plan is not in a state that allows this (content of a signed plan, an unsignable draft). */
  | { kind: 'invalid-transition'; message: string; missing: GapItem[] }
  /** The record is gone (removed by someone else). */
  | { kind: 'not-found' }
  | { kind: 'forbidden'; message: string }
  /** The session ended; the app is on its way to the sign-in page and form drafts are kept. */
  | { kind: 'signed-out' }
  | { kind: 'failed'; error: unknown };

export function planFailure(error: unknown): PlanFailure {
  const e = apiError(error);
  switch (e?.code) {
    case 'BAD_USER_INPUT':
      return { kind: 'invalid', fields: fieldErrors(error) };
    case 'CONFLICT':
      return { kind: 'conflict', message: e.message };
    case 'INVALID_TRANSITION':
      return {
        kind: 'invalid-transition',
        message: e.message,
        missing: missingItems(e.extensions.missing),
      };
    case 'NOT_FOUND':
      return { kind: 'not-found' };
    case 'FORBIDDEN':
      return { kind: 'forbidden', message: e.message };
    case 'UNAUTHENTICATED':
      return { kind: 'signed-out' };
    default:
      return { kind: 'failed', error };
  }
}

export type PlanResult<T = undefined> = { kind: 'saved'; data: T } | PlanFailure;

/** Runs a mutation and describes its outcome instead of throwing. */
export async function attempt<T>(run: () => Promise<T>): Promise<PlanResult<T>> {
  try {
    return { kind: 'saved', data: await run() };
  } catch (error) {
    return planFailure(error);
  }
}

/** The conflict member of a save's answer (the API's `<Record>Conflict`). */
type ConflictIn<A> = Extract<A, { __typename: `${string}Conflict` }>;
type CurrentIn<A> = ConflictIn<A> extends { current?: infer C } ? NonNullable<C> : never;

/**
 * How a versioned save went: saved with the record, or a conflict with the record as it stands
 * (typed, already in Apollo's cache by id; null when the API could not show it) and who saved it
 * (when the save selected `savedBy`), or a refusal.
 */
export type SaveOutcome<A> =
  | { kind: 'saved'; data: Exclude<A, ConflictIn<A>> }
  | { kind: 'conflict'; message: string; current: CurrentIn<A> | null; savedBy: string | null }
  | Exclude<PlanFailure, { kind: 'conflict' }>
  | { kind: 'conflict'; message: string; current: null; savedBy: null };

/** Runs a versioned save and picks its answer (`answerOf`) apart: saved or a conflict. */
export async function attemptSave<T, A extends { __typename: string }>(
  run: () => Promise<T>,
  answerOf: (result: T) => A | null | undefined,
): Promise<SaveOutcome<A>> {
  const result = await attempt(run);
  if (result.kind === 'conflict') return { ...result, current: null, savedBy: null };
  if (result.kind !== 'saved') return result;
  const answer = answerOf(result.data);
  if (!answer) return { kind: 'failed', error: null };
  if (answer.__typename.endsWith('Conflict')) {
    const conflict = answer as ConflictIn<A> & {
      message: string;
      current?: CurrentIn<A> | null;
      savedBy?: { displayName: string } | null;
    };
    return {
      kind: 'conflict',
      message: conflict.message,
      current: conflict.current ?? null,
      savedBy: conflict.savedBy?.displayName ?? null,
    };
  }
  return { kind: 'saved', data: answer as Exclude<A, ConflictIn<A>> };
}
