import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import { ClientContact } from './client-contact.entity.js';

const ADD = /* GraphQL */ `
  mutation ($input: AddClientContactInput!) {
    addClientContact(input: $input) {
      id
      version
      name
      kind
      mayContact
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateClientContactInput!) {
    updateClientContact(input: $input) {
      __typename
      ... on ClientContact {
        version
        phone
      }
      ... on ClientContactConflict {
        current {
          version
          phone
        }
      }
    }
  }
`;
const REMOVE = /* GraphQL */ `
  mutation ($input: ClientContactRef!) {
    removeClientContact(input: $input) {
      __typename
      ... on ClientContact {
        id
      }
    }
  }
`;
const CONTACTS = /* GraphQL */ `
  query ($id: ID!) {
    client(id: $id) {
      emergencyContacts {
        id
        name
        kind
      }
    }
  }
`;

const sister = {
  name: 'Rosa Vega',
  relationship: 'Sister',
  phone: '(555) 010-4411',
  kind: 'EMERGENCY',
  mayContact: true,
};

interface Added {
  addClientContact: { id: string; version: number };
}

describe('emergency and crisis contacts', () => {
  let server: TestServer;
  let clientId: string;
  let careTeam: Caller;
  let outsider: Caller;
  let outsiderId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const ds = server.database.dataSource;
    const [program, other] = [await createTestProgram(ds), await createTestProgram(ds)];
    const clinician = await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]);
    const stranger = await createTestStaff(ds, [{ programId: other.id, role: 'CLINICIAN' }]);
    outsiderId = stranger.id;
    ({
      client: { id: clientId },
    } = await createTestClient(ds, { programId: program.id, primaryClinicianId: clinician.id }));
    careTeam = await server.as(clinician);
    outsider = await server.as(stranger);
  });
  afterAll(() => server?.close());

  const add = (caller: Caller, more: object = {}) =>
    caller.gql<Added>(ADD, { input: { clientId, ...sister, ...more } });

  it('the care team adds, changes and removes a contact; each change is audited', async () => {
    const added = await add(careTeam);
    expect(added.errors).toBeUndefined();
    const { id, version } = added.data!.addClientContact;

    const read = await careTeam.gql<{ client: { emergencyContacts: { id: string }[] } }>(CONTACTS, {
      id: clientId,
    });
    expect(read.data?.client.emergencyContacts.map((c) => c.id)).toContain(id);

    const updated = await careTeam.gql<{ updateClientContact: { version: number } }>(UPDATE, {
      input: { clientId, id, version, ...sister, phone: '555 010 9999' },
    });
    expect(updated.data?.updateClientContact).toEqual({
      __typename: 'ClientContact',
      version: version + 1,
      phone: '555 010 9999',
    });

    const removed = await careTeam.gql(REMOVE, { input: { clientId, id, version: version + 1 } });
    expect(removed.data?.removeClientContact).toEqual({ __typename: 'ClientContact', id });
    const actions = await server.database.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE record_type = 'ClientContact' AND record_id = $1
         AND action <> 'READ' ORDER BY occurred_at, id`,
      [id],
    );
    expect(actions.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
  });

  it('a clinician of another program is refused, changes nothing, and the refusal is audited', async () => {
    const ds = server.database.dataSource;
    const before = await ds.getRepository(ClientContact).countBy({ clientId });
    const res = await add(outsider);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await ds.getRepository(ClientContact).countBy({ clientId })).toBe(before);
    const [denied] = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event
       WHERE actor_staff_id = $1 AND client_id = $2 AND outcome = 'DENIED'`,
      [outsiderId, clientId],
    );
    expect(denied!.n).toBeGreaterThan(0);
  });

  it('names the fields it refuses and saves nothing', async () => {
    const contacts = server.database.dataSource.getRepository(ClientContact);
    const before = await contacts.countBy({ clientId });
    const res = await add(careTeam, { name: ' ', phone: 'ask at desk' });
    expect(await contacts.countBy({ clientId })).toBe(before);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'name', message: 'Name is required' },
        { field: 'phone', message: 'Enter a phone number (digits, spaces, + ( ) - .)' },
      ],
    });
  });

  it('answers a stale change with the contact as it stands', async () => {
    const { id, version } = (await add(careTeam, { kind: 'CRISIS' })).data!.addClientContact;
    await careTeam.gql(UPDATE, { input: { clientId, id, version, ...sister, phone: '555-0111' } });
    const stale = await careTeam.gql<{ updateClientContact: object }>(UPDATE, {
      input: { clientId, id, version, ...sister, phone: '555-0222' },
    });
    expect(stale.data?.updateClientContact).toEqual({
      __typename: 'ClientContactConflict',
      current: { version: version + 1, phone: '555-0111' },
    });
    const staleRemove = await careTeam.gql<{ removeClientContact: { __typename: string } }>(
      REMOVE,
      { input: { clientId, id, version } },
    );
    expect(staleRemove.data?.removeClientContact.__typename).toBe('ClientContactConflict');
  });
});
