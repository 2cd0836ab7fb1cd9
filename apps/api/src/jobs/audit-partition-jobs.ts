import { AUDIT_MONTHS_AHEAD } from '../db/migrations/1796150000000-audit-partitions.js';
import type { ScheduledJob } from './job-runner.js';

/**
 * Keeps a year of monthly audit partitions ahead of today (migration 1796150000000). Daily, so a
 * missed day costs nothing: the DEFAULT partition takes events of a month without its own. The
 * runner connects as the schema owner, which owns the table and so may add partitions.
 */
export const auditPartitionJobs: ScheduledJob[] = [
  {
    name: 'audit_partitions',
    schedule: '17 3 * * *',
    task: async (_payload, helpers) => {
      const created = await helpers.withPgClient(async (client) => {
        const { rows } = await client.query<{ n: number }>(
          'SELECT audit_event_add_partitions(NULL, $1) AS n',
          [AUDIT_MONTHS_AHEAD],
        );
        return rows[0]?.n ?? 0;
      });
      helpers.logger.info(`created ${created} audit partition(s)`);
    },
  },
];
