import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

const IMPORT = /* GraphQL */ `
  mutation ($programId: ID!, $csv: String!) {
    importCommunityResources(programId: $programId, csv: $csv) {
      added
      changed
    }
  }
`;
const EXPORT = /* GraphQL */ `
  query ($programId: ID!, $filter: CommunityResourceFilter!) {
    communityResourcesCsv(programId: $programId, filter: $filter)
  }
`;
const HEADER = 'name,category,services,languages,cost,accepts_medicaid,phone';

interface FieldProblem {
  field: string;
  message: string;
}

describe('importing and exporting the resource directory as CSV', () => {
  let server: TestServer;
  let programId: string;
  let director: Caller;
  let directorId: string;
  const refused: [string, Caller][] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const ds = server.database.dataSource;
    programId = (await createTestProgram(ds)).id;
    const other = (await createTestProgram(ds)).id;
    const d = await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]);
    directorId = d.id;
    director = await server.as(d);
    const as = async (roles: Parameters<typeof createTestStaff>[1], active = true) =>
      server.as(await createTestStaff(ds, roles, { active }));
    refused.push(['a case manager', await as([{ programId, role: 'CASE_MANAGER' }])]);
    refused.push(['a clinician', await as([{ programId, role: 'CLINICIAN' }])]);
    refused.push([
      'another program’s director',
      await as([{ programId: other, role: 'DIRECTOR' }]),
    ]);
    refused.push(['a former director', await as([{ programId, role: 'DIRECTOR' }], false)]);
  });
  afterAll(() => server?.close());

  const count = async () =>
    (
      await server.database.dataSource.query<[{ n: number }]>(
        'SELECT count(*)::int AS n FROM community_resource WHERE program_id = $1',
        [programId],
      )
    )[0].n;
  const exported = async (filter: object = {}) => {
    const res = await director.gql<{ communityResourcesCsv: string }>(EXPORT, {
      programId,
      filter,
    });
    expect(res.errors).toBeUndefined();
    return res.data!.communityResourcesCsv;
  };

  it('a file with bad rows is refused whole, naming each row and column', async () => {
    const csv = [
      HEADER,
      'Eastside Food Bank,FOOD,Groceries weekly,English,FREE,no,555-0101',
      ',HOUSING,Shelter beds,English,FREE,no,',
      'Harbor Clinic,DENTAL,Checkups,English;Spanish,INSURANCE,maybe,',
    ].join('\n');
    const res = await director.gql(IMPORT, { programId, csv });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors![0]!.extensions!.fields as FieldProblem[]).map((f) => f.field);
    expect(fields).toEqual(['row 3.name', 'row 4.category', 'row 4.accepts_medicaid']);
    expect(await count()).toBe(0);
  });

  it('an unknown id refuses the file, even when every other row is good', async () => {
    const csv = `id,${HEADER}\n,Eastside Food Bank,FOOD,,,FREE,,\n00000000-0000-4000-8000-000000000000,Gone,FOOD,,,FREE,,`;
    const res = await director.gql(IMPORT, { programId, csv });
    expect((res.errors?.[0]?.extensions?.fields as FieldProblem[])[0]!.field).toBe('row 3.id');
    expect(await count()).toBe(0);
  });

  it('a good file is imported, exported with the filter, corrected and imported back', async () => {
    const csv = [
      HEADER,
      'Eastside Food Bank,FOOD,"Groceries, weekly",English,FREE,no,+1 555-0101',
      'Clínica Esperanza,MEDICAL,Primary care,English; Spanish,sliding scale,yes,555-0102',
    ].join('\r\n');
    const res = await director.gql(IMPORT, { programId, csv });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ importCommunityResources: { added: 2, changed: 0 } });

    const medical = await exported({ category: 'MEDICAL' });
    const [header, row, ...rest] = medical.trim().split('\n');
    expect(header).toBe(
      'id,name,category,services,address,phone,hours,languages,cost,eligibility,accepts_medicaid,last_verified_on',
    );
    expect(rest).toEqual([]);
    expect(row).toContain(
      ',Clínica Esperanza,MEDICAL,Primary care,,555-0102,,English; Spanish,SLIDING_SCALE,,yes,',
    );
    // A phone starting with + would run as a formula in a spreadsheet: exported shielded.
    expect(await exported({ category: 'FOOD' })).toContain(",'+1 555-0101,");

    const all = await exported();
    const back = await director.gql(IMPORT, {
      programId,
      csv: all.replace('Primary care', 'Primary care and dental'),
    });
    expect(back.data).toEqual({ importCommunityResources: { added: 0, changed: 2 } });
    const rows = await server.database.dataSource.query<{ services: string; phone: string }[]>(
      'SELECT services, phone FROM community_resource WHERE program_id = $1 ORDER BY name',
      [programId],
    );
    expect(rows).toEqual([
      { services: 'Primary care and dental', phone: '555-0102' },
      { services: 'Groceries, weekly', phone: '+1 555-0101' },
    ]);
    const audit = await server.database.dataSource.query<{ action: string; n: number }[]>(
      `SELECT action, count(*)::int AS n FROM audit_event
       WHERE actor_staff_id = $1 AND outcome = 'SUCCESS'
         AND record_type IN ('CommunityResource', 'CommunityResourceExport')
       GROUP BY action ORDER BY action`,
      [directorId],
    );
    expect(audit).toEqual([
      { action: 'CREATE', n: 2 },
      { action: 'READ', n: 3 },
      { action: 'UPDATE', n: 2 },
    ]);
  });

  it('only the program’s directors (and administrators) import or export', async () => {
    for (const [who, caller] of refused) {
      const imp = await caller.gql(IMPORT, { programId, csv: `${HEADER}\nX,FOOD,,,FREE,,` });
      expect(imp.errors?.[0]?.extensions?.code, who).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      const exp = await caller.gql(EXPORT, { programId, filter: {} });
      expect(exp.errors?.[0]?.extensions?.code, who).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    expect(await count()).toBe(2);
  });

  it('an export for a program that does not exist is NOT_FOUND, for an administrator too', async () => {
    const ds = server.database.dataSource;
    const admin = await server.as(await createTestStaff(ds, [{ programId, role: 'ADMIN' }]));
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const caller of [admin, director]) {
      const res = await caller.gql(EXPORT, { programId: missing, filter: {} });
      expect(res.errors?.[0]?.extensions?.code).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
    }
  });
});
