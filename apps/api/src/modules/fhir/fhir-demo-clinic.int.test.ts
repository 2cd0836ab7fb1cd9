import type { Bundle, Condition, Provenance, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../db/data-source.js';
import { migrate } from '../../db/database.js';
import { seedDemoClinic } from '../../db/seed/demo-clinic.js';
import {
  createScratchDatabase,
  type ScratchDatabaseOnServer,
} from '../../testing/scratch-database.js';
import { ClientScope } from '../access/client-scope.js';
import { AuditTrail } from '../audit/audit-trail.js';
import type { Viewer } from '../auth/viewer.js';
import { exportClientBundle } from './fhir-export.service.js';
import { PART2_NOTICE_POLICY } from './fhir-mapping.js';
import { fhirErrors, unresolvedReferences } from './fhir-validation.js';

/**
 * The round trip of the issue: every demo client's record, exported by a director of its program
 * for the client, validates against the FHIR R4 definitions with 0 errors and is self-contained.
 * The seed looks for "the" demo clinic, so it runs in a scratch database of its own.
 */
let db: ScratchDatabaseOnServer;
let ds: DataSource;
const bundles: { clientId: string; bundle: Bundle }[] = [];

beforeAll(async () => {
  db = await createScratchDatabase(inject('databaseUrl'), 'wp_fhir');
  ds = createDataSource(db.url, 3);
  await ds.initialize();
  await migrate(ds);
  await seedDemoClinic(ds);
  const clients = await ds.query<
    { client_id: string; director_id: string; roles: Viewer['programRoles'] }[]
  >(
    `SELECT DISTINCT ON (e.client_id) e.client_id, r.staff_id AS director_id,
       (SELECT json_agg(json_build_object('programId', x.program_id, 'role', x.role))
        FROM staff_program_role x WHERE x.staff_id = r.staff_id) AS roles
     FROM episode e JOIN staff_program_role r ON r.program_id = e.program_id AND r.role = 'DIRECTOR'
     ORDER BY e.client_id, e.opened_at DESC, r.staff_id`,
  );
  for (const c of clients) {
    const viewer: Viewer = {
      staffId: c.director_id,
      sessionId: 'fhir-demo',
      sessionExpiresAt: new Date(Date.now() + 3_600_000),
      programRoles: c.roles,
    };
    const scope = new ClientScope(ds, viewer, new AuditTrail(ds, 'fhir-demo', c.director_id));
    bundles.push({
      clientId: c.client_id,
      bundle: await exportClientBundle(scope, {
        clientId: c.client_id,
        recipient: null,
        type: 'searchset',
        baseUrl: 'https://waypoint.test/fhir',
      }),
    });
  }
}, 300_000);
afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

it('every resource of every demo client validates against FHIR R4 with 0 errors', () => {
  expect(bundles.length).toBeGreaterThan(10);
  const failures: string[] = [];
  let checked = 0;
  const kinds = new Set<string>();
  for (const { bundle } of bundles) {
    for (const issue of fhirErrors(bundle))
      failures.push(`${issue.expression?.join()}: ${issue.details?.text}`);
    for (const r of (bundle.entry ?? []).map((e) => e.resource as Resource)) {
      checked++;
      kinds.add(r.resourceType);
      for (const issue of fhirErrors(r)) {
        failures.push(
          `${r.resourceType}/${r.id}: ${issue.expression?.join()} ${issue.details?.text}`,
        );
      }
    }
  }
  expect(failures).toEqual([]);
  expect(checked).toBeGreaterThan(100);
  // The demo clinic exercises every kind the export maps.
  expect([...kinds].sort()).toEqual(
    [
      'CarePlan',
      'CareTeam',
      'Condition',
      'Consent',
      'Encounter',
      'EpisodeOfCare',
      'Goal',
      'Observation',
      'Organization',
      'Patient',
      'Practitioner',
      'Provenance',
      'QuestionnaireResponse',
      'ServiceRequest',
      'Task',
    ].sort(),
  );
}, 120_000);

it('every reference resolves inside its bundle and every resource carries the Part 2 labels', () => {
  for (const { clientId, bundle } of bundles) {
    expect([clientId, unresolvedReferences(bundle)]).toEqual([clientId, []]);
    for (const meta of [bundle.meta, ...(bundle.entry ?? []).map((e) => e.resource!.meta)]) {
      const codes = meta?.security?.map((c) => c.code) ?? [];
      expect(codes).toEqual(expect.arrayContaining(['R', '42CFRPart2', 'NORDSCLCD']));
    }
  }
});

it('each bundle carries the §2.32 notice on the Provenance of its disclosure, and no extension', () => {
  for (const { bundle } of bundles) {
    const sent = (bundle.entry ?? []).map((e) => e.resource!);
    const notice = sent.find((r): r is Provenance => r.id === bundle.id);
    expect(notice?.resourceType).toBe('Provenance');
    expect(notice!.policy).toEqual([PART2_NOTICE_POLICY]);
    expect(notice!.text!.div).toContain('42 CFR part 2');
    expect(notice!.reason?.[0]?.coding?.[0]?.code).toBe('PATRQT');
    expect(notice!.target).toHaveLength(sent.length - 1);
    // An extension no validator can look up is an error to the HL7 validator.
    expect(JSON.stringify(bundle)).not.toContain('"extension"');
  }
});

it('each problem and goal is exported once, however many plan versions held it', async () => {
  const lineages = await ds.query<{ client_id: string; problems: number; goals: number }[]>(
    `SELECT e.client_id, count(DISTINCT p.lineage_id)::int AS problems,
       count(DISTINCT g.lineage_id)::int AS goals
     FROM episode e JOIN treatment_plan t ON t.episode_id = e.id
     JOIN plan_problem p ON p.plan_id = t.id LEFT JOIN plan_goal g ON g.problem_id = p.id
     GROUP BY e.client_id`,
  );
  const statuses = new Set<string>();
  let versions = 0;
  for (const { clientId, bundle } of bundles) {
    const sent = (bundle.entry ?? []).map((e) => e.resource!);
    const conditions = sent.filter((r): r is Condition => r.resourceType === 'Condition');
    for (const c of conditions) statuses.add(c.clinicalStatus!.coding![0]!.code!);
    versions += sent.filter((r) => r.resourceType === 'CarePlan' && r.id).length;
    const want = lineages.find((l) => l.client_id === clientId) ?? { problems: 0, goals: 0 };
    expect([
      clientId,
      conditions.length,
      sent.filter((r) => r.resourceType === 'Goal').length,
    ]).toEqual([clientId, want.problems, want.goals]);
  }
  // The demo clinic has plans of more than one version, and problems no longer treated.
  expect(versions).toBeGreaterThan(lineages.length);
  expect([...statuses].sort()).toEqual(expect.arrayContaining(['active', 'inactive']));
});

it('each export was recorded as a disclosure under the client’s right of access', async () => {
  const [{ clients }] = await ds.query<[{ clients: number }]>(
    `SELECT count(DISTINCT client_id)::int AS clients FROM disclosure WHERE basis = 'CLIENT_RIGHT_OF_ACCESS'`,
  );
  expect(clients).toBe(bundles.length);
});
