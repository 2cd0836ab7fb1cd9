import type { Bundle } from '@medplum/fhirtypes';
import type { EntityManager } from 'typeorm';
import {
  consentCoverage,
  mayExportForClient,
  PART2_NOTICE_FULL,
  RIGHT_OF_ACCESS_REFUSAL,
  RIGHT_OF_ACCESS_RECIPIENT,
  type ConsentPurpose,
} from '@waypoint/domain';
import { DomainError, NotFoundError } from '../../graphql/errors.js';
import { isRecordId } from '../../graphql/input-guard.js';
import type { ClientScope } from '../access/client-scope.js';
import { forCoverage } from '../consent/consent.service.js';
import { Consent } from '../consent/consent.entity.js';
import { selectColumns } from '../../db/select-columns.js';
import { clientBundle } from './fhir-mapping.js';
import { loadFhirRecords, type FhirRecords } from './fhir-records.js';

export interface FhirExportRequest {
  clientId: string;
  /** Who receives the record and why; null: the client themself (right of access). */
  recipient: { name: string; purpose: ConsentPurpose } | null;
  type: 'collection' | 'searchset';
  /** The FHIR base the entries' fullUrls are made from. */
  baseUrl: string;
}

interface Basis {
  consentId: string | null;
  recipientName: string;
  purpose: ConsentPurpose;
}

/**
 * Exports one client's record as a FHIR R4 Bundle: what the caller may read of it (the episodes
 * they may READ_CHART), never SUD counseling notes. The export is a disclosure: a consent must
 * cover the recipient and purpose, or a director exports for the client under their own right of
 * access. In one transaction it writes a disclosure row per exported episode (the accounting of
 * disclosures, with the §2.32 notice), a DISCLOSE audit event for each and a read of each record.
 * Refused: a DENIED audit event and FORBIDDEN, nothing else written.
 */
export async function exportClientBundle(
  scope: ClientScope,
  request: FhirExportRequest,
): Promise<Bundle> {
  if (!isRecordId(request.clientId)) throw new NotFoundError('Client');
  await scope.require('READ_CHART', request.clientId);
  const refusal = await scope.db.transaction(async (tx) => {
    const records = await loadFhirRecords(scope, tx, request.clientId);
    const latest = records.episodes.at(-1);
    if (!latest) throw new NotFoundError('Client');
    const [{ at, timeZone }] = await tx.query<[{ at: Date; timeZone: string }]>(
      `SELECT clock_timestamp() AS at, time_zone AS "timeZone" FROM program WHERE id = $1`,
      [latest.programId],
    );
    const basis = await basisFor(scope, tx, request, records, at, timeZone);
    if (typeof basis === 'string') {
      await scope.audit.write(
        {
          action: 'DISCLOSE',
          recordType: 'FhirExport',
          recordId: request.clientId,
          clientId: request.clientId,
          outcome: 'DENIED',
        },
        tx,
      );
      return basis;
    }
    const disclosureIds: string[] = [];
    for (const episode of records.episodes) {
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO disclosure (client_id, episode_id, program_id, consent_id, basis, recipient_name,
           purpose, information_disclosed, notice_text, disclosed_by_id, disclosed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          request.clientId,
          episode.id,
          episode.programId,
          basis.consentId,
          basis.consentId ? 'CONSENT' : 'CLIENT_RIGHT_OF_ACCESS',
          basis.recipientName,
          basis.purpose,
          describeExport(records, episode.id),
          PART2_NOTICE_FULL,
          scope.viewer.staffId,
          at,
        ],
      );
      disclosureIds.push(row!.id);
    }
    await scope.audit.write(
      disclosureIds.map((id) => ({
        action: 'DISCLOSE' as const,
        recordType: 'Disclosure',
        recordId: id,
        clientId: request.clientId,
        outcome: 'SUCCESS' as const,
        note: 'FHIR export',
      })),
      tx,
    );
    const bundle = clientBundle(records, {
      type: request.type,
      baseUrl: request.baseUrl,
      notice: PART2_NOTICE_FULL,
      purpose: request.recipient?.purpose ?? null,
      id: disclosureIds[0]!,
      timestamp: at,
    });
    for (const entry of bundle.entry ?? []) {
      const r = entry.resource!;
      scope.audit.read(`Fhir${r.resourceType}`, r.id!, request.clientId);
    }
    return bundle;
  });
  if (typeof refusal === 'string') throw new DomainError('FORBIDDEN', refusal);
  return refusal;
}

async function basisFor(
  scope: ClientScope,
  tx: EntityManager,
  request: FhirExportRequest,
  records: FhirRecords,
  at: Date,
  timeZone: string,
): Promise<Basis | string> {
  if (!request.recipient) {
    const programs = new Set(records.episodes.map((e) => e.programId));
    const roles = scope.viewer.programRoles.filter((r) => programs.has(r.programId));
    return mayExportForClient(roles.map((r) => r.role))
      ? { consentId: null, recipientName: RIGHT_OF_ACCESS_RECIPIENT, purpose: 'OTHER' }
      : RIGHT_OF_ACCESS_REFUSAL;
  }
  // FOR SHARE: a revocation cannot slip between this check and the disclosure.
  const consents = await tx.query<Consent[]>(
    `SELECT ${selectColumns(tx.connection, Consent, 'x')} FROM consent x
     WHERE x.episode_id = ANY($1) ORDER BY x.created_at, x.id FOR SHARE`,
    [records.episodes.map((e) => e.id)],
  );
  const coverage = consentCoverage(consents.map(forCoverage), {
    recipientName: request.recipient.name,
    purpose: request.recipient.purpose,
    at,
    timeZone,
    // The export never holds counseling notes, so a general consent may cover it.
    counselingNotes: false,
  });
  if (!coverage.covered) {
    return `No active consent covers sending this record to ${request.recipient.name}. ${coverage.gaps.map((g) => g.message).join(' ')}`;
  }
  return {
    consentId: coverage.consentId,
    recipientName: request.recipient.name,
    purpose: request.recipient.purpose,
  };
}

/** What the accounting says was sent from one episode. */
function describeExport(records: FhirRecords, episodeId: string): string {
  const of = <T extends { episodeId: string }>(rows: T[]) =>
    rows.filter((r) => r.episodeId === episodeId).length;
  return [
    'Record export (FHIR R4): demographics, episode and care team',
    `${of(records.plans)} treatment plan version(s) with problems, goals and signatures`,
    `${of(records.sessions)} session(s)`,
    `${of(records.measures)} measure(s)`,
    `${of(records.drugScreens)} drug screen(s)`,
    `${of(records.referrals)} referral(s)`,
    `${of(records.consents)} consent(s)`,
  ].join('; ');
}
