import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import { legacyScreeningNotes } from '../../db/migrations/1795970000000-intake-screening.js';
import { IntakeScreening } from './intake-screening.entity.js';

const SAVE = /* GraphQL */ `
  mutation ($input: SaveIntakeScreeningInput!) {
    saveIntakeScreening(input: $input) {
      __typename
      ... on IntakeScreening {
        id
        version
        urgency
        escalated
        derivedUrgency
        escalations {
          urgency
          positiveAnswers
          steps
          advised
          recordedBy {
            id
          }
        }
      }
      ... on IntakeScreeningConflict {
        current {
          version
          urgency
        }
      }
    }
  }
`;
const READ = /* GraphQL */ `
  query ($id: ID!) {
    episode(id: $id) {
      screeningOpen
      screening {
        structured
        notes
        urgency
        substances {
          substance
          lastUseOn
        }
      }
    }
  }
`;

const allNo = {
  suicidalIdeation: false,
  suicidePlanOrIntent: false,
  recentSuicideAttempt: false,
  homicidalIdeation: false,
  withdrawalRisk: false,
  currentlyIntoxicated: false,
  pregnant: false,
  medicalEmergency: false,
};
const alcohol = {
  substance: 'ALCOHOL',
  route: 'ORAL',
  frequency: 'DAILY',
  lastUseOn: '2026-01-02',
  ageAtFirstUse: 17,
};
const screening = {
  reasonsForCall: ['SEEKING_TREATMENT'],
  substances: [alcohol],
  safety: allNo,
  notes: 'Calm, motivated.',
};

interface Saved {
  saveIntakeScreening: {
    __typename: string;
    id: string;
    version: number;
    urgency: string;
    escalated: boolean;
    escalations: {
      urgency: string;
      steps: string[];
      advised: string;
      recordedBy: { id: string };
    }[];
  };
}

describe('the intake screening', () => {
  let server: TestServer;
  let intake: Caller;
  let intakeId: string;
  let outsider: Caller;
  let episodeId: string;
  let admittedEpisodeId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const ds = server.database.dataSource;
    const [program, other] = [await createTestProgram(ds), await createTestProgram(ds)];
    const coordinator = await createTestStaff(ds, [{ programId: program.id, role: 'INTAKE' }]);
    const stranger = await createTestStaff(ds, [{ programId: other.id, role: 'INTAKE' }]);
    intakeId = coordinator.id;
    ({
      episode: { id: episodeId },
    } = await createTestClient(ds, { programId: program.id, status: 'SCREENING' }));
    const clinician = await createTestStaff(ds, [{ programId: program.id, role: 'CLINICIAN' }]);
    ({
      episode: { id: admittedEpisodeId },
    } = await createTestClient(ds, { programId: program.id, primaryClinicianId: clinician.id }));
    intake = await server.as(coordinator);
    outsider = await server.as(stranger);
  });
  afterAll(() => server?.close());

  const save = (caller: Caller, input: object) =>
    caller.gql<Saved>(SAVE, { input: { episodeId, ...input } });

  it('intake records a screening before admission; the chart reads it; the save is audited', async () => {
    const res = await save(intake, { version: null, ...screening });
    expect(res.errors).toBeUndefined();
    const saved = res.data!.saveIntakeScreening;
    expect(saved).toMatchObject({ version: 1, urgency: 'ROUTINE', escalated: false });
    const read = await intake.gql<{ episode: { screening: object; screeningOpen: boolean } }>(
      READ,
      { id: episodeId },
    );
    expect(read.data?.episode).toEqual({
      screeningOpen: true,
      screening: {
        structured: true,
        notes: 'Calm, motivated.',
        urgency: 'ROUTINE',
        substances: [{ substance: 'ALCOHOL', lastUseOn: '2026-01-02' }],
      },
    });
    const [audit] = await server.database.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE record_type = 'IntakeScreening' AND record_id = $1
         AND action = 'CREATE'`,
      [saved.id],
    );
    expect(audit?.action).toBe('CREATE');
  });

  it('a positive safety answer escalates: urgency raised, what was advised recorded with who, audited', async () => {
    const res = await save(intake, {
      version: 1,
      ...screening,
      safety: { ...allNo, suicidalIdeation: true, suicidePlanOrIntent: true },
      escalationNote: 'Stayed on the line, connected to 988; told Dr. Ames (supervisor) at 10:05.',
    });
    expect(res.errors).toBeUndefined();
    const saved = res.data!.saveIntakeScreening;
    expect(saved).toMatchObject({ version: 2, urgency: 'EMERGENT', escalated: true });
    expect(saved.escalations).toHaveLength(1);
    expect(saved.escalations[0]).toMatchObject({
      urgency: 'EMERGENT',
      steps: ['CALL_911', 'CONNECT_988', 'NOTIFY_SUPERVISOR_NOW', 'SAME_DAY_RISK_ASSESSMENT'],
      recordedBy: { id: intakeId },
    });
    const [audit] = await server.database.dataSource.query<{ note: string }[]>(
      `SELECT note FROM audit_event WHERE record_type = 'IntakeScreening' AND record_id = $1
         AND action = 'UPDATE' ORDER BY occurred_at DESC LIMIT 1`,
      [saved.id],
    );
    expect(audit?.note).toBe('escalated: EMERGENT');
  });

  it('names the fields it refuses (substances[1].lastUseOn) and saves nothing', async () => {
    const res = await save(intake, {
      version: 2,
      ...screening,
      substances: [alcohol, { ...alcohol, substance: 'FENTANYL', lastUseOn: '2999-01-01' }],
      safety: { ...allNo, medicalEmergency: true },
      urgency: 'URGENT',
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'substances[1].lastUseOn', message: 'Last use cannot be in the future' },
        { field: 'urgency' },
        { field: 'escalationNote' },
      ],
    });
    const row = await server.database.dataSource
      .getRepository(IntakeScreening)
      .findOneByOrFail({ episodeId });
    expect(row.version).toBe(2);
  });

  it('answers a stale save with the screening as it stands', async () => {
    const stale = await save(intake, { version: 1, ...screening });
    expect(stale.data?.saveIntakeScreening).toEqual({
      __typename: 'IntakeScreeningConflict',
      current: { version: 2, urgency: 'EMERGENT' },
    });
    const second = await save(intake, { version: null, ...screening });
    expect(second.data?.saveIntakeScreening.__typename).toBe('IntakeScreeningConflict');
  });

  it('staff of another program are refused, and nothing changes', async () => {
    const res = await save(outsider, { version: 2, ...screening });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('after admission the screening is history: not changed any more', async () => {
    const ds = server.database.dataSource;
    const clinician = await ds.query<{ id: string }[]>(
      'SELECT primary_clinician_id AS id FROM episode WHERE id = $1',
      [admittedEpisodeId],
    );
    const caller = await server.as({ id: clinician[0]!.id });
    const res = await caller.gql(SAVE, {
      input: { episodeId: admittedEpisodeId, version: null, ...screening },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('the migration keeps an older screening note readable as notes', async () => {
    const ds = server.database.dataSource;
    const program = await createTestProgram(ds);
    const staff = await createTestStaff(ds, [{ programId: program.id, role: 'INTAKE' }]);
    const { episode } = await createTestClient(ds, { programId: program.id, status: 'ASSESSMENT' });
    await ds.query(
      `INSERT INTO episode_transition (episode_id, from_status, to_status, reason, actor_staff_id, actor_role)
       VALUES ($1, 'SCREENING', 'ASSESSMENT', 'Daily drinking, no withdrawal history.', $2, 'INTAKE')`,
      [episode.id, staff.id],
    );
    // The migration's copy, over this one episode (the run's database is shared).
    await ds.query(legacyScreeningNotes('AND t.episode_id = $1'), [episode.id]);
    const caller = await server.as(staff);
    const read = await caller.gql<{ episode: { screening: object } }>(READ, { id: episode.id });
    expect(read.data?.episode.screening).toEqual({
      structured: false,
      notes: 'Daily drinking, no withdrawal history.',
      urgency: null,
      substances: [],
    });
  });
});
