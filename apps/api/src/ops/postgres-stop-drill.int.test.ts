import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../db/data-source.js';
import { migrateAsOwner } from '../db/database.js';
import { provisionRoles, type DatabaseRoles } from '../db/database-roles.js';
import {
  eventually,
  isReady,
  passwordAccount,
  PASSWORD,
  post,
  signIn,
  sleep,
  startReplica,
  untilReady,
  type Answer,
  type Replica,
} from '../test-support/replica-process.js';
import {
  findPostgresBinaries,
  SERVER_TOOLS,
  startLoneServer,
  type LoneServer,
} from '../test-support/streaming-cluster.js';
import { createTestClient, createTestProgram } from '../testing/factories.js';
import { onDatabase } from '../testing/scratch-database.js';

/**
 * PostgreSQL stopped in immediate mode under load, then started again (crash recovery), with the
 * built API in its own process on a PostgreSQL of the test's own: /readyz answers 503 within a
 * second, requests fail with nothing but SERVICE_UNAVAILABLE, the API serves again by itself and
 * every write it acknowledged is in the database.
 */

const binaries = findPostgresBinaries(SERVER_TOOLS);
if ('missing' in binaries) {
  console.warn(`PostgreSQL stop drill skipped: ${binaries.missing}`);
}

const DATABASE = 'waypoint_drill';
/** What a load balancer is promised: it stops sending requests within this of PostgreSQL going. */
const UNREADY_WITHIN_MS = 1_000;
/** How often the drill asks /readyz, so the delay it measures is off by at most this. */
const PROBE_EVERY_MS = 50;
/** A refused request of the load is sent again after this: sooner than Retry-After, for more of them. */
const RETRY_AFTER_MS = 50;
/** A generous bound on serving again once PostgreSQL accepts connections: not a performance claim. */
const RECOVERY_MS = 10_000;

const ADD_CONTACT = `mutation ($input: AddClientContactInput!) {
  addClientContact(input: $input) { id }
}`;
const CHART = `query ($id: ID!) { client(id: $id) { id } }`;

/** One request of the load, as its caller saw it (status 0: no answer at all). */
interface Exchange {
  sentAt: number;
  answeredAt: number;
  status: number;
  codes: string[];
  body: string;
}

/**
 * Three clinicians' worth of saves (each a new emergency contact and its audit event, in one
 * transaction) and two of chart reads, each lane one request after another. A refused request is
 * sent again shortly, as the web app does when told to retry.
 */
function startLoad(api: Replica, cookie: string, clientId: string) {
  const exchanges: Exchange[] = [];
  /** Contacts whose save was answered with their id, and when the request was sent. */
  const acknowledged: { id: string; sentAt: number }[] = [];
  let running = true;
  const lane = async <T>(
    send: (n: number) => Promise<Answer<T>>,
    saved?: (data: T, sentAt: number) => void,
  ) => {
    for (let n = 1; running; n++) {
      const sentAt = Date.now();
      const answer = await send(n).catch(() => null);
      const errors = answer?.body.errors ?? [];
      exchanges.push({
        sentAt,
        answeredAt: Date.now(),
        status: answer?.status ?? 0,
        codes: errors.map((e) => String(e.extensions?.code)),
        body: JSON.stringify(answer?.body ?? null),
      });
      if (answer?.body.data && !errors.length) saved?.(answer.body.data, sentAt);
      else await sleep(RETRY_AFTER_MS);
    }
  };
  const as = { cookie };
  const writer = (name: string) =>
    lane<{ addClientContact: { id: string } }>(
      (n) =>
        post(
          api.url,
          ADD_CONTACT,
          {
            input: {
              clientId,
              name: `${name} ${n}`,
              relationship: 'Sister',
              phone: '555 010 4411',
              kind: 'EMERGENCY',
              mayContact: true,
            },
          },
          as,
        ),
      (data, sentAt) => acknowledged.push({ id: data.addClientContact.id, sentAt }),
    );
  const reader = () => lane(() => post(api.url, CHART, { id: clientId }, as));
  const lanes = [writer('Ana'), writer('Bo'), writer('Cy'), reader(), reader()];
  return {
    exchanges,
    acknowledged,
    async stop() {
      running = false;
      await Promise.all(lanes);
    },
  };
}

const readyzStatus = (api: Replica) =>
  fetch(`${api.url}/readyz`).then(
    async (res) => {
      await res.arrayBuffer();
      return res.status;
    },
    () => 0,
  );

/**
 * Milliseconds from `since` until /readyz first answers 503, asking every PROBE_EVERY_MS and
 * waiting for each answer (a probe that hangs counts its whole wait); Infinity if not in 5 s.
 */
async function untilUnready(api: Replica, since: number): Promise<number> {
  while (Date.now() - since < 5_000) {
    if ((await readyzStatus(api)) === 503) return Date.now() - since;
    await sleep(PROBE_EVERY_MS);
  }
  return Infinity;
}

/**
 * Under `load`: stops PostgreSQL in immediate mode, measuring how soon /readyz says so; leaves it
 * down a second; starts it again (crash recovery) and waits for the API to serve by itself.
 */
async function stopAndStart(server: LoneServer, api: Replica, load: ReturnType<typeof startLoad>) {
  await eventually('saves acknowledged under load', () =>
    Promise.resolve(load.acknowledged.length >= 20),
  );
  const stoppedAt = Date.now();
  const [unreadyAfterMs] = await Promise.all([untilUnready(api, stoppedAt), server.stopNow()]);
  const downAt = Date.now();
  // Long enough for every lane to be refused a few times.
  await sleep(1_000);
  expect(await readyzStatus(api)).toBe(503);

  const restartingAt = Date.now();
  // PostgreSQL replays its WAL from the last checkpoint before it accepts connections.
  await server.start();
  const upAt = Date.now();
  await eventually('/readyz answers 200 again', () => isReady(api), RECOVERY_MS);
  await eventually(
    'a save sent after the restart acknowledged',
    () => Promise.resolve(load.acknowledged.some((a) => a.sentAt > upAt)),
    RECOVERY_MS,
  );
  return { unreadyAfterMs, downAt, restartingAt };
}

describe.skipIf('missing' in binaries)('PostgreSQL stopped (immediate mode) under load', () => {
  let server: LoneServer;
  let roles: DatabaseRoles;
  let api: Replica;
  let cookie: string;
  let clientId: string;

  beforeAll(async () => {
    server = await startLoneServer((binaries as { dir: string }).dir);
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();
    roles = await provisionRoles(onDatabase(server.url, DATABASE));
    await migrateAsOwner(roles.ownerUrl, new URL(roles.appUrl).username);
    // Closed before the drill: only the API is connected when PostgreSQL stops.
    const owner = createDataSource(roles.ownerUrl, 2);
    await owner.initialize();
    let email: string;
    try {
      const { id: programId } = await createTestProgram(owner);
      const clinician = await passwordAccount(owner, programId);
      email = clinician.email;
      ({
        client: { id: clientId },
      } = await createTestClient(owner, { programId, primaryClinicianId: clinician.id }));
    } finally {
      await owner.destroy();
    }
    api = await untilReady(
      await startReplica({ appUrl: roles.appUrl, ownerUrl: roles.ownerUrl, env: { JOBS: 'off' } }),
    );
    const signedIn = await signIn(api.url, email, PASSWORD, '2001:db8:70::1');
    expect(signedIn.body.errors).toBeUndefined();
    cookie = signedIn.setCookie!.split(';')[0]!;
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await server?.close();
  });

  it('/readyz answers 503 within a second, requests SERVICE_UNAVAILABLE, and the API recovers by itself with no acknowledged write lost', async () => {
    const load = startLoad(api, cookie, clientId);
    const { unreadyAfterMs, downAt, restartingAt } = await stopAndStart(server, api, load).finally(
      () => load.stop(),
    );

    expect(unreadyAfterMs, '/readyz 503 after PostgreSQL stopped (ms)').toBeLessThan(
      UNREADY_WITHIN_MS,
    );
    // Every answer, before, during and after: a success or the clear refusal with HTTP 503;
    // never no answer, another 5xx, an internal error or a stack trace.
    const { exchanges } = load;
    const clear = (e: Exchange) =>
      e.codes.length === 0
        ? e.status === 200
        : e.status === 503 && e.codes.every((c) => c === 'SERVICE_UNAVAILABLE');
    expect(exchanges.filter((e) => !clear(e))).toEqual([]);
    expect(exchanges.filter((e) => /stacktrace|\.js:\d+/.test(e.body))).toEqual([]);
    const duringOutage = exchanges.filter(
      (e) => e.sentAt >= downAt && e.answeredAt <= restartingAt,
    );
    expect(duringOutage.length).toBeGreaterThan(5);
    expect(duringOutage.filter((e) => e.status !== 503)).toEqual([]);
    expect(api.child.exitCode).toBe(null);

    // Every save the API acknowledged survived the crash, with its audit event.
    const ids = load.acknowledged.map((a) => a.id);
    expect(load.acknowledged.filter((a) => a.sentAt < downAt).length).toBeGreaterThan(0);
    const db = new pg.Client({ connectionString: roles.ownerUrl });
    await db.connect();
    try {
      const present = async (sql: string) =>
        new Set((await db.query<{ id: string }>(sql, [ids])).rows.map((r) => r.id));
      const saved = await present(
        `SELECT id::text AS id FROM client_contact WHERE id::text = ANY($1)`,
      );
      const audited = await present(
        `SELECT record_id::text AS id FROM audit_event
          WHERE record_type = 'ClientContact' AND action = 'CREATE' AND record_id::text = ANY($1)`,
      );
      expect(
        ids.filter((id) => !saved.has(id)),
        'acknowledged, then lost',
      ).toEqual([]);
      expect(
        ids.filter((id) => !audited.has(id)),
        'acknowledged, audit event lost',
      ).toEqual([]);
    } finally {
      await db.end();
    }
  }, 60_000);
});
