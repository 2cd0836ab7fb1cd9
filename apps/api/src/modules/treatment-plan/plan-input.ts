import type { z } from 'zod';
import { fieldIssues } from '@waypoint/domain';
import { BadUserInputError } from '../../graphql/errors.js';

/**
 * Validates input with a domain schema (packages/domain/src/treatment-plan/plan-inputs.ts, the
 * same the web forms use), after the caller was authorized. BAD_USER_INPUT names each field.
 */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new BadUserInputError(fieldIssues(result.error));
  return result.data;
}

/** As parseWith for one field of an input (the refusal names that field). */
export function parseField<S extends z.ZodType>(
  field: string,
  schema: S,
  value: unknown,
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new BadUserInputError([{ field, message: result.error.issues[0]!.message }]);
  }
  return result.data;
}
