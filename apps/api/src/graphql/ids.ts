import { BadUserInputError } from './errors.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Record ids are UUIDs; anything else is refused as input naming the argument, before any SQL. */
export function requireId(value: string, field: string): string {
  if (!uuid.test(value)) throw new BadUserInputError([{ field, message: 'is not a valid id' }]);
  return value;
}
