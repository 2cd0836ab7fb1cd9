import type { StaffRole } from '../staff/staff-role.js';
import { ConsentPurpose } from './consent-coverage.js';

/**
 * Exporting a client's record (issue 16) is a disclosure. To a named recipient it needs a consent
 * that covers the recipient and purpose (consentCoverage, counseling notes never included); to
 * the client themself it rests on their own right of access, and a director makes it for them.
 */
export const RIGHT_OF_ACCESS_RECIPIENT = 'The client (own right of access)';

/** Whether someone holding these roles in the episode's program may export for the client. */
export function mayExportForClient(rolesInProgram: readonly StaffRole[]): boolean {
  return rolesInProgram.includes('DIRECTOR');
}

export const RIGHT_OF_ACCESS_REFUSAL =
  'Only a director exports a record for the client; to send it elsewhere, name a recipient a consent covers.';

export function isConsentPurpose(value: unknown): value is ConsentPurpose {
  return typeof value === 'string' && (Object.values(ConsentPurpose) as string[]).includes(value);
}
