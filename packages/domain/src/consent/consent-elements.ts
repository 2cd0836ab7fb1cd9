import { isCalendarDate, type CalendarDate } from '../treatment-plan/calendar-date.js';
import { TPO_PURPOSES, type ConsentPurpose, consentPurposeLabel } from './consent-coverage.js';

/** One recipient named on a consent. */
export interface ConsentRecipientInput {
  name: string;
  /** The directory entry it was chosen from, when it was. */
  resourceId?: string | null;
  /** A HIPAA covered entity or business associate: the redisclosure statement is then required. */
  coveredEntity?: boolean;
}

/** The elements §2.31(a) requires of a written consent, as the form collects them. */
export interface ConsentElements {
  /** Who may make the disclosure (§2.31(a)(2)): this program, by name. */
  disclosingParty: string;
  /** How much and what kind of information, described specifically (§2.31(a)(3)). */
  informationDescription: string;
  /** Recipients by name (§2.31(a)(4)); may be empty only under the general designation. */
  recipients: readonly ConsentRecipientInput[];
  /** One consent for all future TPO uses, to the general designation (§2.31(a)(4)(iii)). */
  generalDesignation: boolean;
  /** The purposes (§2.31(a)(5)). */
  purposes: readonly ConsentPurpose[];
  /** The purpose in the client's words ("to apply for vocational rehabilitation"). */
  purposeDescription: string;
  /** The right to revoke and how (§2.31(a)(6)). */
  revocationStatement: string;
  /** Required when a recipient is a covered entity or business associate, or under TPO. */
  redisclosureStatement?: string | null;
  /** Expiry date, event or condition (§2.31(a)(7)): at least one. */
  expiresOn?: CalendarDate | null;
  expiryEvent?: string | null;
  /** Whether this consent covers SUD counseling notes (never under the general designation). */
  includesCounselingNotes?: boolean;
  /** A parent or guardian must sign too (a minor, or where state law asks). */
  guardianSignatureRequired?: boolean;
}

/** The signature (§2.31(a)(8)) and its date (§2.31(a)(9)). */
export interface ConsentSignature {
  signedByName: string;
  signedOn: CalendarDate;
  guardianName?: string | null;
}

export interface ConsentProblem {
  /** Input path of the field, e.g. `recipients.0.name`, `expiresOn`. */
  field: string;
  message: string;
}

const blank = (value: string | null | undefined) => value == null || value.trim() === '';

/**
 * Whether a consent as written carries every element §2.31 requires; each problem names its
 * field. Signature is checked separately (`checkConsentSignature`): a consent is written first,
 * then signed. `today` refuses an expiry date already past.
 */
export function checkConsentElements(
  elements: ConsentElements,
  today: CalendarDate,
): ConsentProblem[] {
  const problems: ConsentProblem[] = [];
  const need = (field: string, message: string) => problems.push({ field, message });

  if (blank(elements.disclosingParty)) {
    need('disclosingParty', 'Say who may make the disclosure (this program, by name).');
  }
  if (
    blank(elements.informationDescription) ||
    elements.informationDescription.trim().length < 10
  ) {
    need(
      'informationDescription',
      'Describe specifically what information may be disclosed (at least a sentence).',
    );
  }
  elements.recipients.forEach((r, i) => {
    if (blank(r.name)) need(`recipients.${i}.name`, 'Name the recipient.');
  });
  if (!elements.generalDesignation && elements.recipients.length === 0) {
    need('recipients', 'Name at least one recipient, or use the general designation for TPO.');
  }
  if (elements.purposes.length === 0) need('purposes', 'Choose at least one purpose.');
  if (elements.generalDesignation) {
    const beyond = elements.purposes.filter((p) => !TPO_PURPOSES.includes(p));
    if (beyond.length > 0 && elements.recipients.length === 0) {
      need(
        'purposes',
        `The general designation covers treatment, payment and health-care operations only; name a recipient for ${beyond.map(consentPurposeLabel).join(', ')}.`,
      );
    }
    if (elements.includesCounselingNotes) {
      need(
        'includesCounselingNotes',
        'SUD counseling notes cannot be disclosed under a general consent; they need a consent of their own.',
      );
    }
  }
  if (blank(elements.purposeDescription)) {
    need('purposeDescription', 'Describe the purpose of the disclosure.');
  }
  if (blank(elements.revocationStatement)) {
    need('revocationStatement', 'State the right to revoke and how to do it.');
  }
  const redisclosureNeeded =
    elements.generalDesignation || elements.recipients.some((r) => r.coveredEntity === true);
  if (redisclosureNeeded && blank(elements.redisclosureStatement)) {
    need(
      'redisclosureStatement',
      'A recipient that is a HIPAA covered entity or business associate needs the redisclosure statement.',
    );
  }
  const hasDate = !blank(elements.expiresOn);
  if (!hasDate && blank(elements.expiryEvent)) {
    need('expiresOn', 'Give an expiry date or an expiry event.');
  }
  if (hasDate && !isCalendarDate(elements.expiresOn!)) {
    need('expiresOn', 'The expiry date is not a valid date.');
  } else if (hasDate && elements.expiresOn! < today) {
    need('expiresOn', 'The expiry date has already passed.');
  }
  return problems;
}

/** Whether the signature completes the consent: the client's name and date, and a guardian's when required. */
export function checkConsentSignature(
  signature: ConsentSignature,
  guardianSignatureRequired: boolean,
  today: CalendarDate,
): ConsentProblem[] {
  const problems: ConsentProblem[] = [];
  if (blank(signature.signedByName)) {
    problems.push({ field: 'signedByName', message: 'The client’s signature (name) is required.' });
  }
  if (!isCalendarDate(signature.signedOn)) {
    problems.push({ field: 'signedOn', message: 'The date of signature is required.' });
  } else if (signature.signedOn > today) {
    problems.push({ field: 'signedOn', message: 'The date of signature cannot be in the future.' });
  }
  if (guardianSignatureRequired && blank(signature.guardianName)) {
    problems.push({
      field: 'guardianName',
      message: 'A parent or guardian must sign this consent as well.',
    });
  }
  return problems;
}
