import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDataSource } from '../../db/data-source.js';
import type { DataSource } from 'typeorm';
import { createTestClient, createTestStaff } from '../../testing/factories.js';
import { errorOf, ok, planHarness, type PlanHarness } from '../../test-support/plan-harness.js';
import type { Caller } from '../../test-support/test-server.js';
import { createGroupSession, createTestGroup, enrol } from '../attendance/attendance-fixtures.js';
import { individualSession } from './progress-note-fixtures.js';

const NOTE_FIELDS = `id version status format signedAt cosignedAt dueAt objectiveIds
  sections { section label text } amendments { reason text author { id } }`;
const SAVE = `mutation ($input: SaveProgressNoteInput!) { saveProgressNote(input: $input) {
  __typename ... on ProgressNote { ${NOTE_FIELDS} }
  ... on ProgressNoteConflict { current { id version } } } }`;
const SIGN = `mutation ($input: NoteVersionInput!) { signProgressNote(input: $input) {
  __typename ... on ProgressNote { id version status } } }`;
const COSIGN = `mutation ($input: NoteVersionInput!) { cosignProgressNote(input: $input) {
  __typename ... on ProgressNote { id version status cosigner { id } } } }`;
const AMEND = `mutation ($input: AmendProgressNoteInput!) { amendProgressNote(input: $input) {
  ${NOTE_FIELDS} } }`;
const GROUP = `mutation ($input: SaveGroupNoteInput!) { saveGroupNote(input: $input) { sessionId version content } }`;
const SESSION_NOTES = `query ($id: ID!) { sessionNotes(sessionId: $id) { isGroup programTimeZone groupNote { content }
  lines { episodeId clientName attendance note { ${NOTE_FIELDS} } } } }`;
const SAVE_COUNSELING = `mutation ($input: SaveCounselingNoteInput!) { saveCounselingNote(input: $input) { id version text } }`;
const MY_COUNSELING = `query ($id: ID!) { myCounselingNotes(episodeId: $id) { id text } }`;

type Note = {
  id: string;
  version: number;
  status: string;
  sections: { section: string; text: string }[];
  amendments: { reason: string; text: string; author: { id: string } }[];
};

const dap = (data = 'Shared two cravings.', plan = 'Practise urge surfing.') => [
  { section: 'data', text: data },
  { section: 'assessment', text: 'Engaged.' },
  { section: 'plan', text: plan },
];

async function attend(
  ds: DataSource,
  sessionId: string,
  staffId: string,
  episodes: { id: string; clientId: string; status: string }[],
) {
  for (const e of episodes) {
    await ds.query(
      `INSERT INTO attendance (session_id, episode_id, client_id, status, minutes, recorded_by_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [sessionId, e.id, e.clientId, e.status, e.status.startsWith('ABSENT') ? 0 : 180, staffId],
    );
  }
}

const saved = (data: { saveProgressNote: Note & { __typename: string } }) => {
  expect(data.saveProgressNote.__typename).toBe('ProgressNote');
  return data.saveProgressNote;
};

describe('progress notes', () => {
  let h: PlanHarness;
  let ds: DataSource;

  beforeAll(async () => {
    h = await planHarness();
    ds = h.ds;
  });
  afterAll(async () => {
    await h.server.close();
  });

  async function draft(caller: Caller = h.clinician) {
    const { episodeId } = await h.signableDraft();
    const sessionId = await individualSession(ds, h, episodeId);
    const note = saved(
      await ok(caller, SAVE, {
        input: { sessionId, episodeId, format: 'DAP', sections: dap() },
      }),
    );
    return { episodeId, sessionId, note };
  }

  it('a draft is saved with its format’s named sections and due 72 h after the session', async () => {
    const { note, sessionId } = await draft();
    expect(note.status).toBe('DRAFT');
    expect(note.sections.map((s) => s.section)).toEqual(['data', 'assessment', 'plan']);
    const [row] = await ds.query<{ ok: boolean }[]>(
      `SELECT n.due_at = cs.ends_at + interval '72 hours' AS ok FROM progress_note n
       JOIN clinical_session cs ON cs.id = n.session_id WHERE n.session_id = $1`,
      [sessionId],
    );
    expect(row!.ok).toBe(true);
  });

  it('one note per client per session: a second start is a conflict carrying the first', async () => {
    const { note, sessionId, episodeId } = await draft();
    const again = await ok<{ saveProgressNote: { __typename: string; current: { id: string } } }>(
      h.clinician,
      SAVE,
      { input: { sessionId, episodeId, format: 'SOAP', sections: [] } },
    );
    expect(again.saveProgressNote.__typename).toBe('ProgressNoteConflict');
    expect(again.saveProgressNote.current.id).toBe(note.id);
  });

  it('a stale version is refused with CONFLICT and nothing changes', async () => {
    const { note, sessionId, episodeId } = await draft();
    const input = { sessionId, episodeId, format: 'DAP', sections: dap('second') };
    saved(await ok(h.clinician, SAVE, { input: { ...input, version: note.version } }));
    const stale = await ok<{ saveProgressNote: { __typename: string } }>(h.clinician, SAVE, {
      input: { ...input, sections: dap('third'), version: note.version },
    });
    expect(stale.saveProgressNote.__typename).toBe('ProgressNoteConflict');
    const [row] = await ds.query<{ data: string }[]>(
      `SELECT sections->>'data' AS data FROM progress_note WHERE id = $1`,
      [note.id],
    );
    expect(row!.data).toBe('second');
  });

  it('a section of another format is refused naming the field', async () => {
    const { episodeId } = await h.signableDraft();
    const sessionId = await individualSession(ds, h, episodeId);
    const res = await h.clinician.gql(SAVE, {
      input: {
        sessionId,
        episodeId,
        format: 'DAP',
        sections: [{ section: 'subjective', text: 'x' }],
      },
    });
    expect(errorOf(res)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'sections.subjective', message: 'is not a section of a DAP note' }],
    });
  });

  it('signing needs every section; a signed note refuses edits; amendments append with author and reason', async () => {
    const { episodeId } = await h.signableDraft();
    const sessionId = await individualSession(ds, h, episodeId);
    const partial = saved(
      await ok(h.clinician, SAVE, {
        input: {
          sessionId,
          episodeId,
          format: 'SOAP',
          sections: [{ section: 'subjective', text: 's' }],
        },
      }),
    );
    expect(
      errorOf(await h.clinician.gql(SIGN, { input: { id: partial.id, version: partial.version } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    const full = saved(
      await ok(h.clinician, SAVE, {
        input: {
          sessionId,
          episodeId,
          version: partial.version,
          format: 'DAP',
          sections: dap(),
        },
      }),
    );
    const signed = await ok<{ signProgressNote: Note }>(h.clinician, SIGN, {
      input: { id: full.id, version: full.version },
    });
    expect(signed.signProgressNote.status).toBe('SIGNED');
    const edit = await h.clinician.gql(SAVE, {
      input: {
        sessionId,
        episodeId,
        version: signed.signProgressNote.version,
        format: 'DAP',
        sections: dap('rewritten'),
      },
    });
    expect(errorOf(edit).code).toBe('INVALID_TRANSITION');
    expect(
      errorOf(await h.clinician.gql(AMEND, { input: { id: full.id, reason: ' ', text: 'x' } }))
        .code,
    ).toBe('BAD_USER_INPUT');
    await ok(h.clinician, AMEND, {
      input: { id: full.id, reason: 'Late entry', text: 'Also: slept 7 h.' },
    });
    const amended = await ok<{ amendProgressNote: Note }>(h.director, AMEND, {
      input: { id: full.id, reason: 'Clarification', text: 'Sponsor called.' },
    });
    const note = amended.amendProgressNote;
    expect(note.sections.find((s) => s.section === 'data')!.text).toBe('Shared two cravings.');
    expect(note.amendments.map((a) => [a.reason, a.author.id])).toEqual([
      ['Late entry', h.clinicianStaff.id],
      ['Clarification', h.directorStaff.id],
    ]);
  });

  it('amendments are append-only: the API role may not change them, nor may the owner', async () => {
    const { note } = await draft();
    await ok(h.clinician, SIGN, { input: { id: note.id, version: note.version } });
    await ok(h.clinician, AMEND, { input: { id: note.id, reason: 'r', text: 't' } });
    const change = `UPDATE progress_note_amendment SET text = 'changed' WHERE note_id = $1`;
    await expect(ds.query(change, [note.id])).rejects.toThrow(/permission denied/);
    const owner = createDataSource(inject('databaseUrl'), 1);
    await owner.initialize();
    try {
      await expect(owner.query(change, [note.id])).rejects.toThrow(/append-only/);
      await expect(
        owner.query(`DELETE FROM progress_note_amendment WHERE note_id = $1`, [note.id]),
      ).rejects.toThrow(/append-only/);
    } finally {
      await owner.destroy();
    }
  });

  it('a draft is not amended, and only its author signs it', async () => {
    const { note } = await draft();
    expect(
      errorOf(await h.clinician.gql(AMEND, { input: { id: note.id, reason: 'r', text: 't' } }))
        .code,
    ).toBe('INVALID_TRANSITION');
    expect(
      errorOf(await h.director.gql(SIGN, { input: { id: note.id, version: note.version } })).code,
    ).toBe('FORBIDDEN');
  });

  it('recording progress from a note creates the goal progress entry with the session attached', async () => {
    const { episodeId, objective } = await h.signableDraft();
    const sessionId = await individualSession(ds, h, episodeId);
    const note = saved(
      await ok(h.clinician, SAVE, {
        input: {
          sessionId,
          episodeId,
          format: 'DAP',
          sections: dap(),
          objectiveIds: [objective.id],
          progress: [{ objectiveId: objective.id, rating: 6, note: 'Two sober nights' }],
        },
      }),
    );
    expect((note as unknown as { objectiveIds: string[] }).objectiveIds).toEqual([objective.id]);
    const rows = await ds.query<{ rating: number; sessionId: string }[]>(
      `SELECT rating, session_id AS "sessionId" FROM goal_progress WHERE episode_id = $1`,
      [episodeId],
    );
    expect(rows).toEqual([{ rating: 6, sessionId }]);
  });

  it('an objective of another client’s plan is refused and nothing is saved', async () => {
    const other = await h.signableDraft();
    const { episodeId } = await h.signableDraft();
    const sessionId = await individualSession(ds, h, episodeId);
    const res = await h.clinician.gql(SAVE, {
      input: {
        sessionId,
        episodeId,
        format: 'DAP',
        sections: dap(),
        objectiveIds: [other.objective.id],
      },
    });
    expect(errorOf(res).fields).toEqual([
      { field: 'objectiveIds', message: 'must be objectives of this client’s plan' },
    ]);
    expect(
      await ds.query(`SELECT 1 FROM progress_note WHERE session_id = $1`, [sessionId]),
    ).toEqual([]);
  });

  it('progress entries are checked before anything is saved, each refusal naming its entry', async () => {
    const other = await h.signableDraft();
    const { episodeId, objective } = await h.signableDraft();
    const sessionId = await individualSession(ds, h, episodeId);
    const res = await h.clinician.gql(SAVE, {
      input: {
        sessionId,
        episodeId,
        format: 'DAP',
        sections: dap(),
        progress: [
          { objectiveId: objective.id, rating: 6 },
          { objectiveId: objective.id, rating: 11 },
          { objectiveId: other.objective.id, rating: 3 },
        ],
      },
    });
    expect(errorOf(res).fields).toEqual([
      { field: 'progress.2.objectiveId', message: 'must be an objective of this client’s plan' },
      { field: 'progress.1.rating', message: 'Rate from 0 to 10' },
    ]);
    expect(
      await ds.query(`SELECT 1 FROM progress_note WHERE session_id = $1`, [sessionId]),
    ).toEqual([]);
    expect(
      await ds.query(`SELECT 1 FROM goal_progress WHERE episode_id = $1`, [episodeId]),
    ).toEqual([]);
  });

  it('a trainee’s note waits for a director’s co-signature and is on the supervisor’s worklist', async () => {
    await ds.query(
      `INSERT INTO program_note_policy (program_id, cosign_credentials) VALUES ($1, '{ASW}')
       ON CONFLICT (program_id) DO UPDATE SET cosign_credentials = '{ASW}'`,
      [h.program.id],
    );
    const trainee = await createTestStaff(ds, [{ programId: h.program.id, role: 'CLINICIAN' }], {
      credentials: 'ASW',
    });
    const traineeCaller = await h.server.as(trainee);
    const { client, episode } = await createTestClient(ds, {
      programId: h.program.id,
      primaryClinicianId: trainee.id,
    });
    const sessionId = await individualSession(ds, h, episode.id);
    const note = saved(
      await ok(traineeCaller, SAVE, {
        input: { sessionId, episodeId: episode.id, format: 'DAP', sections: dap() },
      }),
    );
    const signed = await ok<{ signProgressNote: Note }>(traineeCaller, SIGN, {
      input: { id: note.id, version: note.version },
    });
    expect(signed.signProgressNote.status).toBe('PENDING_COSIGN');
    const list = await ok<{
      notesToCosign: { noteId: string; clientId: string; programTimeZone: string }[];
    }>(h.director, `{ notesToCosign { noteId clientId clientName programTimeZone } }`);
    expect(list.notesToCosign.map((n) => n.noteId)).toContain(note.id);
    const line = list.notesToCosign.find((n) => n.noteId === note.id)!;
    expect(line.clientId).toBe(client.id);
    // Its times are shown where the program keeps its day, whatever the reader's clock says.
    expect(line.programTimeZone).toBe(h.program.timeZone);
    const own = await traineeCaller.gql(COSIGN, {
      input: { id: note.id, version: signed.signProgressNote.version },
    });
    expect(errorOf(own).code).toBe('FORBIDDEN');
    const cosigned = await ok<{ cosignProgressNote: Note & { cosigner: { id: string } } }>(
      h.director,
      COSIGN,
      { input: { id: note.id, version: signed.signProgressNote.version } },
    );
    expect(cosigned.cosignProgressNote).toMatchObject({
      status: 'SIGNED',
      cosigner: { id: h.directorStaff.id },
    });
    await ds.query(`DELETE FROM program_note_policy WHERE program_id = $1`, [h.program.id]);
  });

  it('a note past due and unsigned is on its author’s overdue list and in the director’s figure', async () => {
    const { episodeId } = await h.signableDraft();
    const sessionId = await individualSession(ds, h, episodeId, 100);
    const [{ clientId }] = await ds.query<[{ clientId: string }]>(
      `SELECT client_id AS "clientId" FROM episode WHERE id = $1`,
      [episodeId],
    );
    await attend(ds, sessionId, h.clinicianStaff.id, [
      { id: episodeId, clientId, status: 'PRESENT' },
    ]);
    await ds.query(`INSERT INTO clinical_session_staff (session_id, staff_id) VALUES ($1, $2)`, [
      sessionId,
      h.clinicianStaff.id,
    ]);
    const mine = async () =>
      (
        await ok<{ myOverdueNotes: { sessionId: string; status: string | null }[] }>(
          h.clinician,
          `{ myOverdueNotes { sessionId status noteId dueAt } }`,
        )
      ).myOverdueNotes.filter((n) => n.sessionId === sessionId);
    expect(await mine()).toEqual([expect.objectContaining({ status: null })]);
    const dashboard = async () =>
      (
        await ok<{ notesOverdue: { totalCount: number; items: { sessionId: string }[] } }>(
          h.director,
          `query ($p: [ID!]) { notesOverdue(programIds: $p) { totalCount items { sessionId episodeId } } }`,
          { p: [h.program.id] },
        )
      ).notesOverdue;
    const before = await dashboard();
    expect(before.items.map((i) => i.sessionId)).toContain(sessionId);
    const note = saved(
      await ok(h.clinician, SAVE, {
        input: { sessionId, episodeId, format: 'DAP', sections: dap() },
      }),
    );
    expect(await mine()).toEqual([expect.objectContaining({ status: 'DRAFT' })]);
    await ok(h.clinician, SIGN, { input: { id: note.id, version: note.version } });
    expect(await mine()).toEqual([]);
    expect((await dashboard()).totalCount).toBe(before.totalCount - 1);
  });

  it('reads and writes of notes are audited', async () => {
    const { note, episodeId } = await draft();
    await ok(h.clinician, `query ($id: ID!) { episode(id: $id) { progressNotes { id } } }`, {
      id: episodeId,
    });
    const rows = await ds.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE record_type = 'ProgressNote' AND record_id = $1 ORDER BY id`,
      [note.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['CREATE', 'READ']);
  });
});

describe('group notes', () => {
  let h: PlanHarness;
  let ds: DataSource;
  let facilitator: Caller;
  let sessionId: string;
  let members: { id: string; clientId: string }[];

  beforeAll(async () => {
    h = await planHarness();
    ds = h.ds;
    const f = await createTestStaff(ds, [{ programId: h.program.id, role: 'CLINICIAN' }]);
    facilitator = await h.server.as(f);
    const groupId = await createTestGroup(ds, h.program.id, h.clinicianStaff.id, [f.id]);
    members = [];
    for (let i = 0; i < 4; i++) {
      const { client, episode } = await createTestClient(ds, {
        programId: h.program.id,
        primaryClinicianId: h.clinicianStaff.id,
      });
      members.push({ id: episode.id, clientId: client.id });
    }
    await enrol(ds, groupId, h.clinicianStaff.id, members);
    sessionId = await createGroupSession(
      ds,
      h.program.id,
      groupId,
      h.clinicianStaff.id,
      new Date(Date.now() - 5 * 3_600_000),
    );
    await attend(ds, sessionId, f.id, [
      { ...members[0]!, status: 'PRESENT' },
      { ...members[1]!, status: 'LATE' },
      { ...members[2]!, status: 'LEFT_EARLY' },
      { ...members[3]!, status: 'ABSENT_EXCUSED' },
    ]);
  });
  afterAll(async () => {
    await h.server.close();
  });

  const part = (episodeId: string, response: string) => ({
    episodeId,
    format: 'GIRP',
    sections: [
      { section: 'goals', text: 'Relapse prevention' },
      { section: 'intervention', text: 'Chain analysis' },
      { section: 'response', text: response },
      { section: 'plan', text: 'Continue' },
    ],
  });

  it('an absent member gets no note, and nothing of the save is kept', async () => {
    const res = await facilitator.gql(GROUP, {
      input: {
        sessionId,
        content: 'Chain analysis of a recent lapse.',
        attendees: [part(members[0]!.id, 'ok'), part(members[3]!.id, 'absent')],
      },
    });
    expect(errorOf(res).fields).toEqual([
      {
        field: 'attendees.1.episodeId',
        message: 'Only attendees who were there (present, late, left early) get a group note',
      },
    ]);
    expect(await ds.query(`SELECT 1 FROM group_note WHERE session_id = $1`, [sessionId])).toEqual(
      [],
    );
  });

  it('a facilitator writes the group content once and individualises it for each attendee who was there', async () => {
    const saved = await ok<{ saveGroupNote: { version: number; content: string } }>(
      facilitator,
      GROUP,
      {
        input: {
          sessionId,
          content: 'Chain analysis of a recent lapse.',
          attendees: members.slice(0, 3).map((m, i) => part(m.id, `Response ${i}`)),
        },
      },
    );
    expect(saved.saveGroupNote.version).toBe(1);
    const view = await ok<{
      sessionNotes: {
        programTimeZone: string;
        groupNote: { content: string };
        lines: { episodeId: string; note: Note | null }[];
      };
    }>(facilitator, SESSION_NOTES, { id: sessionId });
    expect(view.sessionNotes.programTimeZone).toBe(h.program.timeZone);
    expect(view.sessionNotes.groupNote.content).toBe('Chain analysis of a recent lapse.');
    expect(view.sessionNotes.lines.map((l) => l.episodeId).sort()).toEqual(
      members
        .slice(0, 3)
        .map((m) => m.id)
        .sort(),
    );
    const responses = view.sessionNotes.lines.map(
      (l) => l.note!.sections.find((s) => s.section === 'response')!.text,
    );
    expect(responses.sort()).toEqual(['Response 0', 'Response 1', 'Response 2']);
    // The facilitator signs one; the chart stays closed to them.
    const first = view.sessionNotes.lines[0]!.note!;
    expect(
      (
        await ok<{ signProgressNote: Note }>(facilitator, SIGN, {
          input: { id: first.id, version: first.version },
        })
      ).signProgressNote.status,
    ).toBe('SIGNED');
    const chart = await facilitator.gql(`query ($id: ID!) { client(id: $id) { id } }`, {
      id: members[0]!.clientId,
    });
    expect(chart.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a clinician of the program who neither facilitates nor has the client sees no line', async () => {
    const other = await createTestStaff(ds, [{ programId: h.program.id, role: 'CLINICIAN' }]);
    const res = await (
      await h.server.as(other)
    ).gql<{ sessionNotes: { lines: unknown[] } }>(SESSION_NOTES, { id: sessionId });
    expect(res.data?.sessionNotes.lines ?? []).toEqual([]);
    const write = await (
      await h.server.as(other)
    ).gql(SAVE, {
      input: { sessionId, episodeId: members[0]!.id, format: 'DAP', sections: dap() },
    });
    expect(errorOf(write).code).toBe('FORBIDDEN');
  });
});

describe('SUD counseling notes', () => {
  let h: PlanHarness;

  beforeAll(async () => {
    h = await planHarness();
  });
  afterAll(async () => {
    await h.server.close();
  });

  it('only their author reads them: not a director, not break-glass, not in the chart’s notes', async () => {
    const { client, episode } = await createTestClient(h.ds, {
      programId: h.program.id,
      primaryClinicianId: h.clinicianStaff.id,
    });
    const saved = await ok<{ saveCounselingNote: { id: string; version: number } }>(
      h.clinician,
      SAVE_COUNSELING,
      { input: { episodeId: episode.id, text: 'Process: my countertransference.' } },
    );
    const mine = await ok<{ myCounselingNotes: { id: string; text: string }[] }>(
      h.clinician,
      MY_COUNSELING,
      { id: episode.id },
    );
    expect(mine.myCounselingNotes.map((n) => n.text)).toEqual(['Process: my countertransference.']);

    const director = await ok<{ myCounselingNotes: unknown[] }>(h.director, MY_COUNSELING, {
      id: episode.id,
    });
    expect(director.myCounselingNotes).toEqual([]);
    const colleague = await createTestStaff(h.ds, [{ programId: h.program.id, role: 'CLINICIAN' }]);
    await h.ds.query(
      `INSERT INTO break_glass_grant (staff_id, client_id, reason, expires_at)
       VALUES ($1, $2, 'Crisis call', now() + interval '1 hour')`,
      [colleague.id, client.id],
    );
    const glass = await h.server.as(colleague);
    expect(
      (await ok<{ myCounselingNotes: unknown[] }>(glass, MY_COUNSELING, { id: episode.id }))
        .myCounselingNotes,
    ).toEqual([]);
    // Changing someone else's note: it does not exist for them.
    const steal = await h.director.gql(SAVE_COUNSELING, {
      input: { episodeId: episode.id, id: saved.saveCounselingNote.id, version: 1, text: 'x' },
    });
    expect(errorOf(steal).code).toBe('NOT_FOUND');
    // Not part of the chart's record.
    const chart = await ok<{ episode: { progressNotes: unknown[] } }>(
      h.director,
      `query ($id: ID!) { episode(id: $id) { progressNotes { id } } }`,
      { id: episode.id },
    );
    expect(chart.episode.progressNotes).toEqual([]);
  });

  it('are audited with their own actions', async () => {
    const { episode } = await createTestClient(h.ds, {
      programId: h.program.id,
      primaryClinicianId: h.clinicianStaff.id,
    });
    const saved = await ok<{ saveCounselingNote: { id: string } }>(h.clinician, SAVE_COUNSELING, {
      input: { episodeId: episode.id, text: 'Process note' },
    });
    await ok(h.clinician, MY_COUNSELING, { id: episode.id });
    const rows = await h.ds.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE record_type = 'CounselingNote' AND record_id = $1 ORDER BY id`,
      [saved.saveCounselingNote.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['WRITE_COUNSELING_NOTE', 'READ_COUNSELING_NOTE']);
  });
});
