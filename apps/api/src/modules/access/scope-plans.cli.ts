/**
 * `pnpm --filter @waypoint/api scale:explain`: builds the scale clinic (SCALE_CLIENTS, default
 * 10,000) and prints, per viewer and statement, the planner's cost, JIT time and execution time
 * (EXPLAIN ANALYZE, warm) and the SQL statements each read sends. Into a scratch embedded
 * PostgreSQL by default; SCALE_DATABASE_URL names a server database (as an administrator) that
 * it EMPTIES first (DROP SCHEMA public), so that each size is measured alone; SCALE_REUSE=1
 * measures the clinic already there instead. SCALE_SHOW_PLAN=<part of a label> also prints the
 * text plans of the statements so labelled.
 */
import 'reflect-metadata';
import { createDataSource } from '../../db/data-source.js';
import { migrate } from '../../db/database.js';
import { buildScaleClinic, findScaleClinic } from '../../db/scale/scale-clinic.js';
import { startScratchDatabase, type ScratchDatabase } from '../../testing/scratch-database.js';
import { explain, scaleViewers, scopedStatements, type Statement } from './scope-plans.js';

const clients = Number(process.env.SCALE_CLIENTS ?? 10_000);
const showPlan = process.env.SCALE_SHOW_PLAN;
const plans: string[] = [];
let scratch: ScratchDatabase | undefined;
const url = process.env.SCALE_DATABASE_URL ?? (scratch = await startScratchDatabase()).url;
const ds = createDataSource(url, 2);
await ds.initialize();

async function freshClinic() {
  await ds.query('DROP SCHEMA public CASCADE');
  await ds.query('CREATE SCHEMA public');
  await migrate(ds);
  return buildScaleClinic(ds, { clients, clinicians: Math.max(8, Math.round(clients / 100)) });
}

async function textPlan(statement: Statement): Promise<string> {
  const rows = await ds.query<{ 'QUERY PLAN': string }[]>(
    `EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`,
    statement.params,
  );
  return `${statement.label}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`;
}

try {
  const reuse = process.env.SCALE_REUSE === '1' && (await findScaleClinic(ds));
  const clinic = reuse || (await freshClinic());
  await ds.query('ANALYZE');
  const [server] = await ds.query<{ version: string; jit: string }[]>(
    `SELECT split_part(version(), ' ', 2) AS version, current_setting('jit') AS jit`,
  );
  console.log(
    `PostgreSQL ${server!.version} (jit ${server!.jit}), ${clinic.clients} clients, ` +
      `${clinic.episodes} episodes, built in ${clinic.ms} ms\n`,
  );
  console.log('| viewer | statement | cost | JIT ms | execution ms |');
  console.log('|---|---|---:|---:|---:|');
  for (const who of await scaleViewers(ds, clinic)) {
    for (const statement of await scopedStatements(ds, who)) {
      const f = await explain(ds, statement, { analyze: true });
      if (showPlan && statement.label.includes(showPlan)) plans.push(await textPlan(statement));
      console.log(
        `| ${who.name} | ${statement.label} | ${Math.round(f.cost)} | ${f.jitMs!.toFixed(1)} | ${f.executionMs!.toFixed(1)} |`,
      );
    }
  }
  console.log(plans.join('\n\n'));
} finally {
  await ds.destroy();
  await scratch?.stop();
}
