import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

const CREATE = /* GraphQL */ `
  mutation ($input: CommunityResourceInput!) {
    createCommunityResource(input: $input) {
      id
      version
      name
      needsReverification
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query ($programId: ID!, $filter: CommunityResourceFilter!) {
    communityResources(programId: $programId, filter: $filter) {
      id
      name
      needsReverification
    }
  }
`;

describe('the community resource directory', () => {
  let server: TestServer;
  let programId: string;
  let cm: Caller;
  let clinician: Caller;
  let outsider: Caller;

  beforeAll(async () => {
    server = await startTestServer();
    const ds = server.database.dataSource;
    programId = (await createTestProgram(ds)).id;
    const other = (await createTestProgram(ds)).id;
    cm = await server.as(await createTestStaff(ds, [{ programId, role: 'CASE_MANAGER' }]));
    clinician = await server.as(await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]));
    outsider = await server.as(
      await createTestStaff(ds, [{ programId: other, role: 'CASE_MANAGER' }]),
    );
    const entries = [
      [
        'Clínica Fénix Rehabilitación Vocacional',
        'VOCATIONAL_REHAB',
        ['Spanish', 'English'],
        true,
        'FREE',
      ],
      ['Harbor Job Training Center', 'VOCATIONAL_REHAB', ['English'], false, 'SLIDING_SCALE'],
      ['Northside Food Pantry', 'FOOD', ['English'], false, 'FREE'],
    ] as const;
    for (const [name, category, languages, acceptsMedicaid, cost] of entries) {
      const res = await cm.gql(CREATE, {
        input: {
          programId,
          name,
          category,
          languages,
          acceptsMedicaid,
          cost,
          services: 'Job coaching and placement',
        },
      });
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => server?.close());

  const search = (caller: Caller, filter: object) =>
    caller.gql<{ communityResources: { name: string; needsReverification: boolean }[] }>(SEARCH, {
      programId,
      filter,
    });

  it('full-text search ignores accents and case, and matches word prefixes', async () => {
    const res = await search(clinician, { search: 'clinica FENIX' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.communityResources.map((r) => r.name)).toEqual([
      'Clínica Fénix Rehabilitación Vocacional',
    ]);
    // Folded on both sides: accents typed in the search find a name written without them.
    const typed = await search(clinician, { search: 'Hárbor TRÁINING' });
    expect(typed.data!.communityResources.map((r) => r.name)).toEqual([
      'Harbor Job Training Center',
    ]);
    const jobs = await search(clinician, { search: 'job' });
    expect(jobs.data!.communityResources.map((r) => r.name)).toContain(
      'Harbor Job Training Center',
    );
  });

  it('filters by category, language, Medicaid and cost', async () => {
    const names = async (filter: object) =>
      (await search(cm, filter)).data!.communityResources.map((r) => r.name).sort();
    expect(await names({ category: 'VOCATIONAL_REHAB' })).toHaveLength(2);
    expect(await names({ language: 'spanish' })).toEqual([
      'Clínica Fénix Rehabilitación Vocacional',
    ]);
    expect(await names({ acceptsMedicaid: true })).toEqual([
      'Clínica Fénix Rehabilitación Vocacional',
    ]);
    expect(await names({ cost: 'FREE', category: 'FOOD' })).toEqual(['Northside Food Pantry']);
  });

  it('an entry verified long ago needs re-verification; a fresh one does not', async () => {
    await server.database.dataSource.query(
      `UPDATE community_resource SET last_verified_at = now() - interval '400 days'
       WHERE program_id = $1 AND name = 'Northside Food Pantry'`,
      [programId],
    );
    const stale = await search(cm, { needsReverification: true });
    expect(stale.data!.communityResources.map((r) => r.name)).toEqual(['Northside Food Pantry']);
    expect(stale.data!.communityResources[0]!.needsReverification).toBe(true);
  });

  it('the program sets after how many days an entry needs re-verification', async () => {
    const ds = server.database.dataSource;
    await ds.query(
      `UPDATE community_resource SET last_verified_at = now() - interval '40 days'
       WHERE program_id = $1 AND name = 'Harbor Job Training Center'`,
      [programId],
    );
    const staleNames = async () =>
      (await search(cm, { needsReverification: true })).data!.communityResources.map((r) => ({
        name: r.name,
        stale: r.needsReverification,
      }));
    expect(await staleNames()).toEqual([{ name: 'Northside Food Pantry', stale: true }]);
    const director = await server.as(await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]));
    const [{ version }] = await ds.query<[{ version: number }]>(
      'SELECT version FROM program WHERE id = $1',
      [programId],
    );
    const set = await director.gql(
      `mutation ($input: UpdateProgramSettingsInput!) {
        updateProgramSettings(input: $input) { ... on Program { resourceReverifyDays } }
      }`,
      { input: { programId, version, resourceReverifyDays: 30 } },
    );
    expect(set.data).toEqual({ updateProgramSettings: { resourceReverifyDays: 30 } });
    expect(await staleNames()).toEqual([
      { name: 'Harbor Job Training Center', stale: true },
      { name: 'Northside Food Pantry', stale: true },
    ]);
    const tooShort = await director.gql(
      `mutation ($input: UpdateProgramSettingsInput!) {
        updateProgramSettings(input: $input) { __typename }
      }`,
      { input: { programId, version: version + 1, resourceReverifyDays: 3 } },
    );
    expect(tooShort.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'resourceReverifyDays', message: 'Enter 7 to 730 days' },
    ]);
  });

  it('a clinician reads but does not manage; staff of another program neither', async () => {
    const res = await clinician.gql(CREATE, {
      input: { programId, name: 'X', category: 'FOOD', cost: 'FREE' },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await search(outsider, {});
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
