import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStaff } from '../../testing/factories.js';
import { errorOf, ok, planHarness, type PlanHarness } from '../../test-support/plan-harness.js';
import { individualSession } from './progress-note-fixtures.js';

const SAVE = `mutation ($input: SaveProgressNoteInput!) { saveProgressNote(input: $input) {
  ... on ProgressNote { id version } } }`;
const SIGN = `mutation ($input: NoteVersionInput!) { signProgressNote(input: $input) {
  ... on ProgressNote { id version } } }`;
const AMEND = `mutation ($input: AmendProgressNoteInput!) { amendProgressNote(input: $input) { id } }`;
const LIST = `query ($id: ID!, $first: Int!, $after: String) { client(id: $id) {
  progressNotes(first: $first, after: $after) { hasMore endCursor notes {
    id sessionId sessionKind sessionTitle sessionStartsAt programTimeZone format status amendmentCount overdue
    author { id } } } } }`;

interface Page {
  hasMore: boolean;
  endCursor: string | null;
  notes: { id: string; status: string; amendmentCount: number; author: { id: string } }[];
}
const dap = [
  { section: 'data', text: 'Shared two cravings.' },
  { section: 'assessment', text: 'Engaged.' },
  { section: 'plan', text: 'Practise urge surfing.' },
];

describe('the chart’s list of progress notes', () => {
  let h: PlanHarness;
  let clientId: string;
  const ids: string[] = [];

  beforeAll(async () => {
    h = await planHarness();
    const episode = await h.newEpisode();
    clientId = episode.clientId;
    // Three sessions, oldest first: a signed and amended note, a draft, and a draft past due.
    for (const hoursAgo of [120, 96, 2]) {
      const sessionId = await individualSession(h.ds, h, episode.id, hoursAgo);
      const { saveProgressNote: n } = await ok<{
        saveProgressNote: { id: string; version: number };
      }>(h.clinician, SAVE, {
        input: { sessionId, episodeId: episode.id, format: 'DAP', sections: dap },
      });
      ids.push(n.id);
      if (hoursAgo === 120) {
        await ok(h.clinician, SIGN, { input: { id: n.id, version: n.version } });
        await ok(h.clinician, AMEND, { input: { id: n.id, reason: 'Late entry', text: 'x' } });
      }
    }
    await h.ds.query(`UPDATE progress_note SET due_at = now() - interval '1 hour' WHERE id = $1`, [
      ids[1],
    ]);
  });
  afterAll(async () => {
    await h.server.close();
  });

  const page = async (first: number, after: string | null = null) =>
    (
      await ok<{ client: { progressNotes: Page } }>(h.clinician, LIST, {
        id: clientId,
        first,
        after,
      })
    ).client.progressNotes;

  it('pages newest session first with status, author and the amended and overdue markers', async () => {
    const first = await page(2);
    expect(first.hasMore).toBe(true);
    expect(first.notes.map((n) => n.id)).toEqual([ids[2], ids[1]]);
    const rest = await page(2, first.endCursor);
    expect(rest.hasMore).toBe(false);
    const [{ time_zone: programTimeZone }] = await h.ds.query<[{ time_zone: string }]>(
      `SELECT pr.time_zone FROM progress_note n JOIN clinical_session cs ON cs.id = n.session_id
       JOIN program pr ON pr.id = cs.program_id WHERE n.id = $1`,
      [ids[0]],
    );
    expect(rest.notes).toMatchObject([
      {
        id: ids[0],
        status: 'SIGNED',
        amendmentCount: 1,
        author: { id: h.clinicianStaff.id },
        // The web app shows the session's time in its program's zone, not the browser's.
        programTimeZone,
      },
    ]);
    const all = await ok<{
      client: { progressNotes: { notes: { id: string; overdue: boolean }[] } };
    }>(h.clinician, LIST, { id: clientId, first: 10 });
    expect(all.client.progressNotes.notes.map((n) => n.overdue)).toEqual([false, true, false]);
  });

  it('a cursor from elsewhere is refused naming the field', async () => {
    const res = await h.clinician.gql(LIST, { id: clientId, first: 5, after: 'not-a-cursor' });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
  });

  it('lists nothing to a clinician outside the client’s care', async () => {
    const other = await h.server.as(
      await createTestStaff(h.ds, [{ programId: h.program.id, role: 'CLINICIAN' }]),
    );
    const res = await other.gql<{ client: { progressNotes: Page } }>(LIST, {
      id: clientId,
      first: 5,
    });
    expect(res.data?.client?.progressNotes.notes ?? []).toEqual([]);
  });

  it('each note listed is audited as a read of it', async () => {
    const before = await h.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE record_type = 'ProgressNote' AND action = 'READ' AND record_id = ANY($1::text[])`,
      [ids],
    );
    await page(10);
    const after = await h.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE record_type = 'ProgressNote' AND action = 'READ' AND record_id = ANY($1::text[])`,
      [ids],
    );
    expect(after[0]!.n - before[0]!.n).toBe(3);
  });
});
