import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ServerName } from './operations.js';

export interface Measurement {
  operation: string;
  connections: number;
  server: ServerName;
  requestsPerSecond: number;
  /** Null when no request sent in the measured seconds was answered within them. */
  p50: number | null;
  p99: number | null;
  errors: number;
  timeouts: number;
  statementsPerRequest: number;
  /** The server process's CPU time (user + system) per request, over sequential requests. */
  cpuMsPerRequest: number;
  /**
   * PostgreSQL's CPU time per request in the server's backends, over the same requests (null when
   * the database runs on another machine: database-cpu.ts).
   */
  databaseCpuMsPerRequest: number | null;
}

const LABEL: Record<ServerName, string> = {
  raw: 'raw SQL floor',
  postgraphile: 'PostGraphile v4',
  waypoint: 'Waypoint',
};

const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b ? (a / b).toFixed(2) : '—';

/** One row per operation, connections and server; Waypoint's row carries its ratios. */
export function table(results: Measurement[]): string[][] {
  const rows = [
    [
      'operation',
      'connections',
      'server',
      'req/s',
      'p50 ms',
      'p99 ms',
      'errors',
      'time-outs',
      'statements/request',
      'server CPU ms/request',
      'database CPU ms/request',
      'Waypoint / PostGraphile',
      'Waypoint / raw',
      'database CPU: Waypoint ÷ raw',
    ],
  ];
  for (const m of results) {
    const peerOf = (server: ServerName) =>
      results.find(
        (r) =>
          r.operation === m.operation && r.connections === m.connections && r.server === server,
      );
    const peer = (server: ServerName) => peerOf(server)?.requestsPerSecond;
    const waypoint = m.server === 'waypoint';
    rows.push([
      m.operation,
      String(m.connections),
      LABEL[m.server],
      m.requestsPerSecond.toFixed(0),
      String(m.p50 ?? '—'),
      String(m.p99 ?? '—'),
      String(m.errors),
      String(m.timeouts),
      m.statementsPerRequest.toFixed(1),
      m.cpuMsPerRequest.toFixed(2),
      m.databaseCpuMsPerRequest?.toFixed(2) ?? '—',
      waypoint ? ratio(m.requestsPerSecond, peer('postgraphile')) : '',
      waypoint ? ratio(m.requestsPerSecond, peer('raw')) : '',
      waypoint
        ? ratio(
            m.databaseCpuMsPerRequest ?? undefined,
            peerOf('raw')?.databaseCpuMsPerRequest ?? undefined,
          )
        : '',
    ]);
  }
  return rows;
}

export function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}

export function markdownTable(rows: string[][]): string {
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return [line(rows[0]!), line(rows[0]!.map(() => '---')), ...rows.slice(1).map(line)].join('\n');
}

const HEADER = `# Benchmarks

Written by \`pnpm bench\` (apps/api/src/bench/run.ts): the scale clinic built into a fresh database,
then, in one run and on that database, the raw SQL floor (node:http + one hand-written statement per
operation, no authorization, no audit), PostGraphile v4 (as the schema's owner, no authorization, no
audit) and Waypoint's production build (started with \`pnpm start\`'s Node flags, signed in as the
clinic's director, authorization and audit on), loaded in turn with autocannon after their answers
were checked equal. Each load is one autocannon run: the warm-up, then the measured seconds on the
same connections; req/s counts the answers completed in the measured seconds, and the latencies are
those of the requests sent in them (— when none of those was answered within them). Each section is
replaced by the next run on the same kind of server and clinic size. Statements per request and the
server's CPU time per request (user + system) are counted in each server's process (every statement
sent through \`pg\`) over sequential requests; so is PostgreSQL's CPU time per request, in the
backends of the server's own pool (/proc/<pid>/schedstat, when the database runs on the same machine):
set against the raw floor's, it compares Waypoint's SQL for a request, audit included, with the one
hand-written statement. PostGraphile has no dashboard; the dashboard's raw
floor is the hand-written query of the same figures (apps/api/src/bench/baseline-dashboard.sql.ts).
`;

/** Replaces (or adds) the section named `key` in the report at `path`. */
export function writeSection(path: string, key: string, body: string): void {
  const start = `<!-- bench: ${key} -->`;
  const end = `<!-- /bench: ${key} -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const old = existsSync(path) ? readFileSync(path, 'utf8') : HEADER;
  const from = old.indexOf(start);
  const to = old.indexOf(end);
  const next =
    from >= 0 && to > from
      ? old.slice(0, from) + section + old.slice(to + end.length)
      : `${old.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}
