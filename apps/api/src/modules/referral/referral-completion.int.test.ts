import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

const COMPLETION = /* GraphQL */ `
  query ($filter: DashboardFilter) {
    referralCompletion(filter: $filter) {
      category
      completed
      ended
      percent
    }
  }
`;
const BEHIND = /* GraphQL */ `
  query ($filter: DashboardFilter, $category: ResourceCategory) {
    referralCompletionReferrals(filter: $filter, category: $category) {
      recipientName
      status
    }
  }
`;
const WORKLIST = /* GraphQL */ `
  query ($programIds: [ID!], $clinicianId: ID) {
    referralWorklist(mine: false, programIds: $programIds, clinicianId: $clinicianId) {
      referral {
        recipientName
      }
    }
  }
`;

describe('the director’s referral figures', () => {
  let server: TestServer;
  let ds: DataSource;
  let programId: string;
  let clinicianId: string;
  let director: Caller;
  let otherDirector: Caller;
  let clinician: Caller;

  beforeAll(async () => {
    server = await startTestServer();
    ds = server.database.dataSource;
    programId = (await createTestProgram(ds)).id;
    const other = (await createTestProgram(ds)).id;
    const clinicianStaff = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
    clinicianId = clinicianStaff.id;
    const colleague = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
    const mine = await createTestClient(ds, { programId, primaryClinicianId: clinicianId });
    const theirs = await createTestClient(ds, { programId, primaryClinicianId: colleague.id });
    const [food] = await ds.query<{ id: string }[]>(
      `INSERT INTO community_resource (program_id, name, category, cost) VALUES ($1, 'Pantry', 'FOOD', 'FREE') RETURNING id`,
      [programId],
    );
    const [jobs] = await ds.query<{ id: string }[]>(
      `INSERT INTO community_resource (program_id, name, category, cost) VALUES ($1, 'Jobs', 'VOCATIONAL_REHAB', 'FREE') RETURNING id`,
      [programId],
    );
    const referral = (
      made: typeof mine,
      recipient: string,
      resourceId: string | null,
      status: string,
      updated = 'now()',
      dueBy: string | null = null,
    ) =>
      ds.query(
        `INSERT INTO referral (episode_id, client_id, resource_id, recipient_name, reason, purpose,
           information_to_send, urgency, status, due_by, created_by_id, updated_at)
         VALUES ($1, $2, $3, $4, 'Needs', 'CARE_COORDINATION', 'Name', 'ROUTINE', $5, $6, $7, ${updated})`,
        [made.episode.id, made.client.id, resourceId, recipient, status, dueBy, clinicianId],
      );
    await referral(mine, 'Pantry done', food!.id, 'COMPLETED');
    await referral(mine, 'Pantry silent', food!.id, 'NO_RESPONSE');
    await referral(mine, 'Pantry withdrawn', food!.id, 'CANCELLED');
    await referral(mine, 'Pantry long ago', food!.id, 'COMPLETED', "now() - interval '200 days'");
    await referral(theirs, 'Jobs done', jobs!.id, 'COMPLETED');
    await referral(theirs, 'Jobs declined', jobs!.id, 'CLIENT_DECLINED');
    await referral(theirs, 'Jobs rejected', jobs!.id, 'REJECTED');
    await referral(mine, 'Ad hoc dentist', null, 'COMPLETED');
    await referral(mine, 'Open pantry', food!.id, 'SENT', 'now()', '2020-01-01');
    await referral(theirs, 'Open jobs', jobs!.id, 'PENDING_CONSENT');
    director = await server.as(await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]));
    otherDirector = await server.as(
      await createTestStaff(ds, [{ programId: other, role: 'DIRECTOR' }]),
    );
    clinician = await server.as(clinicianStaff);
  });
  afterAll(() => server?.close());

  const completion = async (caller: Caller, clinicianFilter: string | null = null) => {
    const res = await caller.gql<{ referralCompletion: unknown[] }>(COMPLETION, {
      filter: { programIds: [programId], clinicianId: clinicianFilter },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.referralCompletion;
  };

  it('completion by category over the last 90 days: cancelled and open ones do not count', async () => {
    expect(await completion(director)).toEqual([
      { category: 'VOCATIONAL_REHAB', completed: 1, ended: 3, percent: 33 },
      { category: 'FOOD', completed: 1, ended: 2, percent: 50 },
      { category: null, completed: 1, ended: 1, percent: 100 },
    ]);
  });

  it('the clinician filter narrows the rates and the open referrals to that caseload', async () => {
    expect(await completion(director, clinicianId)).toEqual([
      { category: 'FOOD', completed: 1, ended: 2, percent: 50 },
      { category: null, completed: 1, ended: 1, percent: 100 },
    ]);
    const res = await director.gql<{ referralWorklist: { referral: { recipientName: string } }[] }>(
      WORKLIST,
      { programIds: [programId], clinicianId },
    );
    // The lately silent one stays listed while someone decides whether to try again.
    expect(res.data!.referralWorklist.map((w) => w.referral.recipientName)).toEqual([
      'Open pantry',
      'Pantry silent',
    ]);
  });

  it('the drill-down lists the referrals behind a rate, each read audited', async () => {
    const before = await ds.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE record_type = 'Referral' AND action = 'READ'`,
    );
    const res = await director.gql<{
      referralCompletionReferrals: { recipientName: string; status: string }[];
    }>(BEHIND, { filter: { programIds: [programId] }, category: 'VOCATIONAL_REHAB' });
    expect(res.data!.referralCompletionReferrals.map((r) => r.recipientName).sort()).toEqual([
      'Jobs declined',
      'Jobs done',
      'Jobs rejected',
    ]);
    const after = await ds.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE record_type = 'Referral' AND action = 'READ'`,
    );
    expect(after[0].n - before[0].n).toBe(3);
    const adHoc = await director.gql<{ referralCompletionReferrals: { recipientName: string }[] }>(
      BEHIND,
      { filter: { programIds: [programId] }, category: null },
    );
    expect(adHoc.data!.referralCompletionReferrals.map((r) => r.recipientName)).toEqual([
      'Ad hoc dentist',
    ]);
  });

  it('a director of another program and a clinician (who directs nothing) see none', async () => {
    expect(await completion(otherDirector)).toEqual([]);
    expect(await completion(clinician)).toEqual([]);
    const res = await clinician.gql<{ referralCompletionReferrals: unknown[] }>(BEHIND, {
      filter: { programIds: [programId] },
      category: 'FOOD',
    });
    expect(res.data!.referralCompletionReferrals).toEqual([]);
  });
});
