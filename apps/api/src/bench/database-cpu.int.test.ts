import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { cpuBetween, databaseCpu, type DatabaseCpu } from './database-cpu.js';

/**
 * The benchmark's database CPU: a pool's backends are found by their application_name, and the
 * CPU a statement costs there is what the figure grows by (the tests' PostgreSQL runs on this
 * machine, as the benchmark's does).
 */
let backends: DatabaseCpu;
let pool: pg.Client;
const name = `waypoint-bench-test-${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  backends = await databaseCpu(inject('databaseUrl'));
  pool = new pg.Client({ connectionString: inject('databaseUrl'), application_name: name });
  await pool.connect();
});

afterAll(async () => {
  await pool.end();
  await backends.close();
});

it("counts the CPU a statement costs in the named pool's backend, and only there", async () => {
  const before = await backends.sample(name);
  expect(before?.size).toBe(1);
  const started = performance.now();
  await pool.query(`SELECT sum(i) FROM generate_series(1, 3000000) i`);
  const wallMs = performance.now() - started;
  const spent = cpuBetween(before, await backends.sample(name));
  expect(spent).toBeGreaterThan(wallMs * 0.2);
  expect(spent).toBeLessThanOrEqual(wallMs + 5);
  // Another pool's backends are not counted, nor the sampler's own.
  expect(cpuBetween(before, await backends.sample(`${name}-other`))).toBe(0);
});

it('waits until the audit events are sealed', async () => {
  await pool.query(
    `INSERT INTO audit_event (action, record_type, request_id, outcome)
     VALUES ('READ', 'Client', 'database-cpu test', 'SUCCESS')`,
  );
  let done = false;
  const waiting = backends.sealed().then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 300));
  // Done already only if every event was sealed by then (another test's server may seal it).
  const doneEarly = done;
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_event WHERE chain_seq IS NULL`,
  );
  if (doneEarly) expect(rows[0]!.n).toBe(0);
  await pool.query(`SELECT seal_audit_chain(100000)`);
  await waiting;
  expect(done).toBe(true);
});

it('counts a backend that connected in between from zero, and forgets one that closed', () => {
  const before = new Map([
    [1, 100],
    [2, 50],
  ]);
  const after = new Map([
    [1, 130],
    [3, 7],
  ]);
  expect(cpuBetween(before, after)).toBe(37);
  expect(cpuBetween(null, after)).toBeNull();
  expect(cpuBetween(before, null)).toBeNull();
});
