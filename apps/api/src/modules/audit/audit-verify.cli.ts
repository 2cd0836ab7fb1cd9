/**
 * `pnpm audit:verify`: the operator's check that the audit trail is intact. Connects like the API
 * (DATABASE_URL and DATABASE_MIGRATION_URL, or the embedded PostgreSQL in EMBEDDED_PG_DIR — stop a
 * running API first: they share that database), re-computes the hash chain, prints the result and
 * records the check in the audit trail itself. Exit code 0: intact; 1: broken or failed.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { ConfigError, loadConfig, type Config } from '../../config/config.js';
import { openDatabase } from '../../db/database.js';
import { createLogger } from '../../logging/logger.js';
import { verifyAuditChain } from './audit-chain.js';
import { AuditTrail } from './audit-trail.js';

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    return 2;
  }
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openDatabase({ ...config, databasePoolSize: 2 }, logger);
  try {
    const report = await verifyAuditChain(db.dataSource);
    const trail = new AuditTrail(db.dataSource, randomUUID(), null);
    trail.operation = 'audit:verify';
    const broken = report.firstBreak;
    await trail.write({
      action: 'READ',
      recordType: 'AuditChain',
      recordId: null,
      clientId: null,
      outcome: 'SUCCESS',
      note: broken
        ? `chain broken at ${broken.chainSeq}: ${broken.problem}`
        : `chain intact through ${report.headSeq}`,
    });
    if (broken) {
      console.log(
        `Audit chain BROKEN at position ${broken.chainSeq} (${broken.problem}` +
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
}

process.exitCode = await main().catch((err: unknown) => {
  console.error('Audit verification failed:', err);
  return 1;
});
