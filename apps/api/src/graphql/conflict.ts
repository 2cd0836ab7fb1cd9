import { DomainError } from './errors.js';

/**
 * A write named a version that is no longer current. Carries the current record so the client
 * can show it beside its own edit and let the user re-apply the change.
 */
export class ConflictError extends DomainError {
  constructor(recordType: string, current: object) {
    super('CONFLICT', `${recordType} was changed by someone else; review the current version`, {
      recordType,
      current,
    });
  }
}
