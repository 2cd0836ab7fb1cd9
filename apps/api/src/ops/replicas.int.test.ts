import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../db/data-source.js';
import { migrations } from '../db/migrations/index.js';
import { shiftedClock } from '../test-support/shifted-clock.js';
import { createTestClient, createTestProgram, createTestStaff } from '../testing/factories.js';
import {
  eventually,
  passwordAccount,
  PASSWORD,
  signIn as signInAt,
  post,
  replicaDatabase,
  startReplica,
  untilReady,
  type Replica,
} from '../test-support/replica-process.js';

/**
 * Two API processes (the built server, as production runs it) against one PostgreSQL database
 * at once, as behind a load balancer.
 */
const ME = `{ me { staff { id } } }`;

let database: Awaited<ReturnType<typeof replicaDatabase>>;
let owner: DataSource;
let replicas: Replica[] = [];
let clock: Awaited<ReturnType<typeof shiftedClock>>;

const start = (port?: number) =>
  startReplica({
    appUrl: database.appUrl,
    ownerUrl: database.ownerUrl,
    port,
    // Debug: graphile-worker's lines and the jobs' own reports. The clock: to reach a job's tick.
    env: { LOG_LEVEL: 'debug', ...clock.env },
  });

const newAccount = () => passwordAccount(owner);
const signIn = (replica: Replica, email: string, password: string, from: string) =>
  signInAt(replica.url, email, password, from);

beforeAll(async () => {
  database = await replicaDatabase('wp_replicas');
  clock = await shiftedClock();
  // Both at once on an empty database: they race for the migration lock.
  replicas = await Promise.all([start(), start()]);
  await Promise.all(replicas.map(untilReady));
  owner = createDataSource(database.ownerUrl, 2);
  await owner.initialize();
}, 600_000);

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.stop()));
  await owner?.destroy();
  await database?.drop();
  await clock?.remove();
});

describe('two API replicas on one database', () => {
  it('migrate it once between them, under the advisory lock', async () => {
    const rows = await owner.query<{ name: string; n: number }[]>(
      `SELECT name, count(*)::int AS n FROM migrations GROUP BY name`,
    );
    expect(rows).toHaveLength(migrations.length);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    const applied = replicas.map((r) => r.lines.filter((l) => l.includes('migrations applied')));
    expect(applied.flat()).toHaveLength(1);
  });

  it('honour a session created on the other', async () => {
    const staff = await newAccount();
    const [a, b] = replicas as [Replica, Replica];
    const signedIn = await signIn(a, staff.email, PASSWORD, '2001:db8:1::1');
    expect(signedIn.body.data?.signIn.staff.id).toBe(staff.id);
    const cookie = signedIn.setCookie!.split(';')[0]!;
    const me = await post<{ me: { staff: { id: string } } | null }>(b.url, ME, {}, { cookie });
    expect(me.body.data?.me?.staff.id).toBe(staff.id);
    // Signed out on b, the session is gone on a as well.
    const out = await post<{ signOut: { signedOut: boolean } }>(
      b.url,
      `mutation { signOut { signedOut } }`,
      {},
      { cookie },
    );
    expect(out.body.data?.signOut.signedOut).toBe(true);
    const after = await post<{ me: unknown }>(a.url, ME, {}, { cookie });
    expect(after.body.data?.me ?? null).toBe(null);
  });

  it('count sign-in failures together: guesses spread over both are throttled as one', async () => {
    const staff = await newAccount();
    const [a, b] = replicas as [Replica, Replica];
    // Four wrong passwords, alternating replicas and addresses (so only the email's rule counts).
    for (let i = 0; i < 4; i++) {
      const answer = await signIn(i % 2 ? b : a, staff.email, `guess-${i}`, `2001:db8:2::${i + 1}`);
      expect(answer.body.data?.signIn ?? null).toBe(null);
    }
    const [row] = await owner.query<{ failures: number }[]>(
      `SELECT failures FROM sign_in_throttle WHERE key LIKE 'email:%' ORDER BY last_failure_at DESC LIMIT 1`,
    );
    expect(row?.failures).toBe(4);
    // The fourth failure blocks the email for a while, on both replicas: the right password too.
    const refused = await signIn(a, staff.email, PASSWORD, '2001:db8:2::9');
    expect(refused.body.errors?.[0]?.message).toMatch(/^Too many attempts/);
  });

  it('run a queued job on one replica only', async () => {
    // Ten runs of the partition job queued at once; one partition to create between them.
    const [{ ahead }] = await owner.query<[{ ahead: string }]>(
      `SELECT to_char((now() AT TIME ZONE 'UTC') + interval '12 months', '"audit_event_y"YYYY"m"MM') AS ahead`,
    );
    await owner.query(`DROP TABLE ${ahead}`);
    await owner.query(
      `SELECT graphile_worker.add_job('audit_partitions') FROM generate_series(1, 10)`,
    );
    const reports = () =>
      replicas.flatMap((r) =>
        r.lines.flatMap((l) => /created (\d+) audit partition/.exec(l)?.[1] ?? []).map(Number),
      );
    await eventually('ten job runs reported', () => Promise.resolve(reports().length >= 10));
    const [{ queued }] = await owner.query<[{ queued: number }]>(
      `SELECT count(*)::int AS queued FROM graphile_worker.jobs WHERE task_identifier = 'audit_partitions'`,
    );
    expect(queued).toBe(0);
    expect(reports()).toHaveLength(10);
    expect(reports().reduce((s, n) => s + n, 0)).toBe(1);
    const [made] = await owner.query<{ t: string | null }[]>(`SELECT to_regclass($1) AS t`, [
      ahead,
    ]);
    expect(made?.t).not.toBe(null);
  });

  it('schedule each tick of the scheduled jobs on one replica only', async () => {
    const { id: programId } = await createTestProgram(owner);
    const staffId = (await createTestStaff(owner, [{ programId, role: 'CASE_MANAGER' }])).id;
    const { client, episode } = await createTestClient(owner, {
      programId,
      caseManagerId: staffId,
    });
    const followedUp = await createTestClient(owner, {
      programId,
      status: 'FOLLOW_UP',
      caseManagerId: staffId,
    });
    // Both replicas' clocks jump past a tick of each job at least two minutes ahead:
    // referrals_no_response every 15 minutes, aftercare_advance hourly at :07. Jumping to just past
    // the later of the two crosses one aftercare tick and one to four quarter hours. Each replica's
    // cron catches up through every minute it skipped within a minute and offers each tick;
    // graphile-worker's known_crontabs lets one of them queue it. The jobs are due at their ticks
    // by the processes' clocks, still ahead of the database's.
    const QUARTER = 15 * 60_000;
    const HOUR = 60 * 60_000;
    const AFTERCARE_AT = 7 * 60_000;
    /** The first tick at or after `t` of a schedule every `period`, `at` past its start. */
    const tickFrom = (t: number, period: number, at = 0) =>
      Math.ceil((t - at) / period) * period + at;
    const TASKS = ['referrals_no_response', 'aftercare_advance'] as const;
    const queued = async () => {
      const rows = await owner.query<{ task: string; n: number }[]>(
        `SELECT task_identifier AS task, count(*)::int AS n FROM graphile_worker.jobs
          WHERE task_identifier = ANY($1) GROUP BY task_identifier`,
        [TASKS],
      );
      return Object.fromEntries(TASKS.map((t) => [t, rows.find((r) => r.task === t)?.n ?? 0]));
    };
    // A real tick may come while the replicas are up: let one that is close go by first, so the
    // jump below crosses only the ticks counted, and the referral and the episode exist only from
    // then on (the real tick would move them). Count only what the replicas log from here on.
    const real = Date.now();
    const untilReal = Math.min(tickFrom(real, QUARTER), tickFrom(real, HOUR, AFTERCARE_AT)) - real;
    if (untilReal < 150_000) await new Promise((r) => setTimeout(r, untilReal + 15_000));
    await eventually(
      'no real tick pending',
      async () => Object.values(await queued()).every((n) => n === 0),
      120_000,
    );
    const [{ id: referralId }] = await owner.query<[{ id: string }]>(
      `INSERT INTO referral (episode_id, client_id, recipient_name, reason, purpose,
         information_to_send, urgency, status, due_by, created_by_id)
       VALUES ($1, $2, 'Harbor Jobs', 'Work', 'CARE_COORDINATION', 'Attendance', 'ROUTINE', 'SENT',
         current_date - 3, $3)
       RETURNING id`,
      [episode.id, client.id, staffId],
    );
    // Its follow-up period ran out two days ago: the aftercare tick closes the episode.
    await owner.query(
      `INSERT INTO discharge (episode_id, client_id, discharge_type, reason, discharged_at,
         follow_up_period_days, first_follow_up_on, follow_up_ends_on, summary, created_by_id)
       VALUES ($1, $2, 'COMPLETED', 'Goals met', now() - interval '90 days', 90,
         current_date - 80, current_date - 2, '{}', $3)`,
      [followedUp.episode.id, followedUp.client.id, staffId],
    );
    const seen = replicas.map((r) => r.lines.length);
    const now = Date.now();
    const to =
      Math.max(tickFrom(now + 120_000, QUARTER), tickFrom(now + 120_000, HOUR, AFTERCARE_AT)) +
      5_000;
    const quarters = Math.floor(to / QUARTER) - Math.floor(now / QUARTER);
    await clock.setOffset(to - now);
    const ticks = { referrals_no_response: quarters, aftercare_advance: 1 };
    await eventually(
      'the ticks queued',
      async () => {
        const counts = await queued();
        return TASKS.every((t) => counts[t]! >= ticks[t]);
      },
      180_000,
    );
    // The other replica reaches the same ticks within moments: had it queued one too, it shows.
    await new Promise((r) => setTimeout(r, 10_000));
    expect(await queued(), 'ticks queued across both replicas').toEqual(ticks);

    // Due now by the database's clock: the replicas run them.
    await owner.query(
      `UPDATE graphile_worker._private_jobs SET run_at = now()
        WHERE task_id IN (SELECT id FROM graphile_worker._private_tasks
                           WHERE identifier = ANY($1))`,
      [TASKS],
    );
    const reported = (report: RegExp) =>
      replicas
        .flatMap((r, i) => r.lines.slice(seen[i]).flatMap((l) => report.exec(l)?.[1] ?? []))
        .map(Number)
        .sort((a, b) => a - b);
    const runs = () => ({
      referrals_no_response: reported(/moved (\d+) overdue referral/),
      aftercare_advance: reported(/moved (\d+) episode\(s\) along aftercare/),
    });
    await eventually(
      'the ticks run',
      () => Promise.resolve(TASKS.every((t) => runs()[t].length >= ticks[t])),
      120_000,
    );
    await new Promise((r) => setTimeout(r, 5_000));
    // The first referrals tick to run moved the referral; any later one found nothing to move.
    expect(runs(), 'runs across both replicas, each moving this many').toEqual({
      referrals_no_response: [...Array<number>(quarters - 1).fill(0), 1],
      aftercare_advance: [1],
    });
    /** A record's status, its status-change rows and the audit rows `job` wrote for it. */
    const afterJob = async (table: string, history: string, key: string, id: string, job: string) =>
      (
        await owner.query<{ status: string; changes: number; audited: number }[]>(
          `SELECT x.status,
             (SELECT count(*)::int FROM ${history} h WHERE h.${key} = x.id) AS changes,
             (SELECT count(*)::int FROM audit_event a
               WHERE a.record_id = x.id::text AND a.request_id = $2) AS audited
           FROM ${table} x WHERE x.id = $1`,
          [id, `job:${job}`],
        )
      )[0];
    const referral = await afterJob(
      'referral',
      'referral_status_change',
      'referral_id',
      referralId,
      'referrals_no_response',
    );
    expect(referral).toEqual({ status: 'NO_RESPONSE', changes: 1, audited: 1 });
    const closed = await afterJob(
      'episode',
      'episode_transition',
      'episode_id',
      followedUp.episode.id,
      'aftercare_advance',
    );
    expect(closed).toEqual({ status: 'CLOSED', changes: 1, audited: 1 });
  }, 420_000);

  it('lose no request during a rolling restart when the client retries on the other replica', async () => {
    const staff = await newAccount();
    const signedIn = await signIn(replicas[0]!, staff.email, PASSWORD, '2001:db8:3::1');
    const cookie = signedIn.setCookie!.split(';')[0]!;
    let restarting = true;
    const served = [0, 0];
    const lost: string[] = [];
    // As a proxy would: a refused connection, a reset or a 503 is tried again on the other one.
    const request = async (first: number) => {
      for (let attempt = 0; attempt < 6; attempt++) {
        const i = (first + attempt) % 2;
        try {
          const answer = await post<{ me: { staff: { id: string } } }>(
            replicas[i]!.url,
            ME,
            {},
            { cookie },
          );
          if (answer.status === 503) continue;
          if (answer.body.data?.me?.staff.id === staff.id) {
            served[i]!++;
            return;
          }
          lost.push(JSON.stringify(answer.body));
          return;
        } catch {
          // connection refused or closed: the other replica
        }
      }
      lost.push('no replica answered');
    };
    // Four clients, each a bounded number of requests, until both restarts are done.
    const clients = Array.from({ length: 4 }, async (_, c) => {
      for (let n = 0; restarting && n < 5_000; n++) await request((c + n) % 2);
    });
    for (const i of [0, 1]) {
      const old = replicas[i]!;
      expect(await old.stop()).toBe(0);
      replicas[i] = await untilReady(await start(old.port));
    }
    restarting = false;
    await Promise.all(clients);
    expect(lost).toEqual([]);
    expect(served[0]! + served[1]!).toBeGreaterThan(0);
  }, 600_000);
});
