/**
 * `pnpm audit:verify`: the operator's check that the audit trail is intact. Connects like the API
 * (DATABASE_URL and DATABASE_MIGRATION_URL, or the embedded PostgreSQL in EMBEDDED_PG_DIR — stop a
 * running API first: they share that database), seals waiting events, re-computes the hash chain,
 * prints the result and the backlog of unsealed events, and records the check in the audit trail
 * itself. Exit code 0: intact; 1: broken, an event unsealed for over a minute, or failed.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../db/database.js';
import { runScript } from '../../db/run-script.js';
import { chainCheckEntry, MAX_UNSEALED_SECONDS, verifyAuditChain } from './audit-chain.js';
import { AuditTrail } from './audit-trail.js';

await runScript('Audit verification', async (config, logger) => {
  const db = await openDatabase({ ...config, databasePoolSize: 2 }, logger);
  try {
    const report = await verifyAuditChain(db.dataSource);
    const trail = new AuditTrail(db.dataSource, randomUUID(), null);
    trail.operation = 'audit:verify';
    await trail.write(chainCheckEntry(report));
    const broken = report.firstBreak;
    const age = report.oldestUnsealedSeconds;
    console.log(
      `Unsealed events: ${report.unsealedEvents}` +
        (age === null ? '.' : `, the oldest waiting ${age.toFixed(1)} s.`),
    );
    if (broken?.problem === 'UNCHAINED_EVENT') {
      console.log(
        `Audit events have waited over ${MAX_UNSEALED_SECONDS} s to be sealed (from event ` +
          `${broken.eventId}): no API (and so no sealer) has been running. The ` +
          `${report.eventsChecked} sealed events are intact.`,
      );
      return 1;
    }
    if (broken) {
      console.log(
        `Audit chain BROKEN (${broken.problem}` +
          `${broken.chainSeq ? ` at position ${broken.chainSeq}` : ''}` +
          `${broken.eventId ? `, event ${broken.eventId}` : ''}); ` +
          `${report.eventsChecked} events before it are intact.`,
      );
      return 1;
    }
    console.log(
      `Audit chain intact: ${report.eventsChecked} events, head ${report.headSeq} ${report.headHash}.`,
    );
    return 0;
  } finally {
    await db.close();
  }
});
