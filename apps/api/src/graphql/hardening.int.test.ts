import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { createTestProgram, createTestStaff } from '../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../test-support/test-server.js';
import { formatError } from './errors.js';
import { queryLimits } from './query-limits.js';

let server: TestServer;
let director: Caller;

beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'production' });
  const ds = server.database.dataSource;
  const programId = (await createTestProgram(ds)).id;
  director = await server.as(await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]));
});
afterAll(() => server?.close());

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

  it(`more than ${queryLimits.maxTokens} tokens`, async () => {
    const fields = Array.from({ length: queryLimits.maxTokens }, () => 'id').join(' ');
    const res = await director.gql(`{ programs { ${fields} } }`);
    expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
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

  it('a body over 100 kB', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: director.cookie! },
      body: JSON.stringify({
        query: '{ programs { id } }',
        variables: { pad: 'x'.repeat(200_000) },
      }),
    });
    expect(res.status).toBe(413);
  });
});
