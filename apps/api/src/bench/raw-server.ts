import { createServer } from 'node:http';
import pg from 'pg';
import { baselineDashboardSql } from './baseline-dashboard.sql.js';
import { rawBelowWeeklyHoursSql, rawWeeklyHoursSql } from './hours-sql.js';
import { rawCaseloadSql, rawChartSql } from './raw-sql.js';
import { rawRosterSaveParams, rawRosterSaveSql, rawRosterSql } from './roster-sql.js';

/**
 * The benchmark's floor: node:http and one parameterised statement per operation
 * (POST /chart {id}, /caseload {first}, /dashboard {programIds}, /hours {id},
 * /below-hours {programIds}, /roster {id}, /roster-save {sessionId, episodeIds, statuses, minutes,
 * versions, recordedBy}), answering the statement's JSON.
 */
const pool = new pg.Pool({
  connectionString: process.env.BENCH_SERVER_DATABASE_URL,
  max: Number(process.env.BENCH_POOL_SIZE ?? 10),
  // How the benchmark tells this server's backends apart (database-cpu.ts).
  application_name: process.env.BENCH_APPLICATION_NAME,
});

const statements: Record<string, (v: Record<string, unknown>) => [string, unknown[]]> = {
  '/chart': (v) => [rawChartSql, [v.id]],
  '/caseload': (v) => [rawCaseloadSql, [v.first]],
  '/dashboard': (v) => [
    `SELECT row_to_json(d)::text AS body FROM (${baselineDashboardSql}) d`,
    [v.programIds, new Date().toISOString()],
  ],
  '/hours': (v) => [rawWeeklyHoursSql, [v.id]],
  '/below-hours': (v) => [rawBelowWeeklyHoursSql, [v.programIds, new Date().toISOString()]],
  '/roster': (v) => [rawRosterSql, [v.id]],
  '/roster-save': (v) => [rawRosterSaveSql, rawRosterSaveParams(v)],
};

const server = createServer((req, res) => {
  const statement = statements[req.url ?? ''];
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    if (!statement) return void res.writeHead(404).end();
    const [sql, params] = statement(JSON.parse(Buffer.concat(chunks).toString()) as never);
    pool.query<{ body: string }>(sql, params).then(
      ({ rows }) => res.writeHead(200, { 'content-type': 'application/json' }).end(rows[0]?.body),
      (err: Error) => res.writeHead(500).end(err.message),
    );
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
