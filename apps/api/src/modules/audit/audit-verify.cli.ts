/**
 * `pnpm audit:verify`: the operator's check that the audit trail is intact. Connects like the API
 * (DATABASE_URL and DATABASE_MIGRATION_URL, or the embedded PostgreSQL in EMBEDDED_PG_DIR — stop a
 * running API first: they share that database), re-computes the hash chain, prints the result and
 * records the check in the audit trail itself. Exit code 0: intact; 1: broken or failed.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../db/database.js';
import { runScript } from '../../db/run-script.js';
import { chainCheckEntry, verifyAuditChain } from './audit-chain.js';
import { AuditTrail } from './audit-trail.js';

await runScript('Audit verification', async (config, logger) => {
  const db = await openDatabase({ ...config, databasePoolSize: 2 }, logger);
  try {
    const report = await verifyAuditChain(db.dataSource);
    const trail = new AuditTrail(db.dataSource, randomUUID(), null);
    trail.operation = 'audit:verify';
    await trail.write(chainCheckEntry(report));
    const broken = report.firstBreak;
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
