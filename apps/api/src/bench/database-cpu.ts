import { readFile } from 'node:fs/promises';
import pg from 'pg';

/**
 * The CPU time PostgreSQL spends for one server: the backends of its connection pool, told apart by
 * their application_name, read from /proc/<pid>/schedstat (time on CPU, in nanoseconds). It is the
 * database's side of a request — the statements, their planning, and for Waypoint the audit insert
 * and the sealing of its events — apart from the Node.js process's own CPU, so that Waypoint's SQL
 * can be set against the one hand-written statement of the raw floor. Only where the server runs
 * on this machine (the embedded one, or a local BENCH_DATABASE_URL); elsewhere the figure is null.
 */
export interface DatabaseCpu {
  /** CPU ms so far of the backends now connected for `applicationName`; null when unreadable. */
  sample(applicationName: string): Promise<Map<number, number> | null>;
  /**
   * Waits until every audit event is sealed into the chain: Waypoint's sealer works up to a second
   * behind its requests, and what it spends sealing their events is part of what they cost.
   */
  sealed(): Promise<void>;
  close(): Promise<void>;
}

export async function databaseCpu(adminUrl: string): Promise<DatabaseCpu> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: 'waypoint-bench' });
  await client.connect();
  return {
    async sample(applicationName) {
      const { rows } = await client.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
        [applicationName],
      );
      const ms = new Map<number, number>();
      for (const { pid } of rows) {
        const schedstat = await readFile(`/proc/${pid}/schedstat`, 'utf8').catch(() => null);
        if (schedstat === null) return null;
        ms.set(pid, Number(schedstat.split(' ')[0]) / 1e6);
      }
      return ms;
    },
    async sealed() {
      for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
        const { rows } = await client.query<{ unsealed: boolean }>(
          `SELECT EXISTS (SELECT 1 FROM audit_event WHERE chain_seq IS NULL) AS unsealed`,
        );
        if (!rows[0]!.unsealed) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the audit events were not sealed within a minute');
    },
    close: () => client.end(),
  };
}

/**
 * The CPU ms the backends spent between two samples. A backend that connected in between counts
 * from zero (its start is part of the work); one that closed in between is lost, so a pool
 * should not be shrinking while it is measured.
 */
export function cpuBetween(
  before: Map<number, number> | null,
  after: Map<number, number> | null,
): number | null {
  if (!before || !after) return null;
  let ms = 0;
  for (const [pid, now] of after) ms += now - (before.get(pid) ?? 0);
  return ms;
}
