import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { createScratchDatabase } from './scratch-databases.js';
import { freePort } from '../testing/scratch-database.js';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/password.js';
import { createTestProgram, createTestStaff } from '../testing/factories.js';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const mainJs = path.join(apiRoot, 'dist/main.js');

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every 100 ms until it holds; fails after `limitMs` (a generous bound). */
export async function eventually(
  what: string,
  check: () => Promise<boolean>,
  limitMs = 60_000,
): Promise<void> {
  for (const end = Date.now() + limitMs; Date.now() < end; await sleep(100)) {
    if (await check().catch(() => false)) return;
  }
  throw new Error(`${what}: not within ${limitMs / 1000} s`);
}

/** A database of its own on the run's server: the owner's and the API role's URLs to it. */
export async function replicaDatabase(prefix: string) {
  const db = await createScratchDatabase(inject('databaseUrl'), prefix);
  const app = new URL(inject('appDatabaseUrl'));
  app.pathname = new URL(db.url).pathname;
  return { ownerUrl: db.url, appUrl: app.toString(), drop: () => db.drop() };
}

export interface Replica {
  url: string;
  port: number;
  /** stdout lines (JSON log lines) so far. */
  lines: string[];
  child: ChildProcess;
  exited: Promise<number | null>;
  /** SIGTERM (graceful) and wait for the exit. */
  stop(): Promise<number | null>;
  /** SIGKILL: no shutdown at all, as a crash or the OOM killer would. */
  kill9(): Promise<void>;
}

/**
 * The built API (`dist/main.js`, as production runs it) as its own process. The test run builds
 * it first (turbo's test task depends on build).
 */
export async function startReplica(options: {
  appUrl: string;
  ownerUrl: string;
  port?: number;
  env?: Record<string, string>;
}): Promise<Replica> {
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: build the API first`);
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [mainJs], {
    cwd: apiRoot,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: options.appUrl,
      DATABASE_MIGRATION_URL: options.ownerUrl,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      WEB_DIST_DIR: '/nonexistent',
      LOG_LEVEL: 'info',
      SHUTDOWN_TIMEOUT_MS: '5000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? (signal ? null : 0))),
  );
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    lines,
    child,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill9() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

export const isReady = (replica: { url: string }) =>
  fetch(`${replica.url}/readyz`).then(
    (r) => r.ok,
    () => false,
  );

/** Until /readyz answers 200; a replica that exits fails at once, with what it logged last. */
export async function untilReady(replica: Replica): Promise<Replica> {
  let exited = false;
  // A loaded CI machine starts a process slowly: the bound is generous, not a performance claim.
  await eventually(
    `replica on ${replica.port} ready`,
    async () => {
      exited = replica.child.exitCode !== null || replica.child.signalCode !== null;
      return exited || isReady(replica);
    },
    180_000,
  );
  if (exited) {
    throw new Error(
      `the replica exited before it was ready:\n${replica.lines.slice(-5).join('\n')}`,
    );
  }
  return replica;
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
  setCookie: string | null;
}

/** One GraphQL POST, as the web app sends it. */
export async function post<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    body: (await res.json()) as Answer<T>['body'],
    setCookie: res.headers.get('set-cookie'),
  };
}

export const PASSWORD = 'correct horse battery staple';

/** A clinician of `programId` (a new program unless given) whose password is PASSWORD. */
export async function passwordAccount(owner: DataSource, programId?: string) {
  programId ??= (await createTestProgram(owner)).id;
  const staff = await createTestStaff(owner, [{ programId, role: 'CLINICIAN' }]);
  await owner.query('UPDATE staff SET password_hash = $1 WHERE id = $2', [
    await hashPassword(PASSWORD),
    staff.id,
  ]);
  return staff;
}

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { staff { id } } }`;

export const signIn = (baseUrl: string, email: string, password: string, from: string) =>
  post<{ signIn: { staff: { id: string } } }>(
    baseUrl,
    SIGN_IN,
    { input: { email, password } },
    { 'x-forwarded-for': from },
  );
