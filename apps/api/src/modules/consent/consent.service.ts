import type { EntityManager } from 'typeorm';
import {
  checkConsentElements,
  checkConsentSignature,
  localDate,
  type ConsentForCoverage,
  type ConsentStatus,
} from '@waypoint/domain';
import { guardedUpdate, TRANSACTION_TIME } from '../../db/guarded-update.js';
import { selectColumns } from '../../db/select-columns.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import type { AuditEntry } from '../audit/audit-trail.js';
import { requireTarget, type EpisodeTarget } from '../treatment-plan/plan-access.js';
import { Consent } from './consent.entity.js';
import type {
  ConsentRef,
  DeclineConsentInput,
  RecordConsentExpiryEventInput,
  RecordConsentInput,
  RevokeConsentInput,
  SignConsentInput,
} from './dto/consent.input.js';

const blankToNull = (v: string | null | undefined) =>
  v == null || v.trim() === '' ? null : v.trim();

function audited(
  scope: ClientScope,
  tx: EntityManager,
  action: AuditEntry['action'],
  consent: { id: string; clientId: string },
) {
  return scope.audit.write(
    {
      action,
      recordType: 'Consent',
      recordId: consent.id,
      clientId: consent.clientId,
      outcome: 'SUCCESS',
    },
    tx,
  );
}

/** Writes a consent with every §2.31 element, awaiting signature. */
export async function recordConsent(
  scope: ClientScope,
  input: RecordConsentInput,
): Promise<Consent> {
  const target = await requireTarget(scope, 'EDIT_CHART', 'EPISODE', input.episodeId);
  const recipients = input.recipients.map((r) => ({
    name: r.name.trim(),
    resourceId: r.resourceId ?? null,
    coveredEntity: r.coveredEntity,
  }));
  const elements = {
    disclosingParty: input.disclosingParty.trim(),
    informationDescription: input.informationDescription.trim(),
    recipients,
    generalDesignation: input.generalDesignation,
    purposes: [...new Set(input.purposes)],
    purposeDescription: input.purposeDescription.trim(),
    revocationStatement: input.revocationStatement.trim(),
    redisclosureStatement: blankToNull(input.redisclosureStatement),
    expiresOn: blankToNull(input.expiresOn),
    expiryEvent: blankToNull(input.expiryEvent),
    includesCounselingNotes: input.includesCounselingNotes,
    guardianSignatureRequired: input.guardianSignatureRequired,
  };
  const problems = checkConsentElements(elements, localDate(new Date(), target.program.timeZone));
  if (problems.length) throw new BadUserInputError(problems);
  return scope.db.transaction(async (tx) => {
    const saved = await tx.getRepository(Consent).save({
      ...elements,
      episodeId: target.episodeId,
      clientId: target.clientId,
      status: 'PENDING_SIGNATURE' as const,
      createdById: scope.viewer.staffId,
    });
    await audited(scope, tx, 'CREATE', saved);
    return saved;
  });
}

/** The consent of that episode (never another's), locked until the change commits. */
async function lockConsent(tx: EntityManager, ref: ConsentRef): Promise<Consent> {
  const [found] = await tx.query<Consent[]>(
    `SELECT ${selectColumns(tx.connection, Consent, 'x')} FROM consent x
     WHERE x.id = $1 AND x.episode_id = $2 FOR NO KEY UPDATE`,
    [ref.id, ref.episodeId],
  );
  if (!found) throw new NotFoundError('Consent');
  return found;
}

function refuseFrom(consent: Consent, allowed: readonly ConsentStatus[], what: string): void {
  if (!allowed.includes(consent.status)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `Cannot ${what} a consent that is ${consent.status.toLowerCase().replace('_', ' ')}.`,
      { from: consent.status },
    );
  }
}

/** Runs a status change of one consent of the episode, guarded by the version read. */
async function changeConsent(
  scope: ClientScope,
  ref: ConsentRef,
  change: (consent: Consent, target: EpisodeTarget) => Partial<Record<keyof Consent, unknown>>,
): Promise<Consent> {
  const target = await requireTarget(scope, 'EDIT_CHART', 'EPISODE', ref.episodeId);
  return scope.db.transaction(async (tx) => {
    const current = await lockConsent(tx, ref);
    const changes = change(current, target);
    const updated = await guardedUpdate(tx, Consent, 'Consent', ref, changes);
    await audited(scope, tx, 'UPDATE', updated);
    return updated;
  });
}

/** The client signs: the consent takes effect now. */
export function signConsent(scope: ClientScope, input: SignConsentInput): Promise<Consent> {
  return changeConsent(scope, input, (consent, target) => {
    refuseFrom(consent, ['PENDING_SIGNATURE'], 'sign');
    const today = localDate(new Date(), target.program.timeZone);
    const signature = {
      signedByName: input.signedByName.trim(),
      signedOn: input.signedOn,
      guardianName: blankToNull(input.guardianName),
    };
    const problems = checkConsentSignature(signature, consent.guardianSignatureRequired, today);
    if (problems.length) throw new BadUserInputError(problems);
    return { ...signature, status: 'ACTIVE', signedAt: TRANSACTION_TIME };
  });
}

export function declineConsent(scope: ClientScope, input: DeclineConsentInput): Promise<Consent> {
  return changeConsent(scope, input, (consent) => {
    refuseFrom(consent, ['PENDING_SIGNATURE'], 'decline');
    return {
      status: 'DECLINED',
      declinedAt: TRANSACTION_TIME,
      revocationReason: blankToNull(input.reason),
    };
  });
}

/**
 * Revocation, dated now and with the client's reason: every send from this instant is refused;
 * disclosures already made stay made (and listed). A send in flight holds the consent FOR SHARE,
 * so the revocation waits for it, and a later send waits for the revocation.
 */
export function revokeConsent(scope: ClientScope, input: RevokeConsentInput): Promise<Consent> {
  return changeConsent(scope, input, (consent) => {
    refuseFrom(consent, ['ACTIVE', 'PENDING_SIGNATURE'], 'revoke');
    const reason = blankToNull(input.reason);
    if (!reason)
      throw new BadUserInputError([
        { field: 'reason', message: 'Say why the consent is revoked.' },
      ]);
    return {
      status: 'REVOKED',
      revokedAt: TRANSACTION_TIME,
      revocationReason: reason,
      revokedById: scope.viewer.staffId,
    };
  });
}

/** The consent's expiry event happened: it ends at that instant. */
export function recordConsentExpiryEvent(
  scope: ClientScope,
  input: RecordConsentExpiryEventInput,
): Promise<Consent> {
  return changeConsent(scope, input, (consent) => {
    refuseFrom(consent, ['ACTIVE', 'PENDING_SIGNATURE'], 'end');
    if (!consent.expiryEvent) {
      throw new BadUserInputError([
        { field: 'occurredAt', message: 'This consent has no expiry event.' },
      ]);
    }
    if (input.occurredAt.getTime() > Date.now()) {
      throw new BadUserInputError([
        { field: 'occurredAt', message: 'The event cannot be in the future.' },
      ]);
    }
    return { status: 'EXPIRED', expiryEventOccurredAt: input.occurredAt };
  });
}

/** A consent row as `consentCoverage` reads it. */
export function forCoverage(c: Consent): ConsentForCoverage {
  return {
    id: c.id,
    status: c.status,
    recipientNames: c.recipients.map((r) => r.name),
    recipientResourceIds: c.recipients.flatMap((r) => (r.resourceId ? [r.resourceId] : [])),
    generalDesignation: c.generalDesignation,
    purposes: c.purposes,
    signedAt: c.signedAt,
    expiresOn: c.expiresOn,
    expiryEvent: c.expiryEvent,
    expiryEventOccurredAt: c.expiryEventOccurredAt,
    revokedAt: c.revokedAt,
    includesCounselingNotes: c.includesCounselingNotes,
  };
}

/**
 * The consents that may cover a send from this episode, held FOR SHARE until the caller's
 * transaction ends: a revocation (FOR NO KEY UPDATE) cannot slip between the gate's check and the
 * disclosure. A consent is the client's authorisation to the program that discloses (§2.31 names
 * the client and who may disclose, not a stay), so the client's consents from any episode in the
 * same program count; another program is another discloser, so its consents never do. The
 * episode's own consents come first, so they are the ones used when several cover.
 */
export async function consentsOfClientInProgramForShare(
  tx: EntityManager,
  episodeId: string,
): Promise<Consent[]> {
  return tx.query<Consent[]>(
    `SELECT ${selectColumns(tx.connection, Consent, 'x')} FROM consent x
     JOIN episode ce ON ce.id = x.episode_id
     JOIN episode re ON re.id = $1 AND re.client_id = x.client_id AND re.program_id = ce.program_id
     ORDER BY (x.episode_id = $1) DESC, x.created_at, x.id FOR SHARE OF x`,
    [episodeId],
  );
}
