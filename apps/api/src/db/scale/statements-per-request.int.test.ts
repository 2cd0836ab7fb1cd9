import { afterAll, beforeAll, expect, it } from 'vitest';
import { countQueries } from '../../test-support/count-queries.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import { buildScaleClinic } from './scale-clinic.js';

/**
 * What one request costs in SQL statements depends on what it asks for, never on how much data
 * it finds: the same for a page of 5 and of 50, in a clinic of 300 clients and of 1,500. And
 * the hot reads cost three round trips, whatever they find.
 */
const CASELOAD = `query ($first: Int!, $p: ID) { clients(first: $first, filter: { programId: $p }) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id displayName currentEpisode { status program { code } primaryClinician { displayName } } } } } }`;
const CHART = `query ($id: ID!) { client(id: $id) { id displayName
  episodes { id status program { code } primaryClinician { displayName } } } }`;
const DASHBOARD = `query { directorDashboard { census { status count } reviews { overdue dueSoon }
  caseloads { clinician { id } activeClients } } }`;
const REVIEWS_DUE = `query ($first: Int!) { planReviewsDue(first: $first) {
  totalCount edges { node { dueDate episode { id } client { id } } } } }`;
/** Rule 2 on every line of a caseload page: batched per field, never one query per episode. */
const CASELOAD_HOURS = `query ($first: Int!, $p: ID) { clients(first: $first, filter: { programId: $p }) {
  edges { node { id currentEpisode { id weeklyHours(weeks: 12) { totalMinutes billableDays }
    billableDays { billableDays } attendanceSummary { missedLast14Days } } } } } }`;

let server: TestServer;
const clinics: { director: Caller; programId: string; clientId: string }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const ds = server.database.dataSource;
  for (const clients of [300, 1_500]) {
    const clinic = await buildScaleClinic(ds, { clients, clinicians: clients / 50 });
    const [client] = await ds.query<{ client_id: string }[]>(
      `SELECT client_id FROM episode WHERE program_id = $1 AND status = 'ACTIVE' LIMIT 1`,
      [clinic.programIds[0]],
    );
    clinics.push({
      director: await server.as({ id: clinic.directorId }),
      programId: clinic.programIds[0]!,
      clientId: client!.client_id,
    });
  }
  await ds.query('ANALYZE client, episode');
}, 120_000);
afterAll(() => server?.close());

async function statements(caller: Caller, query: string, variables: Record<string, unknown>) {
  let errors: unknown;
  const n = await countQueries(server.database.dataSource, async () => {
    errors = (await caller.gql(query, variables)).errors;
  });
  expect(errors).toBeUndefined();
  return n;
}

it('statements per request do not depend on the page size or the size of the clinic', async () => {
  // One request at a time: the counter counts everything the data source sends.
  const counts = async (c: (typeof clinics)[number], first: number) => [
    await statements(c.director, CASELOAD, { first, p: c.programId }),
    await statements(c.director, CHART, { id: c.clientId }),
    await statements(c.director, DASHBOARD, {}),
    await statements(c.director, REVIEWS_DUE, { first }),
    await statements(c.director, CASELOAD_HOURS, { first, p: c.programId }),
  ];
  const [small, large] = clinics as [(typeof clinics)[number], (typeof clinics)[number]];
  // A session's first request looks it up; the server knows it from then on (session-cache.ts).
  for (const c of clinics) await statements(c.director, `{ me { __typename } }`, {});
  const reference = await counts(small, 5);
  // The caseload page, the chart and the dashboard: ONE statement for the data (scope, count and
  // related records folded in) and the request's audit INSERT.
  expect(reference.slice(0, 3)).toEqual([2, 2, 2]);
  expect(await counts(small, 50)).toEqual(reference);
  expect(await counts(large, 5)).toEqual(reference);
  expect(await counts(large, 50)).toEqual(reference);
});
