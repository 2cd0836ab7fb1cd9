import { BadUserInputError } from './errors.js';
import { isRecordId } from './input-guard.js';

/** Record ids are UUIDs; anything else is refused as input naming the argument, before any SQL. */
export function requireId(value: string, field: string): string {
  if (!isRecordId(value)) throw new BadUserInputError([{ field, message: 'is not a valid id' }]);
  return value;
}
