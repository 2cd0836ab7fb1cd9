import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  createDataSource,
  createScratchDatabase,
  createTestProgram,
  createTestStaff,
  migrate,
  provisionRoles,
  startScratchDatabase,
} from '@waypoint/api/testing';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const apiRoot = path.resolve(here, '../../api');
export const artifactsDir = path.resolve(here, '../artifacts');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface AppUnderTest {
  baseUrl: string;
  /** The API's environment (database roles, settings), for running its commands alongside. */
  env: Record<string, string>;
  /** Direct database access for building the test's own clinic. */
  db: DataSource;
  browser: Browser;
  newPage(): Promise<Page>;
  stop(): Promise<void>;
}

export interface AppOptions {
  /**
   * A database of its own with nothing in it (a new install), rather than the run's shared one:
   * created on DATABASE_URL's server when that is an administrator, else a scratch embedded one.
   */
  emptyDatabase?: boolean;
  /** More settings for the API (e.g. MFA_REQUIRED). */
  env?: Record<string, string>;
}

/** An administrator URL (DATABASE_URL alone) or a scratch embedded PostgreSQL, and its cleanup. */
async function serverFor(options: AppOptions) {
  const { DATABASE_URL, DATABASE_MIGRATION_URL } = process.env;
  // Given both roles (CI set up as production is), neither may create a database.
  if (options.emptyDatabase && DATABASE_URL && !DATABASE_MIGRATION_URL) {
    const fresh = await createScratchDatabase(DATABASE_URL, 'waypoint_e2e_empty');
    return { url: fresh.url, stop: () => fresh.drop() };
  }
  if (DATABASE_URL && !options.emptyDatabase) return { url: DATABASE_URL, stop: async () => {} };
  const scratch = await startScratchDatabase();
  return { url: scratch.url, stop: () => scratch.stop() };
}

/**
 * An installed clinic has an active administrator; without one the sign-in page offers only the
 * first-administrator instructions. A database of the run's own (a scratch embedded one, or a
 * new DATABASE_URL) has none until something creates it, so create one, signing in never.
 */
async function ensureAnAdministrator(db: DataSource) {
  const [admin] = await db.query<unknown[]>(
    `SELECT 1 FROM staff s JOIN staff_program_role r ON r.staff_id = s.id
      WHERE s.active AND r.role = 'ADMIN' LIMIT 1`,
  );
  if (admin) return;
  const { id: programId } = await createTestProgram(db, { name: 'End-to-end administration' });
  await createTestStaff(db, [{ programId, role: 'ADMIN' }], {
    firstName: 'Installed',
    lastName: 'Administrator',
  });
}

/**
 * The production build as a user deploys it: the compiled API serving the built web app on one
 * port, over real PostgreSQL (DATABASE_URL, or a scratch embedded one), driven by Chromium (browser.ts).
 */
export async function startAppUnderTest(options: AppOptions = {}): Promise<AppUnderTest> {
  // Chosen once for the run by the global setup (browser.ts).
  const choice = inject('browser');
  let server: { url: string; stop: () => Promise<void> } | undefined;
  // The two roles production has: given (DATABASE_URL + DATABASE_MIGRATION_URL), or derived
  // from an administrator (DATABASE_URL alone, or a scratch embedded PostgreSQL).
  const { DATABASE_URL, DATABASE_MIGRATION_URL } = process.env;
  const roles =
    DATABASE_URL && DATABASE_MIGRATION_URL && !options.emptyDatabase
      ? { appUrl: DATABASE_URL, ownerUrl: DATABASE_MIGRATION_URL }
      : await provisionRoles((server = await serverFor(options)).url);
  const db = createDataSource(roles.ownerUrl, 2);
  await db.initialize();
  await migrate(db);
  if (!options.emptyDatabase) await ensureAnAdministrator(db);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    DATABASE_URL: roles.appUrl,
    DATABASE_MIGRATION_URL: roles.ownerUrl,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    // Where links sent to staff (set-password) point.
    PUBLIC_URL: baseUrl,
    ...options.env,
  };
  const api: ChildProcess = spawn('node', ['dist/main.js'], {
    cwd: apiRoot,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; ; i++) {
    if (
      await fetch(`${baseUrl}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 300 || api.exitCode !== null) {
      api.kill('SIGTERM');
      throw new Error('the API did not become ready');
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  const browser = await chromium.launch({
    executablePath: choice.executablePath,
    args: [
      ...choice.args,
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    env: { ...process.env, ...choice.env },
  });
  await mkdir(artifactsDir, { recursive: true });

  return {
    baseUrl,
    env,
    db,
    browser,
    newPage: () => browser.newPage({ viewport: { width: 1440, height: 900 }, baseURL: baseUrl }),
    async stop() {
      await browser.close();
      await new Promise<void>((resolve) => {
        if (api.exitCode !== null) return resolve();
        api.once('exit', () => resolve());
        api.kill('SIGTERM');
      });
      await db.destroy();
      await server?.stop();
    },
  };
}
