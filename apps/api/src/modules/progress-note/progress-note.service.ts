import type { EntityManager } from 'typeorm';
import {
  cleanSections,
  fieldIssues,
  clientDisplayName,
  getsGroupNote,
  noteAmendmentSchema,
  noteCapabilities,
  noteDueAt,
  noteSectionProblems,
  NOTE_TEXT_LIMITS,
  progressEntrySchema,
  requiresCosign,
  statusAfterSigning,
  type AttendanceStatus,
  type ClientAction,
  type FieldProblem,
  type NoteCapability,
  type NoteStatus,
} from '@waypoint/domain';
import { guardedUpdate, TRANSACTION_TIME } from '../../db/guarded-update.js';
import { selectColumns } from '../../db/select-columns.js';
import { ConflictError } from '../../graphql/conflict.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { recordGoalProgress } from '../treatment-plan/goal-progress.service.js';
import { parseWith } from '../treatment-plan/plan-input.js';
import {
  CounselingNote,
  GroupNote,
  ProgressNote,
  ProgressNoteAmendment,
} from './progress-note.entity.js';
import type {
  AmendProgressNoteInput,
  NotePartInput,
  NoteVersionInput,
  SaveCounselingNoteInput,
  SaveGroupNoteInput,
  SaveProgressNoteInput,
} from './progress-note.types.js';

/*
 * Who may read and write a progress note. A note belongs to its client's episode: the care team
 * and the program's director read (READ_CHART) and write (EDIT_CHART) it as any record of the
 * chart. A note of a GROUP session is also part of the group's records: READ_GROUP_RECORDS reads
 * it and RECORD_ATTENDANCE writes it — the grants a facilitator holds on their groups' members,
 * since documenting a group is part of running it, like taking its attendance.
 */
type Mode = 'READ' | 'WRITE';
const chartAction: Record<Mode, ClientAction> = { READ: 'READ_CHART', WRITE: 'EDIT_CHART' };
const groupAction: Record<Mode, ClientAction> = {
  READ: 'READ_GROUP_RECORDS',
  WRITE: 'RECORD_ATTENDANCE',
};

/** SQL true when the viewer may read (write) the note of episode `e` for session `cs`. */
export function noteCondition(
  scope: ClientScope,
  mode: Mode,
  params: SqlParams,
  cs = 'cs',
  e = 'e',
) {
  return `(${scope.episodeCondition(chartAction[mode], params, e)}
    OR (${cs}.kind = 'GROUP' AND ${scope.episodeCondition(groupAction[mode], params, e)}))`;
}

interface Subject {
  sessionId: string;
  kind: string;
  programId: string;
  endsAt: Date;
  sessionEpisodeId: string | null;
  episodeId: string;
  clientId: string;
  attendance: AttendanceStatus | null;
  dueHours: number;
  cosignCredentials: string[];
  timeZone: string;
  allowed: boolean;
}

/** A session and one client of it, with whether the viewer may write that client's note. */
async function loadSubject(
  scope: ClientScope,
  db: Pick<EntityManager, 'query'>,
  sessionId: string,
  episodeId: string,
): Promise<Subject> {
  const params = new SqlParams([sessionId, episodeId]);
  const [row] = await db.query<Subject[]>(
    `SELECT cs.id AS "sessionId", cs.kind, cs.program_id AS "programId", cs.ends_at AS "endsAt",
       cs.episode_id AS "sessionEpisodeId", e.id AS "episodeId", e.client_id AS "clientId",
       a.status AS attendance, coalesce(np.due_hours, 72) AS "dueHours",
       coalesce(np.cosign_credentials, '{}') AS "cosignCredentials", p.time_zone AS "timeZone",
       ${noteCondition(scope, 'WRITE', params)} AS allowed
     FROM clinical_session cs JOIN program p ON p.id = cs.program_id
     JOIN episode e ON e.id = $2
     LEFT JOIN attendance a ON a.session_id = cs.id AND a.episode_id = e.id
     LEFT JOIN program_note_policy np ON np.program_id = cs.program_id
     WHERE cs.id = $1`,
    params.values,
  );
  if (!row) throw new NotFoundError('ClinicalSession');
  return row;
}

async function deny(scope: ClientScope, mode: Mode, clientId: string, recordId: string | null) {
  return scope.deny(chartAction[mode], clientId, { recordType: 'ProgressNote', recordId });
}

function enforce(capability: NoteCapability) {
  if (!capability.allowed) {
    throw new DomainError(capability.code ?? 'FORBIDDEN', capability.reason ?? 'Not allowed', {
      recordType: 'ProgressNote',
    });
  }
}

/** Whether the client is one this session's note is written for. */
function belongsToSession(s: Subject): boolean {
  return s.kind === 'GROUP' ? getsGroupNote(s.attendance) : s.sessionEpisodeId === s.episodeId;
}

/** The objectives addressed, and those progress is recorded on, must be of this client's plan. */
async function objectiveProblems(
  db: Pick<EntityManager, 'query'>,
  s: Subject,
  part: NotePartInput,
  prefix: string,
): Promise<FieldProblem[]> {
  const named = [...part.objectiveIds, ...part.progress.map((p) => p.objectiveId)];
  if (!named.length) return [];
  const found = await db.query<{ id: string }[]>(
    `SELECT o.id FROM plan_objective o JOIN plan_goal g ON g.id = o.goal_id
     JOIN plan_problem pp ON pp.id = g.problem_id JOIN treatment_plan tp ON tp.id = pp.plan_id
     WHERE o.id = ANY($1::uuid[]) AND tp.episode_id = $2`,
    [named, s.episodeId],
  );
  const ofPlan = new Set(found.map((r) => r.id));
  const problems: FieldProblem[] = [];
  if (part.objectiveIds.some((id) => !ofPlan.has(id))) {
    problems.push({
      field: `${prefix}objectiveIds`,
      message: 'must be objectives of this client’s plan',
    });
  }
  for (const [i, entry] of part.progress.entries()) {
    if (!ofPlan.has(entry.objectiveId)) {
      problems.push({
        field: `${prefix}progress.${i}.objectiveId`,
        message: 'must be an objective of this client’s plan',
      });
    }
  }
  return problems;
}

/** The session's day in the program's time zone: the date progress recorded from its note has. */
const sessionDay = (s: Subject) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: s.timeZone }).format(new Date(s.endsAt));

/** Problems with one client's part, judged by the domain rules once access is settled. */
async function partProblems(
  db: Pick<EntityManager, 'query'>,
  s: Subject,
  part: NotePartInput,
  prefix: string,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (!belongsToSession(s)) {
    problems.push({
      field: `${prefix}episodeId`,
      message:
        s.kind === 'GROUP'
          ? 'Only attendees who were there (present, late, left early) get a group note'
          : 'This client is not the one booked for this session',
    });
  }
  const sections = Object.fromEntries(part.sections.map((x) => [x.section, x.text]));
  for (const p of noteSectionProblems(part.format, sections, { forSigning: false })) {
    problems.push({ ...p, field: `${prefix}${p.field}` });
  }
  if (part.timeIn && part.timeOut && part.timeOut <= part.timeIn) {
    problems.push({ field: `${prefix}timeOut`, message: 'must be after time in' });
  }
  problems.push(...(await objectiveProblems(db, s, part, prefix)));
  for (const [i, entry] of part.progress.entries()) {
    const checked = progressEntrySchema().safeParse({
      recordedOn: sessionDay(s),
      rating: entry.rating,
      note: entry.note,
    });
    if (checked.success) continue;
    for (const p of fieldIssues(checked.error)) {
      problems.push({ field: `${prefix}progress.${i}.${p.field}`, message: p.message });
    }
  }
  return problems;
}

const noteColumns = (scope: ClientScope, alias = 'n') =>
  selectColumns(scope.db, ProgressNote, alias);

/** Creates or edits one client's DRAFT note in `tx`, and records the progress it names. */
async function writePart(
  scope: ClientScope,
  tx: EntityManager,
  s: Subject,
  part: NotePartInput,
): Promise<ProgressNote> {
  const sections = cleanSections(
    part.format,
    Object.fromEntries(part.sections.map((x) => [x.section, x.text])),
  );
  const values = {
    format: part.format,
    sections,
    objectiveIds: [...new Set(part.objectiveIds)],
    timeIn: part.timeIn ?? null,
    timeOut: part.timeOut ?? null,
  };
  let note: ProgressNote;
  if (part.version == null) {
    const [created] = await tx.query<ProgressNote[]>(
      `INSERT INTO progress_note AS n (session_id, episode_id, author_staff_id, format, sections,
         objective_ids, time_in, time_out, due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (session_id, episode_id) DO NOTHING RETURNING ${noteColumns(scope)}`,
      [
        s.sessionId,
        s.episodeId,
        scope.viewer.staffId,
        values.format,
        JSON.stringify(values.sections),
        values.objectiveIds,
        values.timeIn,
        values.timeOut,
        noteDueAt(new Date(s.endsAt), s.dueHours),
      ],
    );
    if (!created) {
      // Someone started this client's note first: theirs stands, shown as the conflict.
      const [existing] = await tx.query<ProgressNote[]>(
        `SELECT ${noteColumns(scope)} FROM progress_note n WHERE n.session_id = $1 AND n.episode_id = $2`,
        [s.sessionId, s.episodeId],
      );
      throw new ConflictError('ProgressNote', existing!);
    }
    note = created;
  } else {
    const [current] = await tx.query<ProgressNote[]>(
      `SELECT ${noteColumns(scope)} FROM progress_note n
       WHERE n.session_id = $1 AND n.episode_id = $2 FOR UPDATE`,
      [s.sessionId, s.episodeId],
    );
    if (!current) throw new NotFoundError('ProgressNote');
    if (current.version !== part.version) throw new ConflictError('ProgressNote', current);
    enforce(capabilitiesOf(scope, current, s.programId).edit);
    note = await guardedUpdate(tx, ProgressNote, 'ProgressNote', current, values);
  }
  await scope.audit.write(
    {
      action: part.version == null ? 'CREATE' : 'UPDATE',
      recordType: 'ProgressNote',
      recordId: note.id,
      clientId: s.clientId,
      outcome: 'SUCCESS',
    },
    tx,
  );
  const recordedOn = sessionDay(s);
  for (const entry of part.progress) {
    const [goal] = await tx.query<{ goalId: string }[]>(
      `SELECT o.goal_id AS "goalId" FROM plan_objective o WHERE o.id = $1`,
      [entry.objectiveId],
    );
    if (!goal) throw new NotFoundError('PlanObjective');
    await recordGoalProgress(
      scope,
      {
        goalId: goal.goalId,
        objectiveId: entry.objectiveId,
        recordedOn,
        rating: entry.rating,
        note: entry.note,
      },
      { tx, sessionId: s.sessionId },
    );
  }
  return note;
}

function capabilitiesOf(scope: ClientScope, note: ProgressNote, programId: string) {
  return noteCapabilities({
    status: note.status,
    viewerIsAuthor: note.authorStaffId === scope.viewer.staffId,
    viewerIsDirector: scope.viewer.programRoles.some(
      (r) => r.programId === programId && r.role === 'DIRECTOR',
    ),
    viewerMayWrite: true,
  });
}

/** Starts or edits a client's DRAFT note (authorized first, then judged by the domain rules). */
export async function saveProgressNote(
  scope: ClientScope,
  input: SaveProgressNoteInput,
): Promise<ProgressNote> {
  const s = await loadSubject(scope, scope.db.manager, input.sessionId, input.episodeId);
  if (!s.allowed) return deny(scope, 'WRITE', s.clientId, null);
  const problems = await partProblems(scope.db.manager, s, input, '');
  if (problems.length) throw new BadUserInputError(problems);
  return scope.db.transaction((tx) => writePart(scope, tx, s, input));
}

/**
 * A group note: the group's content, written once for the session, and each attendee's part,
 * all in one transaction. Every attendee named must be one the viewer may write for and one who
 * was there; otherwise nothing is saved.
 */
export async function saveGroupNote(
  scope: ClientScope,
  input: SaveGroupNoteInput,
): Promise<GroupNote> {
  const subjects: Subject[] = [];
  for (const part of input.attendees) {
    const s = await loadSubject(scope, scope.db.manager, input.sessionId, part.episodeId);
    if (!s.allowed) return deny(scope, 'WRITE', s.clientId, null);
    subjects.push(s);
  }
  const [session] = await scope.db.query<{ kind: string }[]>(
    'SELECT kind FROM clinical_session WHERE id = $1',
    [input.sessionId],
  );
  const problems: FieldProblem[] = [];
  if (session?.kind !== 'GROUP')
    problems.push({ field: 'sessionId', message: 'must be a group session' });
  const content = input.content.trim();
  if (!content) problems.push({ field: 'content', message: 'Write what the group did' });
  if (content.length > NOTE_TEXT_LIMITS.groupContent) {
    problems.push({
      field: 'content',
      message: `Keep it under ${NOTE_TEXT_LIMITS.groupContent} characters`,
    });
  }
  for (const [i, part] of input.attendees.entries()) {
    problems.push(...(await partProblems(scope.db.manager, subjects[i]!, part, `attendees.${i}.`)));
  }
  if (problems.length) throw new BadUserInputError(problems);
  return scope.db.transaction(async (tx) => {
    let group: GroupNote;
    if (input.version == null) {
      const [created] = await tx.query<GroupNote[]>(
        `INSERT INTO group_note AS g (session_id, content, author_staff_id) VALUES ($1, $2, $3)
         ON CONFLICT (session_id) DO NOTHING RETURNING ${selectColumns(scope.db, GroupNote, 'g')}`,
        [input.sessionId, content, scope.viewer.staffId],
      );
      if (!created) {
        const current = await tx
          .getRepository(GroupNote)
          .findOneByOrFail({ sessionId: input.sessionId });
        throw new ConflictError('GroupNote', { id: current.sessionId });
      }
      group = created;
    } else {
      const [updated] = await tx.query<[GroupNote[], number]>(
        `UPDATE group_note g SET content = $3, version = g.version + 1, updated_at = now()
         WHERE g.session_id = $1 AND g.version = $2 RETURNING ${selectColumns(scope.db, GroupNote, 'g')}`,
        [input.sessionId, input.version, content],
      );
      if (!updated[0]) throw new ConflictError('GroupNote', { id: input.sessionId });
      group = updated[0];
    }
    await scope.audit.write(
      {
        action: input.version == null ? 'CREATE' : 'UPDATE',
        recordType: 'GroupNote',
        recordId: input.sessionId,
        clientId: null,
        outcome: 'SUCCESS',
      },
      tx,
    );
    for (const [i, part] of input.attendees.entries())
      await writePart(scope, tx, subjects[i]!, part);
    return group;
  });
}

interface NoteTarget {
  note: ProgressNote;
  clientId: string;
  programId: string;
  authorCredentials: string | null;
  cosignCredentials: string[];
}

async function locateNote(
  scope: ClientScope,
  db: Pick<EntityManager, 'query'>,
  id: string,
  lock: boolean,
): Promise<NoteTarget & { allowed: boolean }> {
  const params = new SqlParams([id]);
  const [row] = await db.query<(NoteTarget & { allowed: boolean })[]>(
    `SELECT row_to_json(n) AS note, e.client_id AS "clientId", cs.program_id AS "programId",
       st.credentials AS "authorCredentials",
       coalesce(np.cosign_credentials, '{}') AS "cosignCredentials",
       ${noteCondition(scope, 'WRITE', params)} AS allowed
     FROM (SELECT ${noteColumns(scope)} FROM progress_note n WHERE n.id = $1 ${lock ? 'FOR UPDATE' : ''}) n
     JOIN clinical_session cs ON cs.id = n."sessionId" JOIN episode e ON e.id = n."episodeId"
     JOIN staff st ON st.id = n."authorStaffId"
     LEFT JOIN program_note_policy np ON np.program_id = cs.program_id`,
    params.values,
  );
  if (!row) throw new NotFoundError('ProgressNote');
  return row;
}

/** The target check of operations on one note (graphql/target-authorization.ts). */
export async function requireNoteTarget(scope: ClientScope, action: ClientAction, id: string) {
  const target = await locateNote(scope, scope.db.manager, id, false);
  if (!target.allowed) {
    await scope.deny(action, target.clientId, { recordType: 'ProgressNote', recordId: id });
  }
}

/** Runs `change` on the locked note at the caller's version, audited as an UPDATE. */
async function changeNote(
  scope: ClientScope,
  input: NoteVersionInput,
  change: (tx: EntityManager, t: NoteTarget) => Promise<ProgressNote>,
): Promise<ProgressNote> {
  return scope.db.transaction(async (tx) => {
    const t = await locateNote(scope, tx, input.id, true);
    if (!t.allowed) return deny(scope, 'WRITE', t.clientId, input.id);
    if (t.note.version !== input.version) throw new ConflictError('ProgressNote', t.note);
    const note = await change(tx, t);
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: 'ProgressNote',
        recordId: note.id,
        clientId: t.clientId,
        outcome: 'SUCCESS',
      },
      tx,
    );
    return note;
  });
}

/**
 * The author signs: every section of the format must be written. The note is SIGNED, or waits
 * for a director's co-signature when the program lists the author's credential.
 */
export function signProgressNote(scope: ClientScope, input: NoteVersionInput) {
  return changeNote(scope, input, async (tx, t) => {
    enforce(capabilitiesOf(scope, t.note, t.programId).sign);
    const problems = noteSectionProblems(t.note.format, t.note.sections, { forSigning: true });
    if (problems.length) throw new BadUserInputError(problems);
    const status = statusAfterSigning(requiresCosign(t.authorCredentials, t.cosignCredentials));
    return guardedUpdate(tx, ProgressNote, 'ProgressNote', t.note, {
      status,
      signedAt: TRANSACTION_TIME,
    });
  });
}

/** A director of the program (not the author) co-signs a note awaiting it. */
export function cosignProgressNote(scope: ClientScope, input: NoteVersionInput) {
  return changeNote(scope, input, async (tx, t) => {
    enforce(capabilitiesOf(scope, t.note, t.programId).cosign);
    return guardedUpdate(tx, ProgressNote, 'ProgressNote', t.note, {
      status: 'SIGNED' satisfies NoteStatus,
      cosignerStaffId: scope.viewer.staffId,
      cosignedAt: TRANSACTION_TIME,
    });
  });
}

/** Appends an amendment (author, time, reason) to a signed note; the note itself is unchanged. */
export async function amendProgressNote(
  scope: ClientScope,
  input: AmendProgressNoteInput,
): Promise<ProgressNote> {
  const t = await locateNote(scope, scope.db.manager, input.id, false);
  if (!t.allowed) return deny(scope, 'WRITE', t.clientId, input.id);
  enforce(capabilitiesOf(scope, t.note, t.programId).amend);
  const values = parseWith(noteAmendmentSchema, { reason: input.reason, text: input.text });
  return scope.db.transaction(async (tx) => {
    const [amendment] = await tx.query<{ id: string }[]>(
      `INSERT INTO progress_note_amendment (note_id, author_staff_id, reason, text)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [input.id, scope.viewer.staffId, values.reason, values.text],
    );
    await scope.audit.write(
      {
        action: 'CREATE',
        recordType: 'ProgressNoteAmendment',
        recordId: amendment!.id,
        clientId: t.clientId,
        outcome: 'SUCCESS',
      },
      tx,
    );
    return t.note;
  });
}

/** The amendments of some notes, oldest first (their notes were read through the scope). */
export async function amendmentsOf(
  scope: ClientScope,
  noteIds: readonly string[],
): Promise<ProgressNoteAmendment[][]> {
  const rows = await scope.db.query<(ProgressNoteAmendment & { clientId: string })[]>(
    `SELECT ${selectColumns(scope.db, ProgressNoteAmendment, 'x')}, e.client_id AS "clientId"
     FROM progress_note_amendment x JOIN progress_note n ON n.id = x.note_id
     JOIN episode e ON e.id = n.episode_id
     WHERE x.note_id = ANY($1::uuid[]) ORDER BY x.created_at, x.id`,
    [noteIds],
  );
  for (const r of rows) scope.audit.read('ProgressNoteAmendment', r.id, r.clientId);
  return noteIds.map((id) => rows.filter((r) => r.noteId === id));
}

interface LineRow {
  episodeId: string;
  clientId: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  attendance: AttendanceStatus | null;
  note: ProgressNote | null;
}

/**
 * A session's notes as the viewer may see them: the group content, and a line per client who
 * gets a note (the booked client; the group's attendees who were there) that the viewer may read.
 */
export async function sessionNotes(scope: ClientScope, sessionId: string) {
  const params = new SqlParams([sessionId]);
  const readable = noteCondition(scope, 'READ', params);
  const [result] = await scope.db.query<
    {
      session: {
        id: string;
        kind: string;
        title: string;
        startsAt: string;
        endsAt: string;
        timeZone: string;
      } | null;
      group: GroupNote | null;
      lines: LineRow[];
    }[]
  >(
    `WITH cs AS (SELECT cs.*, coalesce(g.name, initcap(replace(cs.kind, '_', ' '))) AS title
       FROM clinical_session cs LEFT JOIN therapy_group g ON g.id = cs.group_id WHERE cs.id = $1),
     subjects AS (
       SELECT a.episode_id, a.status FROM attendance a JOIN cs ON a.session_id = cs.id
       WHERE cs.kind = 'GROUP' AND a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY')
       UNION ALL SELECT cs.episode_id, a.status FROM cs
       LEFT JOIN attendance a ON a.session_id = cs.id AND a.episode_id = cs.episode_id
       WHERE cs.kind <> 'GROUP')
     SELECT (SELECT json_build_object('id', cs.id, 'kind', cs.kind, 'title', cs.title,
         'startsAt', cs.starts_at, 'endsAt', cs.ends_at,
         'timeZone', (SELECT p.time_zone FROM program p WHERE p.id = cs.program_id)) FROM cs) AS session,
       (SELECT row_to_json(g) FROM (SELECT ${selectColumns(scope.db, GroupNote, 'gn')} FROM group_note gn WHERE gn.session_id = $1) g) AS "group",
       (SELECT coalesce(json_agg(json_build_object('episodeId', e.id, 'clientId', e.client_id,
          'firstName', c.first_name, 'lastName', c.last_name, 'preferredName', c.preferred_name,
          'attendance', sub.status,
          'note', (SELECT row_to_json(n) FROM (SELECT ${noteColumns(scope)} FROM progress_note n
                   WHERE n.session_id = $1 AND n.episode_id = e.id) n))
          ORDER BY lower(c.last_name), lower(c.first_name), e.id), '[]')
        FROM subjects sub CROSS JOIN cs JOIN episode e ON e.id = sub.episode_id
        JOIN client c ON c.id = e.client_id WHERE ${readable}) AS lines`,
    params.values,
  );
  if (!result?.session) throw new NotFoundError('ClinicalSession');
  const s = result.session;
  if (!result.lines.length && s.kind !== 'GROUP') {
    await scope.audit.write({
      action: 'READ',
      recordType: 'ProgressNote',
      recordId: null,
      clientId: null,
      outcome: 'DENIED',
    });
    throw new DomainError('FORBIDDEN', 'You do not have access to this client’s record');
  }
  // The group's content is shown with the attendees the viewer may see, never without one.
  const group = result.lines.length ? result.group : null;
  if (group) scope.audit.read('GroupNote', sessionId, result.lines[0]!.clientId);
  const lines = result.lines.map((l) => {
    const note = l.note ? reviveNote(l.note) : null;
    if (note) scope.audit.read('ProgressNote', note.id, l.clientId);
    return {
      episodeId: l.episodeId,
      clientId: l.clientId,
      clientName: clientDisplayName(l),
      attendance: l.attendance,
      note,
    };
  });
  return {
    sessionId: s.id,
    title: s.title,
    isGroup: s.kind === 'GROUP',
    startsAt: new Date(s.startsAt),
    endsAt: new Date(s.endsAt),
    programTimeZone: s.timeZone,
    groupNote: group ? reviveGroup(group) : null,
    lines,
  };
}

const dates = <T extends object>(row: T, keys: (keyof T)[]): T => {
  const out = { ...row };
  for (const k of keys)
    if (out[k]) (out as Record<keyof T, unknown>)[k] = new Date(out[k] as string);
  return out;
};
export const reviveNote = (n: ProgressNote) =>
  dates(n, ['createdAt', 'updatedAt', 'timeIn', 'timeOut', 'dueAt', 'signedAt', 'cosignedAt']);
const reviveGroup = (g: GroupNote) => dates(g, ['createdAt', 'updatedAt']);

/* ---- worklists ---- */

interface WorkRow {
  sessionId: string;
  episodeId: string;
  clientId: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  sessionTitle: string;
  sessionStartsAt: Date;
  programTimeZone: string;
  dueAt: Date;
  noteId: string | null;
  status: NoteStatus | null;
}

function toWork(scope: ClientScope, rows: WorkRow[]) {
  return rows.map((r) => {
    scope.audit.read(
      r.noteId ? 'ProgressNote' : 'Attendance',
      r.noteId ?? `${r.sessionId}:${r.episodeId}`,
      r.clientId,
    );
    return { ...r, clientName: clientDisplayName(r) };
  });
}

const WORK_COLUMNS = `cs.id AS "sessionId", e.id AS "episodeId", e.client_id AS "clientId",
  c.first_name AS "firstName", c.last_name AS "lastName", c.preferred_name AS "preferredName",
  coalesce(g.name, initcap(replace(cs.kind, '_', ' '))) AS "sessionTitle",
  cs.starts_at AS "sessionStartsAt",
  (SELECT p.time_zone FROM program p WHERE p.id = cs.program_id) AS "programTimeZone"`;

/**
 * Attended sessions whose note is past due and not signed by its author (none started, or a
 * draft), in `programIds`, narrowed by `extra`: the set the overdue lists count. Reads only the
 * last 90 days of sessions, which bounds the scan; older gaps belong to an audit, not a worklist.
 */
function overdueSql(extra: string, readable: string, programs: string) {
  return `FROM clinical_session cs
    JOIN attendance a ON a.session_id = cs.id AND a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY')
    JOIN episode e ON e.id = a.episode_id JOIN client c ON c.id = e.client_id
    LEFT JOIN therapy_group g ON g.id = cs.group_id
    LEFT JOIN program_note_policy np ON np.program_id = cs.program_id
    LEFT JOIN progress_note n ON n.session_id = cs.id AND n.episode_id = e.id
    WHERE cs.program_id = ANY(${programs}::uuid[]) AND cs.ends_at > now() - interval '90 days'
      AND cs.status <> 'CANCELLED'
      AND coalesce(n.due_at, cs.ends_at + make_interval(hours => coalesce(np.due_hours, 72))) < now()
      AND (n.id IS NULL OR n.status = 'DRAFT') AND ${readable} ${extra}`;
}

const overdueColumns = `${WORK_COLUMNS},
  coalesce(n.due_at, cs.ends_at + make_interval(hours => coalesce(np.due_hours, 72))) AS "dueAt",
  n.id AS "noteId", n.status`;

/** The viewer's overdue notes: sessions they ran or notes they started, not yet signed. */
export async function myOverdueNotes(scope: ClientScope) {
  const params = new SqlParams();
  const me = params.add(scope.viewer.staffId);
  const programs = params.add(scope.viewer.programRoles.map((r) => r.programId));
  const readable = noteCondition(scope, 'WRITE', params);
  const rows = await scope.db.query<WorkRow[]>(
    `SELECT ${overdueColumns} ${overdueSql(
      `AND (n.author_staff_id = ${me} OR (n.id IS NULL AND (
         EXISTS (SELECT 1 FROM clinical_session_staff ss WHERE ss.session_id = cs.id AND ss.staff_id = ${me})
         OR EXISTS (SELECT 1 FROM group_facilitator gf WHERE gf.group_id = cs.group_id AND gf.staff_id = ${me}))))`,
      readable,
      programs,
    )} ORDER BY "dueAt", e.id LIMIT 200`,
    params.values,
  );
  return toWork(scope, rows);
}

/** The programs in which the viewer is a director (for the dashboard figure and co-signing). */
const directed = (scope: ClientScope, programIds?: string[] | null) =>
  scope.viewer.programRoles
    .filter(
      (r) => r.role === 'DIRECTOR' && (!programIds?.length || programIds.includes(r.programId)),
    )
    .map((r) => r.programId);

/** The director's figure "notes overdue" and its drill-down, in the programs they direct. */
export async function notesOverdue(scope: ClientScope, programIds?: string[] | null) {
  const params = new SqlParams();
  const programs = params.add(directed(scope, programIds));
  const readable = noteCondition(scope, 'READ', params);
  const [count] = await scope.db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n ${overdueSql('', readable, programs)}`,
    params.values,
  );
  const rows = await scope.db.query<WorkRow[]>(
    `SELECT ${overdueColumns} ${overdueSql('', readable, programs)} ORDER BY "dueAt", e.id LIMIT 200`,
    params.values,
  );
  scope.audit.collect({
    action: 'READ',
    recordType: 'NotesOverdueCount',
    recordId: null,
    clientId: null,
    outcome: 'SUCCESS',
  });
  return { totalCount: count!.n, items: toWork(scope, rows) };
}

/** The supervisor's worklist: notes awaiting co-signature in programs the viewer directs. */
export async function notesToCosign(scope: ClientScope) {
  const params = new SqlParams();
  const programs = params.add(directed(scope));
  const me = params.add(scope.viewer.staffId);
  const readable = noteCondition(scope, 'READ', params);
  const rows = await scope.db.query<WorkRow[]>(
    `SELECT ${WORK_COLUMNS}, n.due_at AS "dueAt", n.id AS "noteId", n.status
     FROM progress_note n JOIN clinical_session cs ON cs.id = n.session_id
     JOIN episode e ON e.id = n.episode_id JOIN client c ON c.id = e.client_id
     LEFT JOIN therapy_group g ON g.id = cs.group_id
     WHERE n.status = 'PENDING_COSIGN' AND cs.program_id = ANY(${programs}::uuid[])
       AND n.author_staff_id <> ${me} AND ${readable}
     ORDER BY n.signed_at, n.id LIMIT 200`,
    params.values,
  );
  return toWork(scope, rows);
}

/* ---- SUD counseling notes: the author only ---- */

/**
 * Saves the viewer's own counseling note on an episode whose chart they may write. A note is
 * changed only by its author (any other id is NOT_FOUND: its existence is not disclosed).
 * Audited with its own action, apart from the record's reads and writes.
 */
export async function saveCounselingNote(
  scope: ClientScope,
  input: SaveCounselingNoteInput,
): Promise<CounselingNote> {
  const [episode] = await scope.db.query<{ clientId: string }[]>(
    'SELECT client_id AS "clientId" FROM episode WHERE id = $1',
    [input.episodeId],
  );
  if (!episode) throw new NotFoundError('Episode');
  await scope.requireEpisode('EDIT_CHART', { id: input.episodeId, clientId: episode.clientId });
  const text = input.text.trim();
  if (!text || text.length > NOTE_TEXT_LIMITS.section) {
    throw new BadUserInputError([{ field: 'text', message: text ? 'Too long' : 'Write the note' }]);
  }
  const columns = selectColumns(scope.db, CounselingNote, 'x');
  return scope.db.transaction(async (tx) => {
    let note: CounselingNote | undefined;
    if (input.id) {
      const [[updated]] = await tx.query<[CounselingNote[], number]>(
        `UPDATE counseling_note x SET text = $4, version = x.version + 1, updated_at = now()
         WHERE x.id = $1 AND x.author_staff_id = $2 AND x.version = $3 RETURNING ${columns}`,
        [input.id, scope.viewer.staffId, input.version ?? 0, text],
      );
      if (!updated) {
        const [mine] = await tx.query<CounselingNote[]>(
          `SELECT ${columns} FROM counseling_note x WHERE x.id = $1 AND x.author_staff_id = $2`,
          [input.id, scope.viewer.staffId],
        );
        if (!mine) throw new NotFoundError('CounselingNote');
        throw new DomainError('CONFLICT', 'You changed this note elsewhere; reload it', {
          recordType: 'CounselingNote',
        });
      }
      note = updated;
    } else {
      [note] = await tx.query<CounselingNote[]>(
        `INSERT INTO counseling_note AS x (author_staff_id, episode_id, session_id, text)
         VALUES ($1, $2, $3, $4) RETURNING ${columns}`,
        [scope.viewer.staffId, input.episodeId, input.sessionId ?? null, text],
      );
    }
    await scope.audit.write(
      {
        action: 'WRITE_COUNSELING_NOTE',
        recordType: 'CounselingNote',
        recordId: note!.id,
        clientId: episode.clientId,
        outcome: 'SUCCESS',
      },
      tx,
    );
    return note!;
  });
}

/** The viewer's own counseling notes on an episode; nobody else's, whatever their role. */
export async function myCounselingNotes(
  scope: ClientScope,
  episodeId: string,
): Promise<CounselingNote[]> {
  const rows = await scope.db.query<(CounselingNote & { clientId: string })[]>(
    `SELECT ${selectColumns(scope.db, CounselingNote, 'x')}, e.client_id AS "clientId"
     FROM counseling_note x JOIN episode e ON e.id = x.episode_id
     WHERE x.author_staff_id = $1 AND x.episode_id = $2 ORDER BY x.created_at DESC, x.id`,
    [scope.viewer.staffId, episodeId],
  );
  if (rows.length) {
    await scope.audit.write(
      rows.map((r) => ({
        action: 'READ_COUNSELING_NOTE' as const,
        recordType: 'CounselingNote',
        recordId: r.id,
        clientId: r.clientId,
        outcome: 'SUCCESS' as const,
      })),
    );
  }
  return rows;
}
