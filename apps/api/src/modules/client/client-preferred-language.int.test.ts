import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateClientInput!) {
    updateClient(input: $input) {
      ... on Client {
        version
        preferredLanguage
      }
    }
  }
`;

describe('a client’s preferred language', () => {
  let server: TestServer;
  let director: Caller;
  let clientId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const ds = server.database.dataSource;
    const programId = (await createTestProgram(ds)).id;
    director = await server.as(await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]));
    clientId = (await createTestClient(ds, { programId })).client.id;
  });
  afterAll(() => server?.close());

  it('is kept by name, trimmed, read back with the client, and cleared by an empty value', async () => {
    const saved = await director.gql<{
      updateClient: { version: number; preferredLanguage: string };
    }>(UPDATE, { input: { id: clientId, version: 1, preferredLanguage: '  Spanish ' } });
    expect(saved.data?.updateClient).toEqual({ version: 2, preferredLanguage: 'Spanish' });
    const read = await director.gql<{ client: { preferredLanguage: string } }>(
      `query ($id: ID!) { client(id: $id) { preferredLanguage } }`,
      { id: clientId },
    );
    expect(read.data?.client.preferredLanguage).toBe('Spanish');
    const cleared = await director.gql<{ updateClient: { preferredLanguage: string | null } }>(
      UPDATE,
      { input: { id: clientId, version: 2, preferredLanguage: '' } },
    );
    expect(cleared.data?.updateClient.preferredLanguage).toBeNull();
  });

  it('something not a language’s name is refused naming the field', async () => {
    const res = await director.gql(UPDATE, {
      input: { id: clientId, version: 3, preferredLanguage: 'es-419' },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'preferredLanguage', message: 'Enter a language’s name, like Spanish or Tagalog' },
      ],
    });
  });
});
