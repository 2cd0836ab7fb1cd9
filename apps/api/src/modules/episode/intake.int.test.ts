import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayIn } from '@waypoint/domain';
import type { DataSource } from 'typeorm';
import { createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';
import type { Staff } from '../staff/staff.entity.js';

let server: TestServer;
let ds: DataSource;
let programId: string;
let otherProgramId: string;
let intakeStaff: Staff;
let intake: Caller;
let clinician: Caller;
let otherIntake: Caller;

interface Match {
  clientId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  match: string;
  lastProgramName: string | null;
  lastEpisodeStatus: string | null;
  mayReadmit: boolean;
}

const MATCH_FIELDS = `clientId firstName lastName dateOfBirth match lastProgramName lastEpisodeStatus lastEpisodeStatusLabel mayReadmit`;

/** A name and date of birth nobody else in the shared test database has. */
function person() {
  const letters = () =>
    Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
      '',
    );
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const year = 1950 + Math.floor(Math.random() * 50);
  const day = 1 + Math.floor(Math.random() * 28);
  return {
    firstName: cap(letters()),
    lastName: cap(letters()),
    dateOfBirth: `${year}-0${1 + Math.floor(Math.random() * 9)}-${String(day).padStart(2, '0')}`,
  };
}

const open = (caller: Caller, input: Record<string, unknown>) =>
  caller.gql<{ openInquiry: { id: string; status: string; client: { id: string } } }>(
    `mutation ($input: OpenInquiryInput!) { openInquiry(input: $input) { id status client { id } } }`,
    { input: { programId, ...input } },
  );

const duplicates = (caller: Caller, input: Record<string, unknown>) =>
  caller.gql<{ possibleDuplicates: Match[] }>(
    `query ($input: PossibleDuplicatesInput!) { possibleDuplicates(input: $input) { ${MATCH_FIELDS} } }`,
    { input: { programId, ...input } },
  );

const clientsNamed = async (p: { firstName: string; lastName: string }) =>
  (
    await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM client WHERE first_name = $1 AND last_name = $2`,
      [p.firstName, p.lastName],
    )
  )[0]!.n;

beforeAll(async () => {
  server = await startTestServer();
  ds = server.database.dataSource;
  programId = (await createTestProgram(ds)).id;
  otherProgramId = (await createTestProgram(ds)).id;
  intakeStaff = await createTestStaff(ds, [{ programId, role: 'INTAKE' }]);
  intake = await server.as(intakeStaff);
  clinician = await server.as(await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]));
  otherIntake = await server.as(
    await createTestStaff(ds, [{ programId: otherProgramId, role: 'INTAKE' }]),
  );
});
afterAll(() => server?.close());

describe('possible duplicates at inquiry', () => {
  it('finds the same name and date of birth (EXACT) and similar names (SIMILAR), showing only what intake needs, audited', async () => {
    const p = person();
    const first = await open(intake, p);
    expect(first.errors).toBeUndefined();
    const clientId = first.data!.openInquiry.client.id;

    const exact = await duplicates(intake, {
      ...p,
      firstName: p.firstName.toUpperCase(),
      lastName: ` ${p.lastName}`,
    });
    expect(exact.errors).toBeUndefined();
    const found = exact.data!.possibleDuplicates.find((m) => m.clientId === clientId);
    expect(found).toMatchObject({
      ...p,
      match: 'EXACT',
      lastEpisodeStatus: 'INQUIRY',
      mayReadmit: false,
    });
    expect(found?.lastProgramName).toMatch(/^Test program/);
    expect(exact.data!.possibleDuplicates[0]!.match).toBe('EXACT');

    // A one-letter typo in the first name, same date of birth.
    const typo = {
      ...p,
      firstName: `${p.firstName.slice(0, -1)}${p.firstName.endsWith('a') ? 'e' : 'a'}`,
    };
    const similar = await duplicates(intake, typo);
    expect(similar.data!.possibleDuplicates.find((m) => m.clientId === clientId)?.match).toBe(
      'SIMILAR',
    );
    // A typo in the last name (no name part equal): found by trigram similarity.
    const lastTypo = {
      ...p,
      lastName: `${p.lastName.slice(0, -1)}${p.lastName.endsWith('a') ? 'e' : 'a'}`,
    };
    const trigram = await duplicates(intake, lastTypo);
    expect(trigram.data!.possibleDuplicates.find((m) => m.clientId === clientId)?.match).toBe(
      'SIMILAR',
    );
    // First and last name entered the other way round: still the same person.
    const swapped = await duplicates(intake, {
      ...p,
      firstName: p.lastName,
      lastName: p.firstName,
    });
    expect(swapped.data!.possibleDuplicates.find((m) => m.clientId === clientId)?.match).toBe(
      'EXACT',
    );
    // Same name, another date of birth (a mistyped date).
    const otherDate = await duplicates(intake, { ...p, dateOfBirth: '1949-12-31' });
    expect(otherDate.data!.possibleDuplicates.find((m) => m.clientId === clientId)?.match).toBe(
      'SIMILAR',
    );
    // Nothing like it.
    const none = await duplicates(intake, { ...person(), dateOfBirth: '1949-12-30' });
    expect(none.data!.possibleDuplicates.find((m) => m.clientId === clientId)).toBeUndefined();

    const audited = await ds.query<{ record_type: string; action: string }[]>(
      `SELECT record_type, action FROM audit_event
       WHERE actor_staff_id = $1 AND client_id = $2 AND record_type = 'ClientMatch'`,
      [intakeStaff.id, clientId],
    );
    expect(audited.length).toBe(5);
    expect(audited.every((a) => a.action === 'READ')).toBe(true);
  });

  it('exposes no contact or clinical field on a match', async () => {
    const res = await intake.gql(
      `query ($input: PossibleDuplicatesInput!) { possibleDuplicates(input: $input) { phone } }`,
      { input: { programId, ...person() } },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('only those who may open inquiries in the program may look', async () => {
    const byClinician = await duplicates(clinician, person());
    expect(byClinician.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherProgram = await duplicates(otherIntake, person());
    expect(otherProgram.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('opening an inquiry for someone who may already be a client', () => {
  it('an exact match without a choice is refused; no second chart is made', async () => {
    const p = person();
    expect((await open(intake, p)).errors).toBeUndefined();
    const again = await open(intake, p);
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rule: 'POSSIBLE_DUPLICATE',
      fields: [{ field: 'existingClientId' }],
    });
    expect(again.errors?.[0]?.message).toMatch(/already exists/);
    expect(await clientsNamed(p)).toBe(1);
    // Confirmed as a different person (twins with the same name happen): a new chart.
    const confirmed = await open(intake, { ...p, confirmedNewClient: true });
    expect(confirmed.errors).toBeUndefined();
    expect(await clientsNamed(p)).toBe(2);
  });

  it('a returning client is readmitted onto the same chart once the last episode has ended', async () => {
    const p = person();
    const first = await open(intake, p);
    const clientId = first.data!.openInquiry.client.id;
    const whileOpen = await open(intake, { existingClientId: clientId });
    expect(whileOpen.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'existingClientId', message: 'has an open episode' }],
    });
    const lost = await intake.gql(
      `mutation ($input: TransitionEpisodeInput!) { transitionEpisode(input: $input) { ... on Episode { id } } }`,
      {
        input: {
          episodeId: first.data!.openInquiry.id,
          version: 1,
          to: 'LOST_CONTACT',
          reason: 'No answer to three calls',
        },
      },
    );
    expect(lost.errors).toBeUndefined();
    const [match] = (await duplicates(intake, p)).data!.possibleDuplicates.filter(
      (m) => m.clientId === clientId,
    );
    expect(match).toMatchObject({ mayReadmit: true, lastEpisodeStatus: 'LOST_CONTACT' });

    const readmitted = await open(intake, {
      existingClientId: clientId,
      referralSource: 'Self, a year later',
    });
    expect(readmitted.errors).toBeUndefined();
    expect(readmitted.data!.openInquiry).toMatchObject({
      status: 'INQUIRY',
      client: { id: clientId },
    });
    expect(await clientsNamed(p)).toBe(1);
    const episodes = await ds.query<{ status: string }[]>(
      `SELECT status FROM episode WHERE client_id = $1 ORDER BY opened_at`,
      [clientId],
    );
    expect(episodes.map((e) => e.status)).toEqual(['LOST_CONTACT', 'INQUIRY']);
    // The new stay links to the one before it, and the chart reads it.
    const linked = await intake.gql<{
      episode: { previousEpisode: { id: string; status: string } | null };
    }>(`query ($id: ID!) { episode(id: $id) { previousEpisode { id status } } }`, {
      id: readmitted.data!.openInquiry.id,
    });
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.episode.previousEpisode).toEqual({
      id: first.data!.openInquiry.id,
      status: 'LOST_CONTACT',
    });
    const [audit] = await ds.query<{ note: string }[]>(
      `SELECT note FROM audit_event WHERE record_id = $1 AND action = 'CREATE'`,
      [readmitted.data!.openInquiry.id],
    );
    expect(audit?.note).toBe('readmission');
  });

  it('a new client needs a name and date of birth', async () => {
    const res = await open(intake, { firstName: ' ', dateOfBirth: null });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'firstName', message: 'is required' },
        { field: 'lastName', message: 'is required' },
        { field: 'dateOfBirth', message: 'is required' },
      ],
    });
  });
});

describe('one "today" at inquiry', () => {
  it('judges a date of birth "in the future" by the program’s local date, at either end of the day line', async () => {
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const program = await createTestProgram(ds, { timeZone });
      const staff = await server.as(
        await createTestStaff(ds, [{ programId: program.id, role: 'INTAKE' }]),
      );
      const today = todayIn(timeZone);
      const ask = (dateOfBirth: string) =>
        duplicates(staff, { ...person(), dateOfBirth, programId: program.id });
      expect((await ask(today)).errors, timeZone).toBeUndefined();
      const tomorrow = await ask(addCalendarDays(today, 1));
      expect(tomorrow.errors?.[0]?.extensions, timeZone).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'dateOfBirth', message: 'cannot be in the future' }],
      });
    }
  });
});
