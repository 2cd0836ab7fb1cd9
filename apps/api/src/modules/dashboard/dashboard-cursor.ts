import { BadUserInputError } from '../../graphql/errors.js';

/** A cursor that decodes but was not made by this list (another list's, another order's, edited). */
export function notACursor(): BadUserInputError {
  return new BadUserInputError([{ field: 'after', message: 'is not a cursor from this list' }]);
}
