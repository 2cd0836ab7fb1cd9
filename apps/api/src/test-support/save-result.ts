import { expect } from 'vitest';
import type { GraphQLResponse } from './test-server.js';

/**
 * The selection of a versioned save's answer (a `<Type>SaveResult` union): `fields` of the saved
 * record, or the conflict's message and `currentFields` of the record as it stands.
 */
export function saveAnswer(
  type: string,
  fields: string,
  { conflict = `${type}Conflict`, currentFields = fields } = {},
): string {
  return `__typename ... on ${type} { ${fields} } ... on ${conflict} { message current { ${currentFields} } }`;
}

export interface ConflictAnswer<T> {
  __typename: string;
  message: string;
  current: T | null;
}

/** The conflict a save answered under `field`; fails the test when it saved or errored. */
export function conflictIn<T = Record<string, unknown>>(
  res: GraphQLResponse,
  field: string,
): ConflictAnswer<T> {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  const answer = (res.data as Record<string, ConflictAnswer<T>> | null | undefined)?.[field];
  expect(answer?.__typename, 'expected a conflict').toMatch(/Conflict$/);
  return answer!;
}
