import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_STAFF } from '../db/seed/demo-staff.js';
import {
  createScratchDatabase,
  type ScratchDatabaseOnServer,
} from '../test-support/scratch-databases.js';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: string | number; boolValue?: boolean };
}
interface OtlpSpan {
  name: string;
  attributes: OtlpAttribute[];
}
interface OtlpExport {
  resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[];
}

/** An OTLP/HTTP receiver (JSON, as exporter-trace-otlp-http sends it) that keeps every body. */
async function startReceiver(): Promise<{ server: Server; url: string; bodies: string[] }> {
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/v1/traces') bodies.push(Buffer.concat(chunks).toString('utf8'));
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, bodies };
}

const spansOf = (bodies: string[]): OtlpSpan[] =>
  bodies.flatMap((b) =>
    (JSON.parse(b) as OtlpExport).resourceSpans.flatMap((r) =>
      r.scopeSpans.flatMap((s) => s.spans),
    ),
  );
const attr = (span: OtlpSpan, key: string) =>
  span.attributes.find((a) => a.key === key)?.value.stringValue;
/** The SQL of a PostgreSQL span (current semantic conventions, or the older attribute). */
const statementOf = (span: OtlpSpan) => attr(span, 'db.query.text') ?? attr(span, 'db.statement');

/**
 * The compiled API as production starts it (`--import` preload), on a demo clinic of its own, with
 * tracing to an OTLP receiver here, metrics on and its log lines captured: demo traffic that names
 * clients (inline, in variables, in results) leaves no client's name or date of birth in any span,
 * metric or log line.
 */
describe('telemetry without client data', () => {
  let scratch: ScratchDatabaseOnServer;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let api: ChildProcess;
  let logs = '';
  // The kernel picks the port (a random one may be a busy ephemeral port); the log names it.
  let base = '';
  const metricsToken = 'metrics-token-for-the-test';

  beforeAll(async () => {
    scratch = await createScratchDatabase(inject('databaseUrl'), 'wp_telemetry');
    const appUrl = new URL(inject('appDatabaseUrl'));
    appUrl.pathname = new URL(scratch.url).pathname;
    receiver = await startReceiver();
    api = spawn('node', ['--import', './dist/telemetry/preload.js', 'dist/main.js'], {
      cwd: apiRoot,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        PORT: '0',
        DATABASE_URL: appUrl.toString(),
        DATABASE_MIGRATION_URL: scratch.url,
        WEB_DIST_DIR: '/nonexistent',
        SEED_DEMO_DATA: 'true',
        JOBS: 'on',
        LOG_LEVEL: 'trace',
        METRICS_ENABLED: 'true',
        METRICS_TOKEN: metricsToken,
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout!.on('data', (c: Buffer) => (logs += c.toString('utf8')));
    api.stderr!.on('data', (c: Buffer) => (logs += c.toString('utf8')));
    for (let i = 0; ; i++) {
      base ||= /"url":"(http:[^"]+)","msg":"API listening"/.exec(logs)?.[1] ?? '';
      const ok =
        base !== '' &&
        (await fetch(`${base}/readyz`).then(
          (r) => r.ok,
          () => false,
        ));
      if (ok) break;
      if (i === 900 || api.exitCode !== null) throw new Error(`API did not start:\n${logs}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 120_000);

  afterAll(async () => {
    if (api && api.exitCode === null) {
      const exited = new Promise((r) => api.once('exit', r));
      api.kill('SIGTERM');
      await exited;
    }
    await new Promise((r) => receiver?.server.close(r));
    await scratch?.drop();
  });

  async function post(query: string, variables: object, cookie = '') {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    return {
      res,
      body: (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] },
    };
  }

  async function signIn(email: string): Promise<string> {
    const { res, body } = await post(
      'mutation ($input: SignInInput!) { signIn(input: $input) { staff { id } } }',
      { input: { email, password: DEMO_PASSWORD } },
    );
    expect(body.errors).toBeUndefined();
    return res.headers.get('set-cookie')!.split(';')[0]!;
  }

  it('spans, metrics and logs name no demo client', async () => {
    const owner = new pg.Client({ connectionString: scratch.url });
    await owner.connect();
    const { rows: clients } = await owner
      .query<{
        id: string;
        first_name: string;
        last_name: string;
        date_of_birth: string;
      }>(`SELECT id, first_name, last_name, date_of_birth::text FROM client ORDER BY last_name`)
      .finally(() => owner.end());
    expect(clients.length).toBeGreaterThan(10);

    const director = await signIn(DEMO_STAFF.find((s) => s.role === 'DIRECTOR')!.email);
    const clinician = await signIn(DEMO_STAFF.find((s) => s.role === 'CLINICIAN')!.email);
    const someone = clients[0]!;

    // Names and birth dates in answers, in variables and inline in the document.
    const listed = await post(
      `query Caseload($search: String) {
         clients(first: 50, filter: { search: $search }) {
           edges { node { id firstName lastName dateOfBirth displayName } } } }`,
      { search: someone.last_name },
      director,
    );
    expect(JSON.stringify(listed.body.data)).toContain(someone.last_name);
    const one = await post(
      `{ client(id: "${someone.id}") { firstName lastName dateOfBirth
           currentEpisode { status } } }`,
      {},
      director,
    );
    expect(one.body.data).toMatchObject({ client: { lastName: someone.last_name } });
    await post(
      `{ clients(first: 20, filter: { search: "${someone.first_name}" }) { totalCount } }`,
      {},
      director,
    );
    const { body: programList } = await post('{ programs { id } }', {}, director);
    const programId = (programList.data!.programs as { id: string }[])[0]!.id;
    await post(
      `{ possibleDuplicates(input: { programId: "${programId}", firstName: "${someone.first_name}",
           lastName: "${someone.last_name}", dateOfBirth: "${someone.date_of_birth}" }) { clientId firstName } }`,
      {},
      director,
    );
    await post('{ myWorklist { __typename } }', {}, clinician);
    await post('{ directorDashboard { census { count status } } }', {}, director);
    // Refused requests are traced and logged too.
    await post(`{ client(id: "${someone.id}") { firstName } }`, {}, clinician);
    await post(
      `{ clients(filter: { search: ${JSON.stringify(someone.last_name)} }) { nope } }`,
      {},
    );

    const metricsRes = await fetch(`${base}/metrics`, {
      headers: { authorization: `Bearer ${metricsToken}` },
    });
    expect(metricsRes.status).toBe(200);
    const metrics = await metricsRes.text();
    expect(metrics).toMatch(
      /waypoint_graphql_request_duration_seconds_count\{operation="query clients",outcome="ok"\} [1-9]/,
    );
    expect(metrics).toMatch(/waypoint_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 1/);
    expect(metrics).toMatch(/waypoint_db_pool_connections\{state="in_use"\} \d+/);
    expect(metrics).toMatch(/waypoint_db_pool_waiting \d+/);
    expect(metrics).toMatch(/waypoint_job_queue_depth\{state="ready"\} \d+/);
    expect((await fetch(`${base}/metrics`)).status).toBe(401);

    // Spans go out in batches every 100 ms: wait (bounded) until the traffic's have arrived.
    let spans: OtlpSpan[] = [];
    for (let i = 0; i < 100; i++) {
      spans = spansOf(receiver.bodies);
      const has = (p: (s: OtlpSpan) => boolean) => spans.some(p);
      if (
        has((s) => !!statementOf(s)) &&
        has((s) => s.name.startsWith('graphql.resolve')) &&
        has((s) => s.name === 'query Caseload')
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // Statements carry their placeholders; parameter values are never recorded with them.
    const statements = spans.map(statementOf).filter(Boolean);
    expect(statements.some((s) => /\$1\b/.test(s!))).toBe(true);
    expect(spans.some((s) => s.name.startsWith('graphql.resolve'))).toBe(true);
    expect(spans.some((s) => s.name === 'query Caseload')).toBe(true);
    expect(
      spans.some((s) => attr(s, 'http.route') === '/graphql' || s.name.startsWith('POST')),
    ).toBe(true);
    expect(spans.flatMap((s) => s.attributes.map((a) => a.key))).not.toContain(
      'db.postgresql.values',
    );

    const stopped = new Promise((r) => api.once('exit', r));
    api.kill('SIGTERM');
    await stopped;
    expect(logs).toContain('"msg":"request"');

    const everything = [...receiver.bodies, metrics, logs].join('\n');
    const found = clients.flatMap((c) =>
      [c.first_name, c.last_name, c.date_of_birth]
        .filter((value) =>
          new RegExp(`\\b${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(everything),
        )
        .map((value) => `${c.id}: ${value}`),
    );
    expect(found).toEqual([]);
  });
});
