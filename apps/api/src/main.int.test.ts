import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_STAFF } from './db/seed/demo-staff.js';
import { freePort } from './testing/scratch-database.js';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The quick-start path, as a user runs it: the compiled API with no DATABASE_URL starts its own
 * embedded PostgreSQL, migrates, seeds, answers, and on Ctrl-C stops everything it started.
 */
describe('the API on its embedded PostgreSQL', () => {
  let dir: string;
  let port: number;
  let pgPort: number;

  beforeAll(async () => {
    // Ports the kernel hands out free (a random one may be a busy ephemeral port).
    port = await freePort();
    pgPort = await freePort();
    dir = await mkdtemp(path.join(os.tmpdir(), 'waypoint-main-'));
    await chmod(dir, 0o755);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  function start(): ChildProcess {
    // Its own process group, so stop() can do what Ctrl-C in a terminal does: signal the API
    // and the PostgreSQL it started, together.
    return spawn('node', ['dist/main.js'], {
      detached: true,
      cwd: apiRoot,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'development',
        PORT: String(port),
        EMBEDDED_PG_PORT: String(pgPort),
        EMBEDDED_PG_DIR: path.join(dir, 'postgres'),
        LOG_LEVEL: process.env.MAIN_TEST_LOG ?? 'warn',
      },
      stdio: ['ignore', process.env.MAIN_TEST_LOG ? 'inherit' : 'ignore', 'inherit'],
    });
  }

  /** A generous bound: a first start creates the cluster, migrates and seeds the demo clinic. */
  async function waitReady(): Promise<void> {
    for (const end = Date.now() + 180_000; Date.now() < end;) {
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('API did not become ready within 180 s');
  }

  const director = DEMO_STAFF.find((s) => s.role === 'DIRECTOR')!;

  async function post(query: string, variables: object, cookie = ''): Promise<Response> {
    return fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
  }

  /** Signs in as the demo director, as the README says, and counts the clinic's clients. */
  async function countDemoClients(): Promise<number> {
    const signIn = await post(
      'mutation ($input: SignInInput!) { signIn(input: $input) { staff { id } } }',
      { input: { email: director.email, password: DEMO_PASSWORD } },
    );
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const res = await post('{ programs { id } clients(first: 1) { totalCount } }', {}, cookie);
    const body = (await res.json()) as {
      data: { programs: unknown[]; clients: { totalCount: number } };
    };
    expect(body.data.programs).toHaveLength(2);
    return body.data.clients.totalCount;
  }

  function stop(child: ChildProcess, wholeGroup: boolean): Promise<number | null> {
    return new Promise((resolve) => {
      child.once('exit', (code) => resolve(code));
      process.kill(wholeGroup ? -child.pid! : child.pid!, 'SIGINT');
    });
  }

  function postgresProcesses(): string[] {
    const out = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    return out.split('\n').filter((l) => l.includes(path.join(dir, 'postgres')));
  }

  it('starts, seeds once, stops cleanly and comes back with the same data', async () => {
    const first = start();
    await waitReady();
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const clients = await countDemoClients();
    expect(clients).toBeGreaterThanOrEqual(60);
    expect(await stop(first, false)).toBe(0);
    expect(postgresProcesses()).toEqual([]);

    const second = start();
    await waitReady();
    expect(await countDemoClients()).toBe(clients);
    expect(await stop(second, true)).toBe(0);
    expect(postgresProcesses()).toEqual([]);
  }, 600_000);
});
