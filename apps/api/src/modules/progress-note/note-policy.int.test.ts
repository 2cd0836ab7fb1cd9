import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, ok, planHarness, type PlanHarness } from '../../test-support/plan-harness.js';
import { individualSession } from './progress-note-fixtures.js';

const READ = `query { programs { id notePolicy { dueHours cosignCredentials version } } }`;
const UPDATE = `mutation ($input: UpdateNotePolicyInput!) { updateNotePolicy(input: $input) {
  dueHours cosignCredentials version } }`;

describe('a program’s note policy', () => {
  let h: PlanHarness;

  beforeAll(async () => {
    h = await planHarness();
  });
  afterAll(async () => {
    await h.server.close();
  });

  const policy = async () =>
    (
      await ok<{ programs: { id: string; notePolicy: { version: number } }[] }>(h.director, READ)
    ).programs.find((p) => p.id === h.program.id)!.notePolicy;

  it('a director sets the window and the credentials to co-sign; unsigned drafts move to it', async () => {
    expect(await policy()).toEqual({ dueHours: 72, cosignCredentials: [], version: 0 });
    const { episodeId } = await h.signableDraft();
    const sessionId = await individualSession(h.ds, h, episodeId);
    await ok(
      h.clinician,
      `mutation ($input: SaveProgressNoteInput!) { saveProgressNote(input: $input) { __typename } }`,
      { input: { sessionId, episodeId, format: 'DAP', sections: [] } },
    );
    const saved = await ok<{ updateNotePolicy: unknown }>(h.director, UPDATE, {
      input: {
        programId: h.program.id,
        version: 0,
        dueHours: 24,
        cosignCredentials: [' CADC-T', 'cadc-t', 'ASW'],
      },
    });
    expect(saved.updateNotePolicy).toEqual({
      dueHours: 24,
      cosignCredentials: ['CADC-T', 'ASW'],
      version: 1,
    });
    const [row] = await h.ds.query<{ ok: boolean }[]>(
      `SELECT n.due_at = cs.ends_at + interval '24 hours' AS ok FROM progress_note n
       JOIN clinical_session cs ON cs.id = n.session_id WHERE n.session_id = $1`,
      [sessionId],
    );
    expect(row!.ok).toBe(true);
    const audit = await h.ds.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE record_type = 'ProgramNotePolicy' AND record_id = $1`,
      [h.program.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['UPDATE']);
  });

  it('a stale version is a CONFLICT and a bad window names its field; nothing changes', async () => {
    const before = await policy();
    const stale = await h.director.gql(UPDATE, {
      input: { programId: h.program.id, version: 0, dueHours: 48, cosignCredentials: [] },
    });
    expect(errorOf(stale).code).toBe('CONFLICT');
    const bad = await h.director.gql(UPDATE, {
      input: {
        programId: h.program.id,
        version: before.version,
        dueHours: 0,
        cosignCredentials: [],
      },
    });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'dueHours' }] });
    expect(await policy()).toEqual(before);
  });

  it('a clinician may not change it', async () => {
    const res = await h.clinician.gql(UPDATE, {
      input: { programId: h.program.id, version: 1, dueHours: 48, cosignCredentials: [] },
    });
    expect(errorOf(res).code).toBe('FORBIDDEN');
  });
});
