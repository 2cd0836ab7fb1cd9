import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

const EXPIRING = /* GraphQL */ `
  query ($mine: Boolean!, $programIds: [ID!]) {
    consentsExpiring(mine: $mine, programIds: $programIds) {
      daysLeft
      consent {
        purposeDescription
        client {
          id
        }
      }
    }
  }
`;
interface Expiring {
  consentsExpiring: {
    daysLeft: number;
    consent: { purposeDescription: string; client: { id: string } };
  }[];
}

describe('consents lapsing within 30 days', () => {
  let server: TestServer;
  let ds: DataSource;
  let programId: string;
  let clientId: string;
  let cm: Caller;
  let otherCm: Caller;
  let director: Caller;
  let outsider: Caller;

  beforeAll(async () => {
    server = await startTestServer();
    ds = server.database.dataSource;
    programId = (await createTestProgram(ds)).id;
    const staff = await createTestStaff(ds, [{ programId, role: 'CASE_MANAGER' }]);
    const made = await createTestClient(ds, { programId, caseManagerId: staff.id });
    clientId = made.client.id;
    // Expiry days counted from today in the program's time zone.
    const consent = (purpose: string, status: string, inDays: number | null) =>
      ds.query(
        `INSERT INTO consent (episode_id, client_id, status, disclosing_party, information_description,
           purposes, purpose_description, revocation_statement, created_by_id, expires_on, signed_at)
         SELECT $1, $2, $3, 'P', 'Details', '{CARE_COORDINATION}', $4, 'r', $5,
           CASE WHEN $6::int IS NULL THEN NULL ELSE (now() AT TIME ZONE p.time_zone)::date + $6::int END,
           now()
         FROM program p WHERE p.id = $7`,
        [made.episode.id, clientId, status, purpose, staff.id, inDays, programId],
      );
    await consent('Lapses in a fortnight', 'ACTIVE', 14);
    await consent('Last day today', 'ACTIVE', 0);
    await consent('Lapses on day 30', 'ACTIVE', 30);
    await consent('Lapses on day 31', 'ACTIVE', 31);
    await consent('Ends at discharge', 'ACTIVE', null);
    await consent('Revoked already', 'REVOKED', 10);
    await consent('Awaiting signature', 'PENDING_SIGNATURE', 10);
    cm = await server.as(staff);
    otherCm = await server.as(await createTestStaff(ds, [{ programId, role: 'CASE_MANAGER' }]));
    director = await server.as(await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]));
    outsider = await server.as(await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]));
  });
  afterAll(() => server?.close());

  const list = async (caller: Caller, mine: boolean) => {
    const res = await caller.gql<Expiring>(EXPIRING, { mine, programIds: [programId] });
    expect(res.errors).toBeUndefined();
    return res.data!.consentsExpiring.map((c) => [c.consent.purposeDescription, c.daysLeft]);
  };

  it('the case manager sees active consents lapsing within 30 days, soonest first, each audited', async () => {
    expect(await list(cm, true)).toEqual([
      ['Last day today', 0],
      ['Lapses in a fortnight', 14],
      ['Lapses on day 30', 30],
    ]);
    const [{ n }] = await ds.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM audit_event
       WHERE record_type = 'Consent' AND action = 'READ' AND client_id = $1`,
      [clientId],
    );
    expect(n).toBe(3);
  });

  it('a director of the program sees them; another case manager and an outside clinician do not', async () => {
    expect(await list(director, false)).toHaveLength(3);
    expect(await list(otherCm, true)).toEqual([]);
    expect(await list(outsider, false)).toEqual([]);
  });
});
