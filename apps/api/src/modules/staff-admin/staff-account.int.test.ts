import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL_IN_USE, StaffRole } from '@waypoint/domain';
import type { DataSource } from 'typeorm';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { conflictIn, saveAnswer } from '../../test-support/save-result.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

/**
 * Staff administration through the API as the web app calls it. The last-administrator rule
 * needs an install of its own (first-admin.int.test.ts); here other suites' administrators exist.
 */
let server: TestServer;
let ds: DataSource;
let programs: { P: string; Q: string };
let admin: { id: string; caller: Caller };
const callers = new Map<StaffRole, { id: string; caller: Caller }>();

const STAFF_FIELDS = 'id version firstName lastName credentials email active accountStatus';
const create = (caller: Caller, input: Record<string, unknown>) =>
  caller.gql<{
    createStaffAccount: {
      staff: { id: string; version: number; accountStatus: string; email: string };
      invitation: { url: string; expiresAt: string; purpose: string };
    };
  }>(
    `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) {
       staff { ${STAFF_FIELDS} programRoles { role program { id } } }
       invitation { url expiresAt purpose } } }`,
    { input },
  );
const newAccount = (email: string, programId = programs.P, role: StaffRole = 'CLINICIAN') => ({
  firstName: 'Noor',
  lastName: 'Halvorsen',
  credentials: 'LMFT',
  email,
  roles: [{ programId, role }],
});
const unique = () => Math.random().toString(36).slice(2, 10);
const versionOf = async (id: string) =>
  (await ds.query<[{ version: number }]>('SELECT version FROM staff WHERE id = $1', [id]))[0]
    .version;
const rolesOf = async (id: string) =>
  (
    await ds.query<{ role: string }[]>(
      'SELECT role FROM staff_program_role WHERE staff_id = $1 ORDER BY role',
      [id],
    )
  ).map((r) => r.role);

/** Every new operation, sent so that it would change something real if allowed. */
function operations(targetId: string): Record<string, (c: Caller) => Promise<unknown>> {
  const role = (name: string, r: StaffRole) => async (c: Caller) =>
    c.gql(`mutation ($input: StaffRoleChangeInput!) { ${name}(input: $input) { __typename } }`, {
      input: {
        staffId: targetId,
        version: await versionOf(targetId),
        programId: programs.P,
        role: r,
      },
    });
  const versioned = (name: string) => async (c: Caller) =>
    c.gql(
      `mutation ($input: StaffAccountVersionInput!) { ${name}(input: $input) { __typename } }`,
      {
        input: { id: targetId, version: await versionOf(targetId) },
      },
    );
  return {
    staffAccounts: (c) => c.gql('{ staffAccounts(first: 5) { totalCount edges { node { id } } } }'),
    staffAccount: (c) =>
      c.gql('query ($id: ID!) { staffAccount(id: $id) { id accountStatus } }', { id: targetId }),
    createStaffAccount: (c) => create(c, newAccount(`matrix-${unique()}@example.org`)),
    updateStaffAccount: async (c) =>
      c.gql(
        `mutation ($input: UpdateStaffAccountInput!) { updateStaffAccount(input: $input) { __typename } }`,
        {
          input: { id: targetId, version: await versionOf(targetId), credentials: 'CADC' },
        },
      ),
    deactivateStaffAccount: versioned('deactivateStaffAccount'),
    reactivateStaffAccount: versioned('reactivateStaffAccount'),
    grantStaffRole: role('grantStaffRole', 'ADMIN'),
    revokeStaffRole: role('revokeStaffRole', 'CLINICIAN'),
    issueStaffPasswordLink: (c) =>
      c.gql('mutation ($id: ID!) { issueStaffPasswordLink(staffId: $id) { url } }', {
        id: targetId,
      }),
  };
}

beforeAll(async () => {
  server = await startTestServer();
  ds = server.database.dataSource;
  programs = { P: (await createTestProgram(ds)).id, Q: (await createTestProgram(ds)).id };
  for (const role of Object.values(StaffRole)) {
    const staff = await createTestStaff(ds, [{ programId: programs.P, role }]);
    callers.set(role, { id: staff.id, caller: await server.as(staff) });
  }
  admin = callers.get('ADMIN')!;
}, 60_000);
afterAll(() => server?.close());

describe('who may administer staff', () => {
  it.each(Object.values(StaffRole).filter((r) => r !== 'ADMIN'))(
    'a %s is refused every staff-administration operation, and nothing changes',
    async (role) => {
      const { id, caller } = callers.get(role)!;
      const target = await createTestStaff(ds, [{ programId: programs.P, role: 'CLINICIAN' }]);
      const before = await versionOf(target.id);
      for (const [name, run] of Object.entries(operations(target.id))) {
        const res = (await run(caller)) as { errors?: { extensions?: { code?: string } }[] };
        expect([name, res.errors?.[0]?.extensions?.code]).toEqual([name, 'FORBIDDEN']);
      }
      expect(await versionOf(target.id)).toBe(before);
      expect(await rolesOf(target.id)).toEqual(['CLINICIAN']);
      const [{ n }] = await ds.query<[{ n: number }]>(
        `SELECT count(*)::int AS n FROM audit_event WHERE actor_staff_id = $1 AND outcome = 'DENIED'`,
        [id],
      );
      expect(n).toBeGreaterThanOrEqual(9);
    },
  );

  it('an ADMIN may perform each of them', async () => {
    const target = await createTestStaff(ds, [{ programId: programs.P, role: 'CLINICIAN' }], {
      passwordHash: 'set',
    });
    for (const [name, run] of Object.entries(operations(target.id))) {
      const res = (await run(admin.caller)) as { errors?: unknown[] };
      expect([name, res.errors]).toEqual([name, undefined]);
    }
  });

  it('a DIRECTOR can make neither themselves nor anyone else an ADMIN', async () => {
    const director = callers.get('DIRECTOR')!;
    for (const staffId of [director.id, callers.get('CLINICIAN')!.id]) {
      const res = await director.caller.gql(
        `mutation ($input: StaffRoleChangeInput!) { grantStaffRole(input: $input) { __typename } }`,
        {
          input: {
            staffId,
            version: await versionOf(staffId),
            programId: programs.P,
            role: 'ADMIN',
          },
        },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await rolesOf(staffId)).not.toContain('ADMIN');
    }
  });

  it('an ADMIN reaches no client record through the reassignment list', async () => {
    const res = await admin.caller.gql('{ careTeamReassignments { id client { id } } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });

  it('anyone, signed in or not, may ask whether the install needs its first administrator', async () => {
    const res = await server.anonymous.gql<{ setupStatus: { needsFirstAdmin: boolean } }>(
      '{ setupStatus { needsFirstAdmin } }',
    );
    expect(res.data?.setupStatus).toEqual({ needsFirstAdmin: false });
  });
});

describe('accounts', () => {
  it('a new account is invited (a one-time link to copy), with its roles, and audited', async () => {
    const email = `noor.${unique()}@example.org`;
    const res = await create(admin.caller, newAccount(email));
    expect(res.errors).toBeUndefined();
    const { staff, invitation } = res.data!.createStaffAccount;
    expect(staff).toMatchObject({ email, accountStatus: 'INVITED' });
    expect(invitation.purpose).toBe('INVITE');
    expect(invitation.url).toMatch(/\/set-password#token=[\w-]{20,}$/);
    expect(new Date(invitation.expiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
    const [event] = await ds.query<{ actor_staff_id: string; operation: string }[]>(
      `SELECT actor_staff_id, operation FROM audit_event WHERE action = 'CREATE' AND record_id = $1`,
      [staff.id],
    );
    expect(event).toEqual({ actor_staff_id: admin.id, operation: 'createStaffAccount' });

    const again = await admin.caller.gql<{ issueStaffPasswordLink: { url: string } }>(
      'mutation ($id: ID!) { issueStaffPasswordLink(staffId: $id) { url purpose } }',
      { id: staff.id },
    );
    expect(again.data?.issueStaffPasswordLink).toMatchObject({ purpose: 'INVITE' });
    expect(again.data?.issueStaffPasswordLink.url).not.toBe(invitation.url);
  });

  it('an email is unique regardless of case, and the refusal names the field', async () => {
    const email = `dup.${unique()}@example.org`;
    expect((await create(admin.caller, newAccount(email))).errors).toBeUndefined();
    const twin = await create(admin.caller, newAccount(email.toUpperCase()));
    expect(twin.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', message: EMAIL_IN_USE }],
    });
    const other = await createTestStaff(ds, [{ programId: programs.P, role: 'INTAKE' }]);
    const edit = await admin.caller.gql(
      `mutation ($input: UpdateStaffAccountInput!) { updateStaffAccount(input: $input) { __typename } }`,
      { input: { id: other.id, version: other.version, email: ` ${email.toUpperCase()} ` } },
    );
    expect(edit.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'email', message: EMAIL_IN_USE }],
    });
  });

  it('invalid fields are named; nothing is created', async () => {
    const email = `bad.${unique()}@example.org`;
    const res = await create(admin.caller, {
      ...newAccount(email),
      firstName: '  ',
      email: 'nope',
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'firstName', message: 'Enter a first name' },
        { field: 'email', message: 'Enter an email address like name@example.org' },
      ],
    });
  });

  it('an edit from a stale version is answered with the account as it stands', async () => {
    const staff = await createTestStaff(ds, [{ programId: programs.P, role: 'CLINICIAN' }]);
    const edit = (version: number, credentials: string) =>
      admin.caller.gql(
        `mutation ($input: UpdateStaffAccountInput!) {
           updateStaffAccount(input: $input) { ${saveAnswer('Staff', 'id version credentials', { currentFields: 'id version credentials' })} } }`,
        { input: { id: staff.id, version, credentials } },
      );
    expect((await edit(staff.version, 'LCSW')).errors).toBeUndefined();
    const conflict = conflictIn<{ credentials: string }>(
      await edit(staff.version, 'LPCC'),
      'updateStaffAccount',
    );
    expect(conflict.current).toMatchObject({ credentials: 'LCSW', version: staff.version + 1 });
  });

  it('roles are given and taken away per program', async () => {
    const staff = await createTestStaff(ds, [{ programId: programs.P, role: 'CLINICIAN' }]);
    const change = async (name: string, programId: string, role: StaffRole) =>
      admin.caller.gql(
        `mutation ($input: StaffRoleChangeInput!) { ${name}(input: $input) { __typename } }`,
        {
          input: { staffId: staff.id, version: await versionOf(staff.id), programId, role },
        },
      );
    expect((await change('grantStaffRole', programs.Q, 'CASE_MANAGER')).errors).toBeUndefined();
    expect((await change('revokeStaffRole', programs.P, 'CLINICIAN')).errors).toBeUndefined();
    const roles = await ds.query<{ program_id: string; role: string }[]>(
      'SELECT program_id, role FROM staff_program_role WHERE staff_id = $1',
      [staff.id],
    );
    expect(roles).toEqual([{ program_id: programs.Q, role: 'CASE_MANAGER' }]);
  });
});

describe('deactivation', () => {
  it('ends every session at once and puts open episodes on the directors’ reassignment list', async () => {
    const leaving = await createTestStaff(ds, [
      { programId: programs.P, role: 'CLINICIAN' },
      { programId: programs.P, role: 'CASE_MANAGER' },
    ]);
    const sessions = [await server.as(leaving), await server.as(leaving)];
    const { episode } = await createTestClient(ds, {
      programId: programs.P,
      status: 'ACTIVE',
      primaryClinicianId: leaving.id,
    });
    const { episode: closed } = await createTestClient(ds, {
      programId: programs.P,
      status: 'CLOSED',
      primaryClinicianId: leaving.id,
    });
    const director = callers.get('DIRECTOR')!;
    const otherDirector = await server.as(
      await createTestStaff(ds, [{ programId: programs.Q, role: 'DIRECTOR' }]),
    );
    const listed = async (caller: Caller) =>
      (
        await caller.gql<{
          careTeamReassignments: {
            id: string;
            primaryClinician: { id: string; active: boolean };
          }[];
        }>('{ careTeamReassignments { id version primaryClinician { id active } } }')
      ).data!.careTeamReassignments.map((e) => e.id);
    expect(await listed(director.caller)).not.toContain(episode.id);

    const res = await admin.caller.gql(
      `mutation ($input: StaffAccountVersionInput!) { deactivateStaffAccount(input: $input) { ${saveAnswer('Staff', 'id active accountStatus')} } }`,
      { input: { id: leaving.id, version: leaving.version } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.deactivateStaffAccount).toMatchObject({
      active: false,
      accountStatus: 'DEACTIVATED',
    });
    for (const session of sessions) {
      const me = await session.gql<{ me: unknown }>('{ me { staff { id } } }');
      expect(me.data?.me, JSON.stringify(me)).toBeNull();
    }
    const [{ open }] = await ds.query<[{ open: number }]>(
      'SELECT count(*)::int AS open FROM staff_session WHERE staff_id = $1 AND revoked_at IS NULL',
      [leaving.id],
    );
    expect(open).toBe(0);

    const onList = await listed(director.caller);
    expect(onList).toContain(episode.id);
    expect(onList).not.toContain(closed.id);
    expect(await listed(otherDirector)).not.toContain(episode.id);
    expect(await listed(callers.get('CLINICIAN')!.caller)).toEqual([]);
    const [read] = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event
       WHERE actor_staff_id = $1 AND action = 'READ' AND record_type = 'Episode' AND record_id = $2
         AND operation = 'careTeamReassignments'`,
      [director.id, episode.id],
    );
    expect(read!.n).toBe(1);

    const successor = await createTestStaff(ds, [{ programId: programs.P, role: 'CLINICIAN' }]);
    const [{ version }] = await ds.query<[{ version: number }]>(
      'SELECT version FROM episode WHERE id = $1',
      [episode.id],
    );
    const reassigned = await director.caller.gql(
      `mutation ($input: AssignCareTeamInput!) { assignCareTeam(input: $input) { __typename } }`,
      { input: { episodeId: episode.id, version, primaryClinicianId: successor.id } },
    );
    expect(reassigned.errors).toBeUndefined();
    expect(await listed(director.caller)).not.toContain(episode.id);
  });

  it('a deactivated account can be reactivated and invited again', async () => {
    const staff = await createTestStaff(ds, [{ programId: programs.P, role: 'INTAKE' }], {
      active: false,
    });
    const link = await admin.caller.gql(
      'mutation ($id: ID!) { issueStaffPasswordLink(staffId: $id) { url } }',
      { id: staff.id },
    );
    expect(link.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const res = await admin.caller.gql(
      `mutation ($input: StaffAccountVersionInput!) { reactivateStaffAccount(input: $input) { ${saveAnswer('Staff', 'active accountStatus')} } }`,
      { input: { id: staff.id, version: staff.version } },
    );
    expect(res.data?.reactivateStaffAccount).toMatchObject({
      active: true,
      accountStatus: 'INVITED',
    });
  });
});

describe('the staff list', () => {
  it('searches names and emails and filters by role, program and status', async () => {
    const tag = unique();
    const invited = await createTestStaff(ds, [{ programId: programs.Q, role: 'INTAKE' }], {
      lastName: `Quillon${tag}`,
    });
    const gone = await createTestStaff(ds, [{ programId: programs.Q, role: 'CLINICIAN' }], {
      lastName: `Quillon${tag}`,
      active: false,
      passwordHash: 'x',
    });
    const list = async (filter: Record<string, unknown>) =>
      (
        await admin.caller.gql<{
          staffAccounts: { totalCount: number; edges: { node: { id: string } }[] };
        }>(
          'query ($f: StaffAccountFilter) { staffAccounts(first: 10, filter: $f) { totalCount edges { node { id } } } }',
          { f: filter },
        )
      ).data!.staffAccounts.edges.map((e) => e.node.id);
    expect(await list({ search: `quillon${tag}` })).toEqual(
      [invited.id, gone.id].sort((a, b) => a.localeCompare(b)),
    );
    expect(await list({ search: invited.email.toUpperCase() })).toEqual([invited.id]);
    expect(await list({ search: `quillon${tag}`, status: 'INVITED' })).toEqual([invited.id]);
    expect(await list({ search: `quillon${tag}`, status: 'DEACTIVATED' })).toEqual([gone.id]);
    expect(
      await list({ search: `quillon${tag}`, role: 'CLINICIAN', programId: programs.Q }),
    ).toEqual([gone.id]);
    expect(await list({ search: `quillon${tag}`, programId: programs.P })).toEqual([]);
  });
});
