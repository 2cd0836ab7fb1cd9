import {
  instantToMs,
  localDate,
  type CalendarDate,
  type Instant,
} from '../treatment-plan/calendar-date.js';

/** A consent's life: written, signed (or refused), and ended by expiry or revocation. */
export const ConsentStatus = {
  PENDING_SIGNATURE: 'PENDING_SIGNATURE',
  ACTIVE: 'ACTIVE',
  DECLINED: 'DECLINED',
  EXPIRED: 'EXPIRED',
  REVOKED: 'REVOKED',
} as const;
export type ConsentStatus = (typeof ConsentStatus)[keyof typeof ConsentStatus];

const consentStatusLabels: Record<ConsentStatus, string> = {
  PENDING_SIGNATURE: 'Awaiting signature',
  ACTIVE: 'Active',
  DECLINED: 'Declined by the client',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};

export function consentStatusLabel(status: ConsentStatus): string {
  return consentStatusLabels[status] ?? status;
}

/**
 * Why information is disclosed. Treatment, payment and health-care operations (TPO) are the uses
 * a single general consent may cover (§2.31(a)(4)(iii)); the others need a named recipient.
 */
export const ConsentPurpose = {
  TREATMENT: 'TREATMENT',
  PAYMENT: 'PAYMENT',
  HEALTH_CARE_OPERATIONS: 'HEALTH_CARE_OPERATIONS',
  /** Referral to social, vocational, housing or other community services. */
  CARE_COORDINATION: 'CARE_COORDINATION',
  BENEFITS_ELIGIBILITY: 'BENEFITS_ELIGIBILITY',
  LEGAL: 'LEGAL',
  OTHER: 'OTHER',
} as const;
export type ConsentPurpose = (typeof ConsentPurpose)[keyof typeof ConsentPurpose];

export const TPO_PURPOSES: readonly ConsentPurpose[] = [
  'TREATMENT',
  'PAYMENT',
  'HEALTH_CARE_OPERATIONS',
];

const purposeLabels: Record<ConsentPurpose, string> = {
  TREATMENT: 'treatment',
  PAYMENT: 'payment',
  HEALTH_CARE_OPERATIONS: 'health-care operations',
  CARE_COORDINATION: 'care coordination (referral to community services)',
  BENEFITS_ELIGIBILITY: 'benefits eligibility',
  LEGAL: 'legal matters',
  OTHER: 'another stated purpose',
};

export function consentPurposeLabel(purpose: ConsentPurpose): string {
  return purposeLabels[purpose] ?? purpose;
}

/** The general designation §2.31(a)(4)(iii) allows for a TPO consent, in the client's words. */
export const GENERAL_TPO_DESIGNATION =
  'my treating providers, health plans, third-party payers, and people helping to operate this program';

/** What coverage needs of a consent: the facts, never the client's details. */
export interface ConsentForCoverage {
  id: string;
  status: ConsentStatus;
  /** Recipients named on the consent (organisations or people). */
  recipientNames: readonly string[];
  /** A directory resource a recipient was chosen from, when it was. */
  recipientResourceIds?: readonly string[];
  /** Signed for all future TPO uses under the general designation. */
  generalDesignation: boolean;
  purposes: readonly ConsentPurpose[];
  /** When the client signed (null: not signed). */
  signedAt: Instant | null;
  /** Last calendar day on which it holds (in the program's time zone), or null. */
  expiresOn: CalendarDate | null;
  /** The event that ends it ("when I complete the program"), and when that happened if it has. */
  expiryEvent: string | null;
  expiryEventOccurredAt: Instant | null;
  revokedAt: Instant | null;
  /** Covers SUD counseling notes (only a consent of their own may). */
  includesCounselingNotes?: boolean;
}

/** A disclosure someone wants to make. */
export interface DisclosureRequest {
  recipientName: string;
  recipientResourceId?: string | null;
  purpose: ConsentPurpose;
  /** The instant of the disclosure (a past one for "was it covered then?"). */
  at: Instant;
  /** The program's time zone, in which `expiresOn` is a calendar day. */
  timeZone: string;
  /** The disclosure contains SUD counseling notes. */
  counselingNotes?: boolean;
}

export const CoverageGapCode = {
  NO_CONSENT: 'NO_CONSENT',
  NOT_SIGNED: 'NOT_SIGNED',
  DECLINED: 'DECLINED',
  RECIPIENT: 'RECIPIENT',
  PURPOSE: 'PURPOSE',
  EXPIRED: 'EXPIRED',
  REVOKED: 'REVOKED',
  COUNSELING_NOTES: 'COUNSELING_NOTES',
} as const;
export type CoverageGapCode = (typeof CoverageGapCode)[keyof typeof CoverageGapCode];

/** One reason a consent (or the absence of any) does not cover the disclosure. */
export interface CoverageGap {
  code: CoverageGapCode;
  /** The consent this is about; absent for NO_CONSENT. */
  consentId?: string;
  /** Plain words for staff; names the recipient and purpose, never client data. */
  message: string;
}

export type CoverageAnswer =
  | { covered: true; consentId: string }
  | {
      covered: false;
      /** What is missing: from the consent closest to covering, or NO_CONSENT. */
      gaps: CoverageGap[];
      /** A consent that would cover, to prefill the consent form. */
      draft: { recipientName: string; recipientResourceId: string | null; purpose: ConsentPurpose };
    };

/** Names compared as people write them: case, accents, spacing and punctuation aside. */
export function normaliseRecipientName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The reasons this one consent does not cover the request at its instant (empty: it covers). */
export function consentGaps(
  consent: ConsentForCoverage,
  request: DisclosureRequest,
): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  const gap = (code: CoverageGapCode, message: string) =>
    gaps.push({ code, consentId: consent.id, message });
  const at = instantToMs(request.at);
  const purpose = consentPurposeLabel(request.purpose);

  if (consent.status === 'DECLINED') gap('DECLINED', 'The client declined to sign this consent.');
  else if (consent.signedAt === null || instantToMs(consent.signedAt) > at) {
    gap('NOT_SIGNED', 'The consent has not been signed.');
  }
  const wanted = normaliseRecipientName(request.recipientName);
  const named =
    consent.recipientNames.some((n) => normaliseRecipientName(n) === wanted) ||
    (request.recipientResourceId != null &&
      (consent.recipientResourceIds ?? []).includes(request.recipientResourceId));
  const general = consent.generalDesignation && TPO_PURPOSES.includes(request.purpose);
  if (!named && !general) {
    gap('RECIPIENT', `The consent does not name ${request.recipientName} as a recipient.`);
  }
  if (!consent.purposes.includes(request.purpose)) {
    gap('PURPOSE', `The consent does not allow disclosure for ${purpose}.`);
  }
  if (request.counselingNotes && (!consent.includesCounselingNotes || consent.generalDesignation)) {
    gap(
      'COUNSELING_NOTES',
      'SUD counseling notes need a consent of their own; a general consent never covers them.',
    );
  }
  if (consent.revokedAt !== null && instantToMs(consent.revokedAt) <= at) {
    gap('REVOKED', 'The client revoked this consent.');
  }
  if (consent.expiresOn !== null && localDate(request.at, request.timeZone) > consent.expiresOn) {
    gap('EXPIRED', `The consent expired after ${consent.expiresOn}.`);
  } else if (
    consent.expiryEventOccurredAt !== null &&
    instantToMs(consent.expiryEventOccurredAt) <= at
  ) {
    gap('EXPIRED', `The consent ended with its expiry event (${consent.expiryEvent ?? 'event'}).`);
  } else if (consent.status === 'EXPIRED' && consent.expiresOn === null) {
    // Marked expired without a date or a recorded event: trust the status.
    gap('EXPIRED', 'The consent has expired.');
  }
  return gaps;
}

/**
 * Rule 5, the one question the send gate asks: does an ACTIVE, unexpired (by date, or by an
 * expiry event that has occurred), unrevoked consent of the client cover this recipient (by name,
 * or the general TPO designation for a TPO purpose) and this purpose at this instant? Judged at
 * the instant, so a revocation stops later disclosures and never unmakes earlier ones. When none
 * covers, answers what the closest consent lacks and the consent that would cover.
 */
export function consentCoverage(
  consents: readonly ConsentForCoverage[],
  request: DisclosureRequest,
): CoverageAnswer {
  let closest: CoverageGap[] | null = null;
  for (const consent of consents) {
    const gaps = consentGaps(consent, request);
    if (gaps.length === 0) return { covered: true, consentId: consent.id };
    if (closest === null || gaps.length < closest.length) closest = gaps;
  }
  const purpose = consentPurposeLabel(request.purpose);
  return {
    covered: false,
    gaps: closest ?? [
      {
        code: 'NO_CONSENT',
        message: `There is no consent to disclose to ${request.recipientName} for ${purpose}.`,
      },
    ],
    draft: {
      recipientName: request.recipientName,
      recipientResourceId: request.recipientResourceId ?? null,
      purpose: request.purpose,
    },
  };
}
