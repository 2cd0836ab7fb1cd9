import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

const WORKLIST = /* GraphQL */ `
  query ($mine: Boolean!, $programIds: [ID!]) {
    referralWorklist(mine: $mine, programIds: $programIds) {
      attention
      referral {
        recipientName
        status
        client {
          id
        }
      }
    }
  }
`;
interface Work {
  referralWorklist: {
    attention: string | null;
    referral: { recipientName: string; status: string; client: { id: string } };
  }[];
}

describe('referral worklists', () => {
  let server: TestServer;
  let ds: DataSource;
  let programId: string;
  let clientId: string;
  let cm: Caller;
  let otherCm: Caller;
  let director: Caller;
  let outsider: Caller;
  let former: Caller;

  beforeAll(async () => {
    server = await startTestServer();
    ds = server.database.dataSource;
    programId = (await createTestProgram(ds)).id;
    const staff = await createTestStaff(ds, [{ programId, role: 'CASE_MANAGER' }]);
    const made = await createTestClient(ds, { programId, caseManagerId: staff.id });
    clientId = made.client.id;
    const referral = (recipient: string, status: string, dueBy: string | null, updated = 'now()') =>
      ds.query(
        `INSERT INTO referral (episode_id, client_id, recipient_name, reason, purpose,
           information_to_send, urgency, due_by, status, created_by_id, updated_at)
         VALUES ($1, $2, $3, 'Needs work', 'CARE_COORDINATION', 'Name', 'ROUTINE', $4, $5, $6, ${updated})`,
        [made.episode.id, clientId, recipient, dueBy, status, staff.id],
      );
    await referral('Past Due Housing', 'SENT', '2020-01-01');
    await referral('Awaiting Consent Clinic', 'PENDING_CONSENT', '2099-01-01');
    await referral('Silent Legal Aid', 'NO_RESPONSE', '2020-01-01');
    await referral('Long Silent Pantry', 'NO_RESPONSE', '2020-01-01', "now() - interval '40 days'");
    await referral('On Track Job Center', 'SENT', '2099-01-01');
    await referral('Done Dental', 'COMPLETED', '2020-01-01');
    cm = await server.as(staff);
    otherCm = await server.as(await createTestStaff(ds, [{ programId, role: 'CASE_MANAGER' }]));
    director = await server.as(await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]));
    outsider = await server.as(await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]));
    former = await server.as(
      await createTestStaff(ds, [{ programId, role: 'CASE_MANAGER' }], { active: false }),
    );
  });
  afterAll(() => server?.close());

  const list = async (caller: Caller, mine: boolean) => {
    const res = await caller.gql<Work>(WORKLIST, { mine, programIds: [programId] });
    expect(res.errors).toBeUndefined();
    return res.data!.referralWorklist.map((w) => [w.referral.recipientName, w.attention]);
  };

  it('the case manager’s Today: past due, lately NO_RESPONSE and awaiting consent, due first', async () => {
    expect(await list(cm, true)).toEqual([
      ['Past Due Housing', 'OVERDUE'],
      ['Silent Legal Aid', 'NO_RESPONSE'],
      ['Awaiting Consent Clinic', 'AWAITING_CONSENT'],
    ]);
    const [{ n }] = await ds.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM audit_event
       WHERE record_type = 'Referral' AND action = 'READ' AND client_id = $1`,
      [clientId],
    );
    expect(n).toBe(3);
  });

  it('my referrals by state (allOpen): every open one of my caseload, not a closed one', async () => {
    const res = await cm.gql<Work>(
      `query ($programIds: [ID!]) {
         referralWorklist(mine: true, programIds: $programIds, allOpen: true) {
           attention
           referral { recipientName status client { id } }
         }
       }`,
      { programIds: [programId] },
    );
    expect(res.data!.referralWorklist.map((w) => [w.referral.recipientName, w.attention])).toEqual([
      ['Past Due Housing', 'OVERDUE'],
      ['Silent Legal Aid', 'NO_RESPONSE'],
      ['Awaiting Consent Clinic', 'AWAITING_CONSENT'],
      ['On Track Job Center', null],
    ]);
  });

  it('the director’s figures: every open referral with what it needs', async () => {
    expect(await list(director, false)).toEqual([
      ['Past Due Housing', 'OVERDUE'],
      ['Silent Legal Aid', 'NO_RESPONSE'],
      ['Awaiting Consent Clinic', 'AWAITING_CONSENT'],
      ['On Track Job Center', null],
    ]);
  });

  it('a clinician outside the care team, another case manager and a former one see none of them', async () => {
    expect(await list(outsider, false)).toEqual([]);
    expect(await list(otherCm, true)).toEqual([]);
    const res = await former.gql<Work>(WORKLIST, { mine: true, programIds: null });
    expect(res.data?.referralWorklist ?? []).toEqual([]);
    expect(res.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });
});
