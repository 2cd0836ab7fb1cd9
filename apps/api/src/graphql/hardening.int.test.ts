import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { createLogger } from '../logging/logger.js';
import { contentSecurityPolicyHeader } from '../http/security-headers.js';
import { createTestClient, createTestProgram, createTestStaff } from '../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../test-support/test-server.js';
import { formatError } from './errors.js';
import { queryLimits } from './query-limits.js';

/** Every line the servers log, to check that none quotes the caller's input. */
const logLines: string[] = [];
const logger = createLogger('debug', { write: (line: string) => void logLines.push(line) });

let server: TestServer;
let devServer: TestServer;
let director: Caller;
let devDirector: Caller;
let webDist: string;
let programId: string;
let clientId: string;

beforeAll(async () => {
  // A stand-in for the built web app: the API serves whatever is in WEB_DIST_DIR.
  webDist = await mkdtemp(path.join(tmpdir(), 'waypoint-web-'));
  await mkdir(path.join(webDist, 'assets'));
  await writeFile(path.join(webDist, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(path.join(webDist, 'assets', 'app.js'), 'export {};');
  server = await startTestServer({ NODE_ENV: 'production', WEB_DIST_DIR: webDist }, { logger });
  devServer = await startTestServer({ NODE_ENV: 'development' }, { logger });
  const ds = server.database.dataSource;
  programId = (await createTestProgram(ds)).id;
  const staff = await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]);
  director = await server.as(staff);
  devDirector = await devServer.as(staff);
  clientId = (await createTestClient(ds, { programId })).client.id;
});
afterAll(async () => {
  await server?.close();
  await devServer?.close();
  if (webDist) await rm(webDist, { recursive: true, force: true });
});

/** Runs a request and returns what was logged while it ran. */
async function logged<T>(request: () => Promise<T>): Promise<{ result: T; log: string }> {
  const from = logLines.length;
  const result = await request();
  // The request line is written when the response finishes, just after the client has it.
  await new Promise((r) => setTimeout(r, 20));
  return { result, log: logLines.slice(from).join('') };
}

const noReadsAudited = async (requestId: string) =>
  expect(
    await server.database.dataSource.query(`SELECT 1 FROM audit_event WHERE request_id = $1`, [
      requestId,
    ]),
  ).toEqual([]);

describe('a production server', () => {
  it('answers a misspelt field without a schema hint or a stack trace', async () => {
    const res = await director.gql(`{ clientz(first: 1) { totalCount } }`);
    const text = JSON.stringify(res.errors);
    expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(text).not.toMatch(/Did you mean|clients|stacktrace|at .*\.js/);
  });

  it('answers with Cache-Control: no-store (client records are never kept by a browser or proxy)', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: director.cookie! },
      body: JSON.stringify({
        query: `query ($id: ID!) { client(id: $id) { id } }`,
        variables: { id: clientId },
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    // Nor hashed for an ETag nobody revalidates with.
    expect(res.headers.get('etag')).toBe(null);
  });

  it('refuses introspection unless configured', async () => {
    const res = await director.gql(`{ __schema { types { name } } }`);
    expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('turns an unexpected error into INTERNAL_SERVER_ERROR with no details', () => {
    const err = new GraphQLError('connection to 10.0.0.5 refused', {
      path: ['clients'],
      originalError: new Error('connection to 10.0.0.5 refused'),
    });
    const formatted = formatError(
      { message: err.message, path: ['clients'], extensions: { stacktrace: ['x'] } },
      err,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['clients'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('refuses batched requests and cross-site simple requests', async () => {
    const batch = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: director.cookie! },
      body: JSON.stringify([{ query: '{ programs { id } }' }, { query: '{ programs { id } }' }]),
    });
    expect(batch.status).toBe(400);
    const csrf = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ programs { id } }')}`,
      {
        headers: { cookie: director.cookie! },
      },
    );
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/CSRF/);
  });
});

describe('abusive query shapes are refused before execution', () => {
  it(`more than ${queryLimits.maxAliases} aliases`, async () => {
    const aliases = Array.from(
      { length: queryLimits.maxAliases + 5 },
      (_, i) => `a${i}: clients(first: 1) { totalCount }`,
    );
    const res = await director.gql(`{ ${aliases.join(' ')} }`);
    expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await noReadsAudited(res.requestId);
  });

  it(`more than ${queryLimits.maxTokens} tokens: a parse failure, HTTP 400`, async () => {
    const fields = Array.from({ length: queryLimits.maxTokens }, () => 'id').join(' ');
    const res = await director.gql(`{ programs { ${fields} } }`);
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it(`deeper than ${queryLimits.maxDepth} levels`, async () => {
    let selection = 'id';
    for (let i = 0; i < queryLimits.maxDepth + 2; i++)
      selection = `staff { programRoles { program { id } } id } me { ${selection} }`;
    const res = await director.gql(`{ me { ${selection} } }`);
    expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a page size above 100', async () => {
    const res = await director.gql(`query ($n: Int!) { clients(first: $n) { totalCount } }`, {
      n: 5000,
    });
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'first' }],
    });
    await noReadsAudited(res.requestId);
  });

  it('an oversized string in input', async () => {
    const res = await director.gql(
      `query ($q: String) { clients(first: 1, filter: { search: $q }) { totalCount } }`,
      {
        q: 'x'.repeat(5_000),
      },
    );
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.search' }],
    });
  });
});

/** The request was refused as the caller's input, naming the field, and nothing logged quotes it. */
async function refusedAsInput(
  request: () => ReturnType<Caller['gql']>,
  field: string,
  offending: string,
) {
  const { result: res, log } = await logged(request);
  expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect((res.errors![0]!.extensions!.fields as { field: string }[]).map((f) => f.field)).toContain(
    field,
  );
  expect(log).toContain('"msg":"request"');
  expect(log).not.toContain(offending);
  await noReadsAudited(res.requestId);
  return res;
}

const cursorOf = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

describe('bad input is BAD_USER_INPUT naming the field, and never logged', () => {
  it('an id that is not a UUID, written in the query', async () => {
    await refusedAsInput(
      () => director.gql(`{ staffMembers(programId: "not-an-id-7f3a") { id } }`),
      'programId',
      'not-an-id-7f3a',
    );
  });

  it('an id that is not a UUID, in a variable or nested in an input', async () => {
    await refusedAsInput(
      () =>
        director.gql(`query ($p: ID) { staffMembers(programId: $p) { id } }`, { p: 'nope-4411' }),
      'programId',
      'nope-4411',
    );
    await refusedAsInput(
      () =>
        director.gql(`query ($f: ClientFilter) { clients(first: 1, filter: $f) { totalCount } }`, {
          f: { programId: 'nope-4412' },
        }),
      'filter.programId',
      'nope-4412',
    );
  });

  it('a cursor whose key does not fit the list', async () => {
    const res = await refusedAsInput(
      () =>
        director.gql(`query ($a: String) { clients(first: 1, after: $a) { totalCount } }`, {
          a: cursorOf(['Zed', 'Quux', 'forged-cursor-id-88']),
        }),
      'after',
      'forged-cursor-id-88',
    );
    expect(res.status).toBe(200);
  });

  it('a dashboard key that does not fit its metric', async () => {
    await refusedAsInput(
      () =>
        director.gql(
          `{ dashboardClients(input: { metric: ADMITTED_IN_WEEK, key: "notadate-31" }) { totalCount } }`,
        ),
      'key',
      'notadate-31',
    );
    await refusedAsInput(
      () =>
        director.gql(
          `{ dashboardClients(input: { metric: CLINICIAN_ACTIVE, key: "clinician-x9" }) { totalCount } }`,
        ),
      'key',
      'clinician-x9',
    );
  });

  it('a NUL or other control character in a search', async () => {
    for (const q of ['Smith\u0000Canary', 'Smith\u001bCanary']) {
      await refusedAsInput(
        () =>
          director.gql(
            `query ($q: String) { clients(first: 1, filter: { search: $q }) { totalCount } }`,
            { q },
          ),
        'filter.search',
        'Canary',
      );
    }
  });

  it('a NUL in a text field of a mutation, or in free-form answers', async () => {
    await refusedAsInput(
      () =>
        director.gql(
          `mutation ($i: UpdateClientInput!) { updateClient(input: $i) { ... on Client { id } } }`,
          {
            i: { id: clientId, version: 1, pronouns: 'they\u0000Canary' },
          },
        ),
      'input.pronouns',
      'Canary',
    );
    const { episodeId } = (
      await server.database.dataSource.query<{ episodeId: string }[]>(
        `SELECT id AS "episodeId" FROM episode WHERE client_id = $1`,
        [clientId],
      )
    )[0]!;
    await refusedAsInput(
      () =>
        director.gql(
          `mutation ($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }`,
          { i: { episodeId, instrument: 'INTAKE_BPS', answers: { history: 'x\u0000Canary' } } },
        ),
      'input.answers.history',
      'Canary',
    );
  });

  it('a syntax error is a parse failure, HTTP 400', async () => {
    const res = await director.gql(`{ clients(first: 1`);
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('input the database refuses anyway answers BAD_USER_INPUT without quoting it', () => {
    const driverError = Object.assign(new Error('invalid input syntax for type uuid: "zzz"'), {
      code: '22P02',
    });
    const err = new GraphQLError(driverError.message, {
      path: ['clients'],
      originalError: driverError,
    });
    const formatted = formatError({ message: err.message, path: ['clients'] }, err);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [] });
    expect(JSON.stringify(formatted)).not.toContain('zzz');
  });
});

describe('requests that never reach GraphQL answer with the JSON error model', () => {
  const post = (target: TestServer, body: string) =>
    fetch(`${target.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: director.cookie! },
      body,
    });

  for (const env of ['production', 'development'] as const) {
    it(`malformed JSON (${env})`, async () => {
      const target = env === 'production' ? server : devServer;
      const { result: res, log } = await logged(() => post(target, '{"query": "{ Canary'));
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await res.text();
      expect(text).not.toMatch(/<html|<pre|at .*\.js|Canary/i);
      expect(JSON.parse(text)).toEqual({
        errors: [
          { message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } },
        ],
      });
      expect(log).not.toContain('Canary');
    });

    it(`a body over 100 kB (${env})`, async () => {
      const target = env === 'production' ? server : devServer;
      const res = await post(
        target,
        JSON.stringify({ query: '{ programs { id } }', variables: { pad: 'x'.repeat(200_000) } }),
      );
      expect(res.status).toBe(413);
      const text = await res.text();
      expect(text).not.toMatch(/<html|<pre|at .*\.js/i);
      expect(JSON.parse(text)).toMatchObject({
        errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
    });
  }

  it('a path nothing serves', async () => {
    const res = await fetch(`${server.url}/nothing-here-Canary`, {
      headers: { accept: 'application/json' },
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });
});

describe('schema suggestions are hidden in every environment', () => {
  for (const env of ['production', 'development'] as const) {
    it(`an unknown enum value gets no "Did you mean" (${env})`, async () => {
      const caller = env === 'production' ? director : devDirector;
      const literal = await caller.gql(`{ staffMembers(role: DIRECTR) { id } }`);
      const variable = await caller.gql(`query ($r: StaffRole) { staffMembers(role: $r) { id } }`, {
        r: 'DIRECTR',
      });
      for (const res of [literal, variable]) {
        expect(res.errors).toHaveLength(1);
        expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean|DIRECTOR/);
      }
    });
  }

  it('a misspelt field in development gets no suggestion either', async () => {
    const res = await devDirector.gql(`{ clientz(first: 1) { totalCount } }`);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean|"clients"/);
  });
});

describe('security headers on every response', () => {
  const expectSecurityHeaders = (res: Response) => {
    const csp = res.headers.get('content-security-policy');
    expect(csp).toBe(contentSecurityPolicyHeader());
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-powered-by')).toBeNull();
  };

  it('on /graphql, the web app, its client-side routes, its assets and errors', async () => {
    const responses = [
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      await fetch(`${server.url}/`, { headers: { accept: 'text/html' } }),
      await fetch(`${server.url}/clients/${clientId}`, { headers: { accept: 'text/html' } }),
      await fetch(`${server.url}/assets/app.js`),
      await fetch(`${server.url}/healthz`),
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      }),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 400]);
    expect(await responses[1]!.text()).toContain('<div id="root">');
    for (const res of responses) expectSecurityHeaders(res);
  });

  it('HSTS when served over HTTPS: a secure deployment, or a trusted proxy saying so', async () => {
    const hsts = 'max-age=31536000; includeSubDomains';
    // Production sends secure cookies, so it is served over HTTPS.
    expect((await fetch(`${server.url}/healthz`)).headers.get('strict-transport-security')).toBe(
      hsts,
    );
    // Development over plain HTTP: none, unless the (loopback) proxy says the client used HTTPS.
    const plain = await fetch(`${devServer.url}/healthz`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expectSecurityHeaders(plain);
    const proxied = await fetch(`${devServer.url}/healthz`, {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(proxied.headers.get('strict-transport-security')).toBe(hsts);
  });
});

describe('the record a mutation targets is authorised before its input is validated', () => {
  let outsider: Caller;
  let episodeId: string;
  let planId: string;

  beforeAll(async () => {
    const ds = server.database.dataSource;
    // A clinician of another program: no access to this program's client.
    const otherProgramId = (await createTestProgram(ds)).id;
    outsider = await server.as(
      await createTestStaff(ds, [{ programId: otherProgramId, role: 'CLINICIAN' }]),
    );
    const admitted = await createTestClient(ds, { programId });
    episodeId = admitted.episode.id;
    const created = await director.gql<{ createTreatmentPlan: { id: string } }>(
      `mutation ($i: CreateTreatmentPlanInput!) { createTreatmentPlan(input: $i) { ... on TreatmentPlan { id } } }`,
      { i: { episodeId } },
    );
    expect(created.errors).toBeUndefined();
    planId = created.data!.createTreatmentPlan.id;
  });

  const auditOf = (requestId: string) =>
    server.database.dataSource.query<{ outcome: string; record_type: string }[]>(
      `SELECT outcome, record_type FROM audit_event WHERE request_id = $1`,
      [requestId],
    );

  const cases = () => [
    {
      name: 'recordAssessment with answers its instrument refuses',
      query: `mutation ($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }`,
      input: { episodeId, instrument: 'ASAM', answers: { nonsense: 42 } },
    },
    {
      name: 'updateClient with a malformed phone number and a NUL',
      query: `mutation ($i: UpdateClientInput!) { updateClient(input: $i) { ... on Client { id } } }`,
      input: { id: clientId, version: 1, phone: 'call me', pronouns: 'a\u0000b' },
    },
    {
      name: 'addProblem with blank words',
      query: `mutation ($i: AddProblemInput!) { addProblem(input: $i) { id } }`,
      input: { planId, domain: 'SUBSTANCE_USE', clientWords: '   ' },
    },
  ];

  it('a caller without access gets FORBIDDEN and a DENIED audit row, not BAD_USER_INPUT', async () => {
    for (const c of cases()) {
      const res = await outsider.gql(c.query, { i: c.input });
      expect(res.errors?.[0]?.extensions?.code, c.name).toBe('FORBIDDEN');
      expect(await auditOf(res.requestId), c.name).toEqual([
        expect.objectContaining({ outcome: 'DENIED' }),
      ]);
    }
  });

  it('a caller with access gets the input errors', async () => {
    for (const c of cases()) {
      const res = await director.gql(c.query, { i: c.input });
      expect(res.errors?.[0]?.extensions?.code, c.name).toBe('BAD_USER_INPUT');
      expect(await auditOf(res.requestId), c.name).toEqual([]);
    }
  });

  it('a target id that is not an id is input, with nothing to authorise', async () => {
    const res = await outsider.gql(
      `mutation ($i: UpdateClientInput!) { updateClient(input: $i) { ... on Client { id } } }`,
      { i: { id: 'not-a-client', version: 1 } },
    );
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.id' }],
    });
  });
});
