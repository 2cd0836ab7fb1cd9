import type { Bundle, Provenance, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  createTestClient,
  createTestEpisodeRecords,
  createTestProgram,
  createTestStaff,
} from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import { hashToken } from '../auth/session.service.js';
import { fhirErrors, unresolvedReferences } from './fhir-validation.js';

const EXPORT = /* GraphQL */ `
  query ($clientId: ID!, $recipient: FhirRecipientInput) {
    clientFhirBundle(clientId: $clientId, recipient: $recipient)
  }
`;

type Answer = { clientFhirBundle: Bundle } | null;
const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code;
const resources = (b: Bundle): Resource[] => (b.entry ?? []).map((e) => e.resource!);

describe('FHIR export of a client record', () => {
  let server: TestServer;
  let ds: DataSource;
  let clinician: Caller;
  let director: Caller;
  let outsider: Caller;
  let clinicianId: string;
  let clientId: string;
  let episodeId: string;
  let directorSecret: string;
  const PROGRESS_NOTE = 'Private process note: discussed shame about relapse';

  beforeAll(async () => {
    server = await startTestServer();
    ds = server.database.dataSource;
    const program = await createTestProgram(ds);
    const other = await createTestProgram(ds);
    const c = await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]);
    const d = await createTestStaff(ds, [{ programId: program.id, role: 'DIRECTOR' }]);
    const o = await createTestStaff(ds, [{ programId: other.id, role: 'CLINICIAN' }]);
    clinicianId = c.id;
    [clinician, director, outsider] = [await server.as(c), await server.as(d), await server.as(o)];
    const made = await createTestClient(ds, { programId: program.id, primaryClinicianId: c.id });
    clientId = made.client.id;
    episodeId = made.episode.id;
    await createTestEpisodeRecords(ds, episodeId, c.id, { status: 'ACTIVE' });
    await ds.query(
      `INSERT INTO goal_progress (episode_id, goal_lineage_id, recorded_on, rating, note, author_staff_id)
       SELECT episode_id, goal_lineage_id, current_date, 6, $2, author_staff_id
       FROM goal_progress WHERE episode_id = $1 LIMIT 1`,
      [episodeId, PROGRESS_NOTE],
    );
    await ds.query(
      `INSERT INTO assessment (episode_id, instrument, instrument_version, answers, administered_by_staff_id,
         score_status, total_score, severity_band)
       VALUES ($1, 'PHQ9', 'PHQ-9 (Kroenke, Spitzer & Williams 2001)',
         '{"1":1,"2":2,"3":0,"4":1,"5":0,"6":0,"7":1,"8":0,"9":0}', $2,
         'SCORED', 5, 'MILD')`,
      [episodeId, c.id],
    );
    await ds.query(
      `INSERT INTO drug_screen (episode_id, collected_at, method, observed, panel, status, recorded_by_staff_id)
       VALUES ($1, now() - interval '2 days', 'POINT_OF_CARE_CUP', true,
         '[{"analyte":"FENTANYL","result":"NEGATIVE","expected":false},{"analyte":"MARIJUANA","result":"POSITIVE","expected":false}]',
         'UNEXPECTED_POSITIVE', $2)`,
      [episodeId, c.id],
    );
    directorSecret = `wpt_test_${Date.now()}`;
    await ds.query(
      `INSERT INTO api_token (staff_id, name, token_hash, prefix, scope) VALUES ($1, 'export', $2, 'wpt_test', 'READ_ONLY')`,
      [d.id, hashToken(directorSecret)],
    );
  });
  afterAll(() => server?.close());

  const disclosures = () =>
    ds.query<
      { consent_id: string | null; basis: string; recipient_name: string; notice_text: string }[]
    >(
      `SELECT consent_id, basis, recipient_name, notice_text FROM disclosure WHERE client_id = $1 ORDER BY disclosed_at`,
      [clientId],
    );
  const auditOf = (requestId: string) =>
    ds.query<{ action: string; outcome: string; record_type: string }[]>(
      `SELECT action, outcome, record_type FROM audit_event WHERE request_id = $1`,
      [requestId],
    );

  it('without a consent or the right to export for the client, it is refused, audited and nothing is disclosed', async () => {
    const before = (await disclosures()).length;
    const own = await clinician.gql<Answer>(EXPORT, { clientId });
    expect(codeOf(own)).toBe('FORBIDDEN');
    expect(await auditOf(own.requestId)).toContainEqual({
      action: 'DISCLOSE',
      outcome: 'DENIED',
      record_type: 'FhirExport',
    });
    const named = await clinician.gql<Answer>(EXPORT, {
      clientId,
      recipient: { name: 'Harbor Health Plan', purpose: 'PAYMENT' },
    });
    expect(codeOf(named)).toBe('FORBIDDEN');
    expect(named.errors![0]!.message).toMatch(/No active consent covers/);
    expect(await disclosures()).toHaveLength(before);
  });

  it('a caller who may not read the chart is refused before anything else', async () => {
    const res = await outsider.gql<Answer>(EXPORT, { clientId });
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('with a covering consent it exports, records the disclosure with the §2.32 notice and audits it', async () => {
    const [consent] = await ds.query<{ id: string }[]>(
      `INSERT INTO consent (episode_id, client_id, status, disclosing_party, information_description,
         recipients, purposes, purpose_description, revocation_statement, created_by_id, expires_on,
         signed_at, signed_on, signed_by_name)
       VALUES ($1, $2, 'ACTIVE', 'Test IOP', 'Treatment record', '[{"name":"Harbor Health Plan","resourceId":null,"coveredEntity":true}]',
         '{PAYMENT}', 'Claims', 'Revoke any time', $3, '2099-01-01', now(), current_date, 'Client')
       RETURNING id`,
      [episodeId, clientId, clinicianId],
    );
    const res = await clinician.gql<Answer>(EXPORT, {
      clientId,
      recipient: { name: 'Harbor Health Plan', purpose: 'PAYMENT' },
    });
    expect(res.errors).toBeUndefined();
    const bundle = res.data!.clientFhirBundle;
    expect(bundle.type).toBe('collection');
    const notice = resources(bundle).find(
      (r): r is Provenance => r.resourceType === 'Provenance' && r.id === bundle.id,
    );
    expect(notice?.text?.div).toContain('42 CFR part 2');
    expect(notice?.reason?.[0]?.coding?.[0]?.code).toBe('HPAYMT');
    expect(await disclosures()).toContainEqual(
      expect.objectContaining({
        consent_id: consent!.id,
        basis: 'CONSENT',
        recipient_name: 'Harbor Health Plan',
      }),
    );
    const audit = await auditOf(res.requestId);
    expect(audit).toContainEqual({
      action: 'DISCLOSE',
      outcome: 'SUCCESS',
      record_type: 'Disclosure',
    });
    expect(audit).toContainEqual({
      action: 'READ',
      outcome: 'SUCCESS',
      record_type: 'FhirPatient',
    });
    const types = new Set(resources(bundle).map((r) => r.resourceType));
    for (const t of [
      'Patient',
      'EpisodeOfCare',
      'CareTeam',
      'Condition',
      'CarePlan',
      'Goal',
      'QuestionnaireResponse',
      'Observation',
      'Consent',
      'Provenance',
    ]) {
      expect(types).toContain(t);
    }
  });

  it('every resource validates against FHIR R4, carries the Part 2 labels, and every reference resolves in the bundle', async () => {
    const res = await director.gql<Answer>(EXPORT, { clientId });
    expect(res.errors).toBeUndefined();
    const bundle = res.data!.clientFhirBundle;
    expect(fhirErrors(bundle)).toEqual([]);
    for (const r of resources(bundle)) {
      expect([r.resourceType, fhirErrors(r)]).toEqual([r.resourceType, []]);
      const codes = r.meta?.security?.map((c) => c.code);
      expect(codes).toEqual(expect.arrayContaining(['R', '42CFRPart2']));
    }
    expect(unresolvedReferences(bundle)).toEqual([]);
    expect(await disclosures()).toContainEqual(
      expect.objectContaining({ consent_id: null, basis: 'CLIENT_RIGHT_OF_ACCESS' }),
    );
  });

  it('exports the same ids each time (stable) and never a counseling or progress note', async () => {
    // Each export is a disclosure of its own: only its Provenance (the bundle's id) is new.
    const ids = async () => {
      const bundle = (await director.gql<Answer>(EXPORT, { clientId })).data!.clientFhirBundle;
      return resources(bundle)
        .filter((r) => r.id !== bundle.id)
        .map((r) => `${r.resourceType}/${r.id!}`)
        .sort();
    };
    expect(await ids()).toEqual(await ids());
    const json = JSON.stringify((await director.gql<Answer>(EXPORT, { clientId })).data);
    expect(json).not.toContain(PROGRESS_NOTE);
    for (const noteType of [
      'DocumentReference',
      'ClinicalImpression',
      'Communication',
      'Composition',
    ]) {
      expect(json).not.toContain(`"resourceType":"${noteType}"`);
    }
  });

  it('REST Patient/$everything answers a searchset as application/fhir+json to an API token', async () => {
    const res = await fetch(`${server.url}/fhir/Patient/${clientId}/$everything`, {
      headers: { authorization: `Bearer ${directorSecret}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const bundle = (await res.json()) as Bundle;
    expect(bundle.type).toBe('searchset');
    expect(bundle.entry?.[0]?.search?.mode).toBe('match');
    expect(fhirErrors(bundle)).toEqual([]);
    const [{ count }] = await ds.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM audit_event WHERE request_id = $1 AND api_token_id IS NOT NULL AND action = 'DISCLOSE'`,
      [res.headers.get('x-request-id')],
    );
    expect(count).toBeGreaterThan(0);
  });

  it('REST refuses without sign-in (401) and outside access (403) with an OperationOutcome', async () => {
    const anonymous = await fetch(`${server.url}/fhir/Patient/${clientId}/$everything`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { resourceType: string }).resourceType).toBe(
      'OperationOutcome',
    );
    const forbidden = await fetch(`${server.url}/fhir/Patient/${clientId}/$everything`, {
      headers: { cookie: outsider.cookie! },
    });
    expect(forbidden.status).toBe(403);
  });
});
