import type { CoverageGap } from '../consent/consent-coverage.js';

/**
 * A referral to a community resource, closed loop: written, cleared for consent, sent, answered,
 * scheduled and completed; any open referral may end early. One table says which moves exist and
 * what each needs; the checks, the moves offered in the UI and the tests all read it.
 */
export const ReferralStatus = {
  DRAFT: 'DRAFT',
  PENDING_CONSENT: 'PENDING_CONSENT',
  READY: 'READY',
  SENT: 'SENT',
  ACCEPTED: 'ACCEPTED',
  REJECTED: 'REJECTED',
  SCHEDULED: 'SCHEDULED',
  COMPLETED: 'COMPLETED',
  CANCELLED: 'CANCELLED',
  CLIENT_DECLINED: 'CLIENT_DECLINED',
  NO_RESPONSE: 'NO_RESPONSE',
} as const;
export type ReferralStatus = (typeof ReferralStatus)[keyof typeof ReferralStatus];

export const ReferralUrgency = { ROUTINE: 'ROUTINE', SOON: 'SOON', URGENT: 'URGENT' } as const;
export type ReferralUrgency = (typeof ReferralUrgency)[keyof typeof ReferralUrgency];

const statusLabels: Record<ReferralStatus, string> = {
  DRAFT: 'Draft',
  PENDING_CONSENT: 'Awaiting consent',
  READY: 'Ready to send',
  SENT: 'Sent',
  ACCEPTED: 'Accepted',
  REJECTED: 'Not accepted',
  SCHEDULED: 'Appointment scheduled',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  CLIENT_DECLINED: 'Client declined',
  NO_RESPONSE: 'No response',
};

export function referralStatusLabel(status: ReferralStatus): string {
  return statusLabels[status] ?? status;
}

/** The statuses a referral can still move on from; the others are final. */
export const OPEN_REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'DRAFT',
  'PENDING_CONSENT',
  'READY',
  'SENT',
  'ACCEPTED',
  'SCHEDULED',
];

export function isOpenReferral(status: ReferralStatus): boolean {
  return OPEN_REFERRAL_STATUSES.includes(status);
}

export interface ReferralTransitionTarget {
  to: ReferralStatus;
  /** The move needs a covering consent now (Rule 5): the disclosure is about to be possible. */
  requiresConsent?: boolean;
  reasonRequired?: boolean;
  /** Completion records what came of the referral. */
  outcomeRequired?: boolean;
  description: string;
}

/** Ends open to every open referral: the same three from each. */
const endings: readonly ReferralTransitionTarget[] = [
  { to: 'CANCELLED', reasonRequired: true, description: 'Staff call the referral off.' },
  {
    to: 'CLIENT_DECLINED',
    reasonRequired: true,
    description: 'The client does not want the referral (or withdraws from it).',
  },
  {
    to: 'NO_RESPONSE',
    reasonRequired: true,
    description: 'Nobody answered by the due date (set by the nightly job, or by staff).',
  },
];

/**
 * Every allowed move. Choices made here:
 * - DRAFT may go straight to READY when a consent on file already covers the recipient and
 *   purpose; otherwise it waits in PENDING_CONSENT. READY falls back to PENDING_CONSENT when that
 *   consent is revoked or expires before the send.
 * - Moving to READY and to SENT both re-check consent coverage at that instant: READY is a
 *   promise that the send may go out, SENT is the disclosure itself.
 * - REJECTED is final (a new referral is drafted to somewhere else); ACCEPTED waits for an
 *   appointment; COMPLETED records the outcome.
 */
export const referralTransitions: Readonly<
  Record<ReferralStatus, readonly ReferralTransitionTarget[]>
> = {
  DRAFT: [
    { to: 'PENDING_CONSENT', description: 'Written; the client’s consent is still needed.' },
    {
      to: 'READY',
      requiresConsent: true,
      description: 'Written, and a consent on file covers this recipient and purpose.',
    },
    ...endings,
  ],
  PENDING_CONSENT: [
    {
      to: 'READY',
      requiresConsent: true,
      description: 'The client has signed a consent that covers this recipient and purpose.',
    },
    ...endings,
  ],
  READY: [
    {
      to: 'SENT',
      requiresConsent: true,
      description: 'Sent to the recipient: a disclosure, recorded with its consent.',
    },
    {
      to: 'PENDING_CONSENT',
      description: 'The consent it relied on was revoked or has expired.',
    },
    ...endings,
  ],
  SENT: [
    { to: 'ACCEPTED', description: 'The recipient will see the client.' },
    {
      to: 'REJECTED',
      reasonRequired: true,
      description: 'The recipient cannot take the client (full, not eligible).',
    },
    ...endings,
  ],
  ACCEPTED: [{ to: 'SCHEDULED', description: 'An appointment is booked.' }, ...endings],
  SCHEDULED: [
    {
      to: 'COMPLETED',
      outcomeRequired: true,
      description: 'The client was seen; what came of it is recorded.',
    },
    ...endings,
  ],
  REJECTED: [],
  COMPLETED: [],
  CANCELLED: [],
  CLIENT_DECLINED: [],
  NO_RESPONSE: [],
};

export function allowedReferralTransitions(from: ReferralStatus): ReferralStatus[] {
  return (referralTransitions[from] ?? []).map((t) => t.to);
}

export function findReferralTransition(
  from: ReferralStatus,
  to: ReferralStatus,
): ReferralTransitionTarget | undefined {
  return (referralTransitions[from] ?? []).find((t) => t.to === to);
}

export interface ReferralTransitionRequest {
  from: ReferralStatus;
  to: ReferralStatus;
  reason?: string | null;
  outcome?: string | null;
  /**
   * The answer of `consentCoverage` for this referral's recipient and purpose at this instant;
   * needed on moves that require consent (a missing answer is treated as not covered).
   */
  coverage?: { covered: true } | { covered: false; gaps: readonly CoverageGap[] } | null;
}

export interface ReferralTransitionRefusal {
  ok: false;
  code: 'INVALID_TRANSITION';
  from: ReferralStatus;
  to: ReferralStatus;
  message: string;
  missing?: string[];
  /** When consent is what is missing: what the consent lacks, to draft one that would cover. */
  consentGaps?: readonly CoverageGap[];
}

export type ReferralTransitionResult = { ok: true } | ReferralTransitionRefusal;

/**
 * Whether a referral may move from one status to another with what the caller supplied. A
 * refusal names both statuses in words; `missing` lists input paths, and `consentGaps` says what
 * no consent covers.
 */
export function checkReferralTransition(
  request: ReferralTransitionRequest,
): ReferralTransitionResult {
  const { from, to } = request;
  const fromLabel = referralStatusLabel(from);
  const toLabel = referralStatusLabel(to);
  const head = `Cannot move a referral from ${fromLabel} to ${toLabel}`;
  const refuse = (
    message: string,
    extra: Partial<ReferralTransitionRefusal> = {},
  ): ReferralTransitionRefusal => ({
    ok: false,
    code: 'INVALID_TRANSITION',
    from,
    to,
    message,
    ...extra,
  });

  const edge = findReferralTransition(from, to);
  if (!edge) {
    const options = allowedReferralTransitions(from).map(referralStatusLabel);
    const hint =
      from === to
        ? ` It is already ${toLabel}.`
        : options.length === 0
          ? ` ${fromLabel} is final; a new referral can be drafted instead.`
          : ` From ${fromLabel} it can move to ${joinOr(options)}.`;
    return refuse(`${head}.${hint}`);
  }
  const needs: string[] = [];
  const missing: string[] = [];
  if (edge.reasonRequired && isBlank(request.reason)) {
    needs.push('a reason');
    missing.push('reason');
  }
  if (edge.outcomeRequired && isBlank(request.outcome)) {
    needs.push('an outcome');
    missing.push('outcome');
  }
  if (needs.length > 0) return refuse(`${head} without ${needs.join(' and ')}.`, { missing });
  if (edge.requiresConsent) {
    const coverage = request.coverage;
    if (!coverage || !coverage.covered) {
      const gaps = coverage && !coverage.covered ? coverage.gaps : [];
      const why = gaps.length ? ` ${gaps.map((g) => g.message).join(' ')}` : '';
      return refuse(`${head}: no active consent covers this recipient and purpose.${why}`, {
        missing: ['consent'],
        consentGaps: gaps,
      });
    }
  }
  return { ok: true };
}

/**
 * Sent, past its due date (a calendar date in the program's time zone), and the recipient has not
 * answered: the background job moves it to NO_RESPONSE.
 */
export function isAwaitingAnswerPastDue(
  referral: { status: ReferralStatus; dueBy: string | null },
  today: string,
): boolean {
  return referral.status === 'SENT' && referral.dueBy !== null && referral.dueBy < today;
}

function isBlank(value: string | null | undefined): boolean {
  return value == null || value.trim() === '';
}

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
