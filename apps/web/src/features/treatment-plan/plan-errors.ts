import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { missingItems, type GapItem } from './signable';

/** Why a plan change was not saved, in terms a screen can act on. */
export type PlanFailure =
  /** Field problems the API found, keyed by the input's field name. */
  | { kind: 'invalid'; fields: Record<string, string> }
  /** Someone saved first; `current` is their record as the API sent it (or null if absent). */
  | { kind: 'conflict'; current: Record<string, unknown> | null; message: string }
  /** The plan is not in a state that allows this (content of a signed plan, an unsignable draft). */
  | { kind: 'invalid-transition'; message: string; missing: GapItem[] }
  /** The record is gone (removed by someone else). */
  | { kind: 'not-found' }
  | { kind: 'forbidden'; message: string }
  /** The session ended; the app is on its way to the sign-in page and form drafts are kept. */
  | { kind: 'signed-out' }
  | { kind: 'failed'; error: unknown };

const record = (x: unknown): Record<string, unknown> | null =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : null;

export function planFailure(error: unknown): PlanFailure {
  const e = apiError(error);
  switch (e?.code) {
    case 'BAD_USER_INPUT':
      return { kind: 'invalid', fields: fieldErrors(error) };
    case 'CONFLICT':
      return { kind: 'conflict', current: record(e.extensions.current), message: e.message };
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
