import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { hashToken } from '../auth/session.service.js';
import { sealAuditChain, verifyAuditChain } from '../audit/audit-chain.js';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

const CREATE = /* GraphQL */ `
  mutation ($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        id
        name
        prefix
        scope
        expiresAt
      }
    }
  }
`;
const REVOKE = /* GraphQL */ `
  mutation ($id: ID!) {
    revokeApiToken(input: { tokenId: $id }) {
      id
      revokedAt
    }
  }
`;
const CLIENT = /* GraphQL */ `
  query ($id: ID!) {
    client(id: $id) {
      id
      lastName
    }
  }
`;
const ADD_CONTACT = /* GraphQL */ `
  mutation ($input: AddClientContactInput!) {
    addClientContact(input: $input) {
      id
    }
  }
`;
const CHANGE_PASSWORD = /* GraphQL */ `
  mutation {
    changeMyPassword(input: { currentPassword: "x", newPassword: "y" }) {
      sessionsEnded
    }
  }
`;

interface Created {
  createApiToken: {
    secret: string;
    token: { id: string; name: string; prefix: string; scope: string; expiresAt: string | null };
  };
}

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code;

describe('personal API tokens', () => {
  let server: TestServer;
  let ds: DataSource;
  let staffId: string;
  let browser: Caller;
  let ownClientId: string;
  let otherClientId: string;

  beforeAll(async () => {
    server = await startTestServer();
    ds = server.database.dataSource;
    const program = await createTestProgram(ds);
    const clinician = await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]);
    const colleague = await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]);
    staffId = clinician.id;
    browser = await server.as(clinician);
    ownClientId = (
      await createTestClient(ds, { programId: program.id, primaryClinicianId: clinician.id })
    ).client.id;
    otherClientId = (
      await createTestClient(ds, { programId: program.id, primaryClinicianId: colleague.id })
    ).client.id;
  });
  afterAll(() => server?.close());

  const bearer = (secret: string): Caller => {
    const anonymous = server.anonymous;
    return {
      cookie: undefined,
      gql: (query, variables, headers = {}) =>
        anonymous.gql(query, variables, { authorization: `Bearer ${secret}`, ...headers }),
    };
  };
  const create = async (scope: 'READ_ONLY' | 'READ_WRITE', expiresAt: string | null = null) => {
    const res = await browser.gql<Created>(CREATE, {
      input: { name: `Script ${scope}`, scope, expiresAt },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createApiToken;
  };
  const contact = { name: 'Ana', relationship: 'sister', phone: '555-0100', kind: 'EMERGENCY' };

  it('the secret is shown once with a recognisable prefix and only its SHA-256 is stored', async () => {
    const { secret, token } = await create('READ_ONLY');
    expect(secret).toMatch(/^wpt_[A-Za-z0-9_-]{40,}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const [row] = await ds.query<{ token_hash: Buffer; stored: boolean }[]>(
      `SELECT token_hash, EXISTS (SELECT 1 FROM api_token t WHERE t.prefix = $2 OR t.name = $2) AS stored
       FROM api_token WHERE id = $1`,
      [token.id, secret],
    );
    expect(row!.token_hash.equals(hashToken(secret))).toBe(true);
    expect(row!.stored).toBe(false);
    const list = await browser.gql<{ myApiTokens: { id: string; prefix: string }[] }>(
      `{ myApiTokens { id prefix } }`,
    );
    expect(list.data!.myApiTokens.map((t) => t.id)).toContain(token.id);
  });

  it('a token acts as its owner and is named on the audit events it causes', async () => {
    const { secret, token } = await create('READ_ONLY');
    const res = await bearer(secret).gql<{ client: { id: string } }>(CLIENT, { id: ownClientId });
    expect(res.data?.client.id).toBe(ownClientId);
    const events = await ds.query<{ actor_staff_id: string; api_token_id: string }[]>(
      `SELECT actor_staff_id, api_token_id FROM audit_event WHERE request_id = $1`,
      [res.requestId],
    );
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e).toEqual({ actor_staff_id: staffId, api_token_id: token.id });
    // The token is part of each event's hash: the chain, sealed with these events, still verifies.
    await sealAuditChain(ds);
    const report = await verifyAuditChain(ds);
    expect(report.firstBreak).toBeNull();
    expect(report.ok).toBe(true);
  });

  it('a token never reaches beyond its owner: another clinician’s client is refused', async () => {
    const { secret } = await create('READ_WRITE');
    const read = await bearer(secret).gql(CLIENT, { id: otherClientId });
    expect(codeOf(read)).toBe('FORBIDDEN');
    const write = await bearer(secret).gql(ADD_CONTACT, {
      input: { clientId: otherClientId, mayContact: true, ...contact },
    });
    expect(codeOf(write)).toBe('FORBIDDEN');
  });

  it('a read-only token cannot mutate; a read-write one can, within its owner’s access', async () => {
    const input = { clientId: ownClientId, mayContact: true, ...contact };
    const readOnly = await create('READ_ONLY');
    const refused = await bearer(readOnly.secret).gql(ADD_CONTACT, { input });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const [{ count }] = await ds.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM client_contact WHERE client_id = $1`,
      [ownClientId],
    );
    expect(count).toBe(0);
    const readWrite = await create('READ_WRITE');
    const added = await bearer(readWrite.secret).gql<{ addClientContact: { id: string } }>(
      ADD_CONTACT,
      { input },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addClientContact.id).toBeTruthy();
  });

  it('a token cannot create or revoke tokens, nor change its owner’s password', async () => {
    const { secret, token } = await create('READ_WRITE');
    const caller = bearer(secret);
    expect(codeOf(await caller.gql(CREATE, { input: { name: 'x', scope: 'READ_WRITE' } }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await caller.gql(REVOKE, { id: token.id }))).toBe('FORBIDDEN');
    expect(codeOf(await caller.gql(CHANGE_PASSWORD))).toBe('FORBIDDEN');
  });

  it('a token never becomes a browser session: no cookie is set and a cookie sent with it is ignored', async () => {
    const { secret } = await create('READ_ONLY');
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${secret}`,
        cookie: browser.cookie!,
      },
      body: JSON.stringify({ query: CHANGE_PASSWORD }),
    });
    expect(res.headers.get('set-cookie')).toBeNull();
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('revoked and expired tokens are refused, and so is a token whose owner was deactivated', async () => {
    const revoked = await create('READ_ONLY');
    expect((await browser.gql(REVOKE, { id: revoked.token.id })).errors).toBeUndefined();
    expect(codeOf(await bearer(revoked.secret).gql(CLIENT, { id: ownClientId }))).toBe(
      'UNAUTHENTICATED',
    );

    const soon = await create('READ_ONLY', new Date(Date.now() + 3_600_000).toISOString());
    expect((await bearer(soon.secret).gql(CLIENT, { id: ownClientId })).errors).toBeUndefined();
    await ds.query(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      soon.token.id,
    ]);
    expect(codeOf(await bearer(soon.secret).gql(CLIENT, { id: ownClientId }))).toBe(
      'UNAUTHENTICATED',
    );

    const program = await createTestProgram(ds);
    const leaver = await createTestStaff(ds, [{ programId: program.id, role: 'DIRECTOR' }]);
    const { createApiToken } = (
      await (
        await server.as(leaver)
      ).gql<Created>(CREATE, {
        input: { name: 'Leaver', scope: 'READ_ONLY' },
      })
    ).data!;
    const probe = () => bearer(createApiToken.secret).gql(`{ programs { id } }`);
    expect((await probe()).errors).toBeUndefined();
    await ds.query(`UPDATE staff SET active = false WHERE id = $1`, [leaver.id]);
    expect(codeOf(await probe())).toBe('UNAUTHENTICATED');
  });

  it('a past expiry and a blank name are refused naming the field', async () => {
    const res = await browser.gql(CREATE, {
      input: { name: ' ', scope: 'READ_ONLY', expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toMatch(/expiresAt/);
  });
});
