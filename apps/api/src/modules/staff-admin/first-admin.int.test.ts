import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAST_ADMIN_MESSAGE } from '@waypoint/domain';
import {
  createScratchDatabase,
  type ScratchDatabaseOnServer,
} from '../../test-support/scratch-databases.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * An install of its own (the last-administrator rule counts every administrator of the
 * database, and the run's shared database has many): the compiled `admin:create-first` command
 * on an empty database, then the guard that keeps one administrator, including two
 * administrators deactivating each other at the same moment.
 */
let scratch: ScratchDatabaseOnServer;
let env: Record<string, string>;
let server: TestServer;

function createFirst(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['dist/modules/staff-admin/first-admin.cli.js', ...args], {
      cwd: apiRoot,
      env: { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const firstAdminFlags = [
  '--email',
  'Wren.Oakes@Example.org',
  '--first-name',
  'Wren',
  '--last-name',
  'Oakes',
  '--program-code',
  'ADULT-IOP',
  '--program-name',
  'Adult IOP',
  '--time-zone',
  'America/Chicago',
];

const needsFirstAdmin = async (caller: Caller) =>
  (
    await caller.gql<{ setupStatus: { needsFirstAdmin: boolean } }>(
      '{ setupStatus { needsFirstAdmin } }',
    )
  ).data?.setupStatus.needsFirstAdmin;

beforeAll(async () => {
  scratch = await createScratchDatabase(inject('databaseUrl'), 'wp_first_admin');
  const appUrl = new URL(inject('appDatabaseUrl'));
  appUrl.pathname = new URL(scratch.url).pathname;
  env = {
    DATABASE_URL: appUrl.toString(),
    DATABASE_MIGRATION_URL: scratch.url,
    PUBLIC_URL: 'https://waypoint.example.org',
  };
  server = await startTestServer(env);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await scratch?.drop();
});

const deactivate = (caller: Caller, id: string, version: number) =>
  caller.gql<{ deactivateStaffAccount: { __typename: string } }>(
    `mutation ($input: StaffAccountVersionInput!) {
       deactivateStaffAccount(input: $input) { __typename } }`,
    { input: { id, version } },
  );
const versionOf = async (id: string) =>
  (
    await server.database.dataSource.query<[{ version: number }]>(
      'SELECT version FROM staff WHERE id = $1',
      [id],
    )
  )[0].version;
const activeAdmins = async () =>
  (
    await server.database.dataSource.query<{ id: string }[]>(
      `SELECT DISTINCT s.id FROM staff s JOIN staff_program_role r ON r.staff_id = s.id
       WHERE s.active AND r.role = 'ADMIN'`,
    )
  ).map((r) => r.id);

/** Waits until `count` statements of this database wait on a lock. */
async function waitForBlockedUpdates(
  runner: { query: (sql: string) => Promise<{ n: number }[]> },
  count: number,
): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const [row] = await runner.query(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE a.datname = current_database() AND NOT l.granted`,
    );
    if ((row?.n ?? 0) >= count) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the two deactivations never reached the lock');
}

describe('the first administrator', () => {
  it('without a terminal, a missing flag is named and nothing is created', async () => {
    const run = await createFirst(['--email', 'wren@example.org']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--first-name is required');
    expect(await needsFirstAdmin(server.anonymous)).toBe(true);
  }, 60_000);

  it('an empty install says it needs one; the command creates it with the first program; a second run refuses', async () => {
    expect(await needsFirstAdmin(server.anonymous)).toBe(true);

    const first = await createFirst(firstAdminFlags);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('with the first program ADULT-IOP');
    expect(first.stdout).toMatch(/https:\/\/waypoint\.example\.org\/set-password#token=[\w-]{20,}/);

    const ds = server.database.dataSource;
    const [admin] = await ds.query<{ email: string; roles: string[]; password_hash: null }[]>(
      `SELECT s.email, s.password_hash, array_agg(r.role) AS roles FROM staff s
       JOIN staff_program_role r ON r.staff_id = s.id GROUP BY s.id`,
    );
    expect(admin).toEqual({
      email: 'Wren.Oakes@Example.org',
      password_hash: null,
      roles: ['ADMIN'],
    });
    const [program] = await ds.query<{ code: string; time_zone: string }[]>(
      'SELECT code, time_zone FROM program',
    );
    expect(program).toEqual({ code: 'ADULT-IOP', time_zone: 'America/Chicago' });
    const events = await ds.query<{ record_type: string; operation: string }[]>(
      `SELECT record_type, operation FROM audit_event WHERE action = 'CREATE' ORDER BY id`,
    );
    expect(events).toEqual([
      { record_type: 'Program', operation: 'admin:create-first' },
      { record_type: 'Staff', operation: 'admin:create-first' },
    ]);
    expect(await needsFirstAdmin(server.anonymous)).toBe(false);

    const second = await createFirst([
      '--email',
      'someone.else@example.org',
      ...firstAdminFlags.slice(2),
    ]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('an active administrator already exists');
    const [{ n }] = await ds.query<[{ n: number }]>('SELECT count(*)::int AS n FROM staff');
    expect(n).toBe(1);
  }, 60_000);
});

describe('the last active administrator', () => {
  it('cannot deactivate themselves or give up their ADMIN role', async () => {
    const [adminId] = await activeAdmins();
    const admin = await server.as({ id: adminId! });
    const res = await deactivate(admin, adminId!, await versionOf(adminId!));
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id', message: LAST_ADMIN_MESSAGE }],
    });
    const [{ id: programId }] =
      await server.database.dataSource.query<[{ id: string }]>('SELECT id FROM program');
    const revoke = await admin.gql(
      `mutation ($input: StaffRoleChangeInput!) { revokeStaffRole(input: $input) { __typename } }`,
      { input: { staffId: adminId, version: await versionOf(adminId!), programId, role: 'ADMIN' } },
    );
    expect(revoke.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'role', message: LAST_ADMIN_MESSAGE }],
    });
    expect(await activeAdmins()).toEqual([adminId]);
  });

  it('two administrators deactivating each other at the same moment leave one', async () => {
    const [firstId] = await activeAdmins();
    const first = await server.as({ id: firstId! });
    const [{ id: programId }] =
      await server.database.dataSource.query<[{ id: string }]>('SELECT id FROM program');
    const created = await first.gql<{ createStaffAccount: { staff: { id: string } } }>(
      `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { staff { id } } }`,
      {
        input: {
          firstName: 'Idris',
          lastName: 'Vance',
          email: 'idris.vance@example.org',
          roles: [{ programId, role: 'ADMIN' }],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const secondId = created.data!.createStaffAccount.staff.id;
    const second = await server.as({ id: secondId });

    // Both requests are let through at the same instant: each waits on a row lock this test holds
    // on both accounts until both have started (past sign-in checks, inside their transaction).
    const versions = [await versionOf(secondId), await versionOf(firstId!)] as const;
    const blocker = server.database.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('SELECT 1 FROM staff WHERE id = ANY($1::uuid[]) FOR UPDATE', [
      [firstId, secondId],
    ]);
    const pending = Promise.all([
      deactivate(first, secondId, versions[0]),
      deactivate(second, firstId!, versions[1]),
    ]);
    await waitForBlockedUpdates(blocker, 2);
    await blocker.commitTransaction();
    await blocker.release();
    const answers = await pending;
    const saved = answers.filter((a) => a.data?.deactivateStaffAccount?.__typename === 'Staff');
    expect(saved).toHaveLength(1);
    for (const refused of answers.filter((a) => !saved.includes(a))) {
      // Refused by the guard, or (when the other deactivation committed first) signed out.
      expect(['BAD_USER_INPUT', 'UNAUTHENTICATED']).toContain(
        refused.errors?.[0]?.extensions?.code,
      );
    }
    expect(await activeAdmins()).toHaveLength(1);
  });
});
