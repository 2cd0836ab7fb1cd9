import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestEpisode,
  createTestEpisodeRecords,
  createTestStaff,
} from '../../testing/factories.js';
import { errorOf, ok, planHarness, type PlanHarness } from '../../test-support/plan-harness.js';

const TIMELINE = /* GraphQL */ `
  query ($id: ID!, $kinds: [TimelineKind!], $first: Int, $after: String) {
    client(id: $id) {
      timeline(kinds: $kinds, first: $first, after: $after) {
        entries {
          id
          kind
          at
          episodeId
          title
          detail
          alert
        }
        hasMore
        endCursor
      }
    }
  }
`;
const RECORD_SCREEN = /* GraphQL */ `
  mutation ($input: RecordDrugScreenInput!) {
    recordDrugScreen(input: $input) {
      id
    }
  }
`;

interface Entry {
  id: string;
  kind: string;
  at: string;
  episodeId: string;
  title: string;
  detail: string | null;
  alert: boolean;
}
interface Page {
  client: { timeline: { entries: Entry[]; hasMore: boolean; endCursor: string | null } };
}

describe('client timeline', () => {
  let h: PlanHarness;
  let clientId: string;
  let episodeId: string;
  let screenId: string;

  beforeAll(async () => {
    h = await planHarness();
    const draft = await h.signableDraft();
    episodeId = draft.episodeId;
    await h.activate(draft.plan.id);
    const [row] = await h.ds.query<{ clientId: string }[]>(
      'SELECT client_id AS "clientId" FROM episode WHERE id = $1',
      [episodeId],
    );
    clientId = row!.clientId;
    await createTestEpisodeRecords(h.ds, episodeId, h.clinicianStaff.id, null);
    screenId = (
      await ok<{ recordDrugScreen: { id: string } }>(h.clinician, RECORD_SCREEN, {
        input: {
          episodeId,
          collectedAt: new Date(Date.now() - 60_000).toISOString(),
          method: 'POINT_OF_CARE_CUP',
          observed: true,
          panel: [
            { analyte: 'COCAINE', result: 'POSITIVE' },
            { analyte: 'FENTANYL', result: 'NEGATIVE' },
          ],
        },
      })
    ).recordDrugScreen.id;
  });
  afterAll(async () => {
    await h.server.close();
  });

  it('reads the episode’s records newest first, in words, an unexpected positive as an alert', async () => {
    const page = await ok<Page>(h.clinician, TIMELINE, { id: clientId });
    const entries = page.client.timeline.entries;
    const ats = entries.map((e) => Date.parse(e.at));
    expect(ats).toEqual([...ats].sort((a, b) => b - a));
    const screen = entries.find((e) => e.id === `DRUG_SCREEN:${screenId}`);
    expect(screen).toMatchObject({
      kind: 'DRUG_SCREEN',
      title: 'Drug screen (point-of-care cup)',
      alert: true,
    });
    expect(screen!.detail).toContain('Cocaine');
    expect(entries.map((e) => e.title)).toEqual(
      expect.arrayContaining(['Plan version 1 signed', 'Inquiry → Screening']),
    );
    // The intake assessment is the client's story, not a measure: it stays off the timeline.
    expect(entries.some((e) => e.kind === 'MEASURE')).toBe(false);
  });

  it('filters by kind and pages without repeating or skipping an entry', async () => {
    const only = await ok<Page>(h.clinician, TIMELINE, { id: clientId, kinds: ['PLAN'] });
    expect(only.client.timeline.entries.map((e) => e.kind)).toEqual(['PLAN']);

    const all = (await ok<Page>(h.clinician, TIMELINE, { id: clientId })).client.timeline.entries;
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page: Page = await ok<Page>(h.clinician, TIMELINE, { id: clientId, first: 1, after });
      walked.push(...page.client.timeline.entries.map((e) => e.id));
      after = page.client.timeline.hasMore ? page.client.timeline.endCursor : null;
    } while (after);
    expect(walked).toEqual(all.map((e) => e.id));
  });

  it('shows notes (an overdue draft as an alert) and their amendments, never a counseling note', async () => {
    const [session] = await h.ds.query<[{ id: string }]>(
      `INSERT INTO clinical_session (program_id, kind, episode_id, starts_at, ends_at, status, modality,
         created_by_staff_id, updated_by_staff_id)
       VALUES ($1, 'INDIVIDUAL', $2, now() - interval '5 days', now() - interval '5 days' + interval '50 minutes',
         'HELD', 'IN_PERSON', $3, $3) RETURNING id`,
      [h.program.id, episodeId, h.clinicianStaff.id],
    );
    const [note] = await h.ds.query<[{ id: string }]>(
      `INSERT INTO progress_note (session_id, episode_id, author_staff_id, format, sections, status, due_at)
       VALUES ($1, $2, $3, 'SOAP', '{}', 'DRAFT', now() - interval '2 days') RETURNING id`,
      [session.id, episodeId, h.clinicianStaff.id],
    );
    await h.ds.query(
      `INSERT INTO counseling_note (episode_id, author_staff_id, text) VALUES ($1, $2, 'private process note')`,
      [episodeId, h.clinicianStaff.id],
    );
    const page = await ok<Page>(h.clinician, TIMELINE, { id: clientId, kinds: ['NOTE'] });
    expect(page.client.timeline.entries).toEqual([
      expect.objectContaining({
        id: `NOTE_WRITTEN:${note.id}`,
        title: 'SOAP note · individual session',
        detail: 'Draft, past its due time',
        alert: true,
      }),
    ]);
    await h.ds.query(
      `UPDATE progress_note SET status = 'SIGNED', signed_at = now() WHERE id = $1`,
      [note.id],
    );
    await h.ds.query(
      `INSERT INTO progress_note_amendment (note_id, author_staff_id, reason, text)
       VALUES ($1, $2, 'Wrong time out', 'Session ended at 10:50')`,
      [note.id, h.clinicianStaff.id],
    );
    const after = await ok<Page>(h.clinician, TIMELINE, { id: clientId, kinds: ['NOTE'] });
    expect(after.client.timeline.entries.map((e) => [e.title, e.detail])).toEqual([
      ['Note amended', 'Wrong time out'],
      ['SOAP note · individual session', 'Signed'],
    ]);
    expect(JSON.stringify(after)).not.toContain('private process note');
  });

  it('refuses a cursor it did not make, naming the argument', async () => {
    const res = await h.clinician.gql(TIMELINE, { id: clientId, after: 'bm90IGEgY3Vyc29y' });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(errorOf(res))).toContain('after');
  });

  it('shows only the episodes the viewer may read, and records each entry as read', async () => {
    // An earlier episode of the same client with another clinician.
    const other = await createTestStaff(h.ds, [{ programId: h.program.id, role: 'CLINICIAN' }]);
    const earlier = await createTestEpisode(h.ds, clientId, {
      programId: h.program.id,
      status: 'DISCHARGED',
      actorStaffId: other.id,
      primaryClinicianId: other.id,
      openedDaysAgo: 200,
      admitted: true,
      endedDaysAgo: 100,
    });
    await createTestEpisodeRecords(h.ds, earlier.id, other.id, { status: 'CLOSED' });
    const otherClinician = await h.server.as(other);
    // Each clinician reads the episode they are on, never the other's (access is per episode).
    const episodesIn = (page: Page) =>
      new Set(page.client.timeline.entries.map((e) => e.episodeId));
    expect(episodesIn(await ok<Page>(otherClinician, TIMELINE, { id: clientId }))).toEqual(
      new Set([earlier.id]),
    );
    expect(episodesIn(await ok<Page>(h.clinician, TIMELINE, { id: clientId }))).toEqual(
      new Set([episodeId]),
    );
    // The director of the program reads both.
    expect(episodesIn(await ok<Page>(h.director, TIMELINE, { id: clientId }))).toEqual(
      new Set([episodeId, earlier.id]),
    );

    const read = await h.clinician.gql<Page>(TIMELINE, { id: clientId, kinds: ['DRUG_SCREEN'] });
    const rows = await h.ds.query<{ action: string; recordType: string }[]>(
      `SELECT action, record_type AS "recordType" FROM audit_event
       WHERE request_id = $1 AND record_id = $2`,
      [read.requestId, screenId],
    );
    expect(rows).toEqual([{ action: 'READ', recordType: 'DrugScreen' }]);
  });
});
