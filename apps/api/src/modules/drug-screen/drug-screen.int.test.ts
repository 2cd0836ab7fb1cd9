import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStaff } from '../../testing/factories.js';
import { errorOf, ok, planHarness, type PlanHarness } from '../../test-support/plan-harness.js';

const RECORD = /* GraphQL */ `
  mutation ($input: RecordDrugScreenInput!) {
    recordDrugScreen(input: $input) {
      id
      version
      status
      unexpectedPositiveAt
      panel {
        analyte
        result
        expected
      }
    }
  }
`;
const COMPLETE = /* GraphQL */ `
  mutation ($input: CompleteDrugScreenInput!) {
    completeDrugScreen(input: $input) {
      __typename
      ... on DrugScreen {
        id
        version
        status
        panel {
          analyte
          result
        }
      }
      ... on DrugScreenConflict {
        current {
          id
          version
          status
        }
      }
    }
  }
`;
const PICK = /* GraphQL */ `
  mutation ($input: RandomScreeningPickInput!) {
    runRandomScreeningPick(input: $input) {
      id
      weekOf
      sharePercent
      poolSize
      picked {
        id
      }
    }
  }
`;
const DASHBOARD = /* GraphQL */ `
  query ($programIds: [ID!]) {
    directorDashboard(filter: { programIds: $programIds }) {
      positiveScreens14d
    }
    dashboardClients(input: { metric: POSITIVE_SCREENS_14D, programIds: $programIds }, first: 50) {
      totalCount
      edges {
        node {
          episode {
            id
          }
        }
      }
    }
  }
`;
const SCREENS = /* GraphQL */ `
  query ($id: ID!) {
    episode(id: $id) {
      drugScreens {
        id
        status
      }
    }
  }
`;

const clockOf = async (h: PlanHarness, episodeId: string) =>
  (
    await h.ds.query<{ reason: string; dueOn: string }[]>(
      `SELECT review_due_reason AS reason, review_due_on::text AS "dueOn" FROM episode WHERE id = $1`,
      [episodeId],
    )
  )[0]!;

const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

describe('drug screens', () => {
  let h: PlanHarness;

  beforeAll(async () => {
    h = await planHarness();
  });
  afterAll(async () => {
    await h.server.close();
  });

  it('an expected positive (prescribed buprenorphine) does not move the review clock', async () => {
    const { episodeId, plan } = await h.signableDraft();
    await h.activate(plan.id);
    const screen = await ok<{ recordDrugScreen: { status: string } }>(h.clinician, RECORD, {
      input: {
        episodeId,
        collectedAt: hourAgo(),
        method: 'POINT_OF_CARE_CUP',
        observed: true,
        panel: [
          { analyte: 'BUPRENORPHINE', result: 'POSITIVE', expected: true },
          { analyte: 'FENTANYL', result: 'NEGATIVE' },
        ],
      },
    });
    expect(screen.recordDrugScreen.status).toBe('EXPECTED_POSITIVE');
    expect((await clockOf(h, episodeId)).reason).toBe('INTERVAL');
  });

  it('an unexpected positive screen moves the review clock to today, and counts on the dashboard', async () => {
    const { episodeId, plan } = await h.signableDraft();
    await h.activate(plan.id);
    await ok(h.clinician, RECORD, {
      input: {
        episodeId,
        collectedAt: new Date().toISOString() /* after the plan took effect */,
        method: 'POINT_OF_CARE_CUP',
        observed: false,
        panel: [{ analyte: 'COCAINE', result: 'POSITIVE' }],
      },
    });
    expect(await clockOf(h, episodeId)).toMatchObject({
      reason: 'POSITIVE_DRUG_SCREEN',
      dueOn: h.today(),
    });
    const dash = await ok<{
      directorDashboard: { positiveScreens14d: number };
      dashboardClients: { totalCount: number; edges: { node: { episode: { id: string } } }[] };
    }>(h.director, DASHBOARD, { programIds: [h.program.id] });
    expect(dash.directorDashboard.positiveScreens14d).toBe(dash.dashboardClients.totalCount);
    expect(dash.dashboardClients.edges.map((e) => e.node.episode.id)).toContain(episodeId);
  });

  it('a pending lab result is completed later; a stale version is refused with CONFLICT', async () => {
    const { episodeId, plan } = await h.signableDraft();
    await h.activate(plan.id);
    const recorded = await ok<{
      recordDrugScreen: { id: string; version: number; status: string };
    }>(h.clinician, RECORD, {
      input: {
        episodeId,
        collectedAt: hourAgo(),
        method: 'LAB',
        observed: true,
        panel: [
          { analyte: 'OPIATES', result: 'PENDING' },
          { analyte: 'COCAINE', result: 'NEGATIVE' },
        ],
      },
    });
    const screen = recorded.recordDrugScreen;
    expect(screen.status).toBe('PENDING');
    expect((await clockOf(h, episodeId)).reason).toBe('INTERVAL');
    const done = await ok<{
      completeDrugScreen: { __typename: string; version: number; status: string };
    }>(h.clinician, COMPLETE, {
      input: {
        id: screen.id,
        version: screen.version,
        results: [{ analyte: 'OPIATES', result: 'POSITIVE' }],
      },
    });
    expect(done.completeDrugScreen).toMatchObject({
      __typename: 'DrugScreen',
      version: screen.version + 1,
      status: 'UNEXPECTED_POSITIVE',
    });
    expect((await clockOf(h, episodeId)).reason).toBe('POSITIVE_DRUG_SCREEN');
    const stale = await ok<{
      completeDrugScreen: { __typename: string; current: { version: number } };
    }>(h.clinician, COMPLETE, {
      input: {
        id: screen.id,
        version: screen.version,
        results: [{ analyte: 'OPIATES', result: 'NEGATIVE' }],
      },
    });
    expect(stale.completeDrugScreen).toMatchObject({
      __typename: 'DrugScreenConflict',
      current: { version: screen.version + 1 },
    });
  });

  it('a cup cannot be pending; problems name the panel line', async () => {
    const episode = await h.newEpisode();
    const res = await h.clinician.gql(RECORD, {
      input: {
        episodeId: episode.id,
        collectedAt: hourAgo(),
        method: 'POINT_OF_CARE_CUP',
        observed: true,
        panel: [{ analyte: 'OPIATES', result: 'PENDING' }],
      },
    });
    expect(errorOf(res)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'panel.0.result' }],
    });
  });

  it('screens are read through the chart and every read and write is audited', async () => {
    const episode = await h.newEpisode();
    const made = await h.clinician.gql<{ recordDrugScreen: { id: string } }>(RECORD, {
      input: {
        episodeId: episode.id,
        collectedAt: hourAgo(),
        method: 'BREATHALYZER',
        observed: true,
        panel: [{ analyte: 'ALCOHOL', result: 'NEGATIVE' }],
      },
    });
    const id = made.data!.recordDrugScreen.id;
    const audit = (requestId: string) =>
      h.ds.query<{ action: string }[]>(
        `SELECT action FROM audit_event WHERE request_id = $1 AND record_id = $2 AND record_type = 'DrugScreen'`,
        [requestId, id],
      );
    expect((await audit(made.requestId)).map((r) => r.action)).toEqual(['CREATE']);
    const read = await h.clinician.gql(SCREENS, { id: episode.id });
    expect((await audit(read.requestId)).map((r) => r.action)).toEqual(['READ']);
  });

  it('the weekly random pick is a director’s, stored once per week and answered unchanged when run again', async () => {
    for (let i = 0; i < 6; i++) await h.newEpisode();
    const input = { programId: h.program.id, sharePercent: 50 };
    const first = await ok<{
      runRandomScreeningPick: { id: string; poolSize: number; picked: { id: string }[] };
    }>(h.director, PICK, { input });
    expect(first.runRandomScreeningPick.poolSize).toBeGreaterThanOrEqual(6);
    const again = await ok<{ runRandomScreeningPick: { id: string; picked: { id: string }[] } }>(
      h.director,
      PICK,
      {
        input: { ...input, sharePercent: 100 },
      },
    );
    expect(again.runRandomScreeningPick.id).toBe(first.runRandomScreeningPick.id);
    expect(again.runRandomScreeningPick.picked).toEqual(first.runRandomScreeningPick.picked);
    const denied = await h.clinician.gql(PICK, { input });
    expect(errorOf(denied).code).toBe('FORBIDDEN');
    const cm = await h.server.as(
      await createTestStaff(h.ds, [{ programId: h.program.id, role: 'CASE_MANAGER' }]),
    );
    expect(errorOf(await cm.gql(PICK, { input })).code).toBe('FORBIDDEN');
  });
});
