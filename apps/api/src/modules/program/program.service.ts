import type { DataSource, EntityManager } from 'typeorm';
import {
  changedSettings,
  defaultProgramSettings,
  editableSettingsOf,
  movesDueDates,
  newProgramSchema,
  programNameSchema,
  programSettingsSchema,
  programsAllowing,
  settingsChangeReasonSchema,
  statusesInPhase,
  type EditableProgramSettings,
  type ProgramVersionField,
} from '@waypoint/domain';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { Viewer } from '../auth/viewer.js';
import { guardedUpdate } from '../../db/guarded-update.js';
import { ConflictError } from '../../graphql/conflict.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { parseWith } from '../treatment-plan/plan-input.js';
import { recomputeReviewClocks } from '../treatment-plan/plan-clock.js';
import { Program } from './program.entity.js';
import { ProgramSettingsVersion } from './program-settings-version.entity.js';

/** Who is acting, and the request's audit trail. */
export interface ProgramActor {
  staffId: string;
  audit: AuditTrail;
}

/** The programs whose settings the viewer may change: all for an administrator, by name. */
export function managedPrograms(db: DataSource, viewer: Viewer): Promise<Program[]> {
  const allowed = programsAllowing(viewer.programRoles, 'EDIT_PROGRAM_SETTINGS');
  const repo = db.getRepository(Program);
  if (allowed === 'ALL') return repo.find({ order: { name: 'ASC' } });
  return repo
    .createQueryBuilder('p')
    .where('p.id = ANY(:ids)', { ids: allowed })
    .orderBy('p.name', 'ASC')
    .getMany();
}

/**
 * A new program with the settings its population starts with; no staff yet (roles are given in
 * staff administration). Its first settings version records them as created.
 */
export async function createProgram(
  db: DataSource,
  actor: ProgramActor,
  input: unknown,
): Promise<Program> {
  const fields = parseWith(newProgramSchema, input);
  return db.transaction(async (tx) => {
    // Checked first for the usual case; ON CONFLICT DO NOTHING below catches one that raced in.
    const [taken] = await tx.query<unknown[]>(`SELECT 1 FROM program WHERE code = $1`, [
      fields.code,
    ]);
    if (taken) throw codeTaken();
    const inserted = await tx
      .createQueryBuilder()
      .insert()
      .into(Program)
      .values({ ...defaultProgramSettings(fields.population), ...fields })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) throw codeTaken();
    const program = await tx.getRepository(Program).findOneByOrFail({ id });
    await appendVersion(tx, actor.staffId, program, [], 'Program created');
    await actor.audit.write(
      { action: 'CREATE', recordType: 'Program', recordId: id, clientId: null, outcome: 'SUCCESS' },
      tx,
    );
    return program;
  });
}

const codeTaken = () =>
  new BadUserInputError([{ field: 'code', message: 'Another program already has this code' }]);

/** Renames a program (a new version of it, kept in its history). */
export async function renameProgram(
  db: DataSource,
  actor: ProgramActor,
  input: { programId: string; version: number; name: unknown },
): Promise<Program> {
  const { name } = parseWith(programNameSchema, { name: input.name });
  return db.transaction(async (tx) => {
    const ref = { id: input.programId, version: input.version };
    const program = await saveProgram(tx, ref, { name });
    await appendVersion(tx, actor.staffId, program, ['name'], null);
    await auditUpdate(tx, actor, program.id, 'name');
    return program;
  });
}

/** A settings change as sent: any settings left out stay as they are. */
export interface SettingsChange extends Partial<EditableProgramSettings> {
  programId: string;
  version: number;
  reason?: string | null;
}

/**
 * Changes a program's settings in one transaction: checks the whole result with the domain's
 * schema (each refusal names its field), writes it only over the version the caller read,
 * appends the new settings version, and, when a setting that due dates depend on changed,
 * recomputes the review clock stored on each of the program's episodes in treatment, so lists
 * and dashboards never show a date computed with the old setting.
 */
export async function updateProgramSettings(
  db: DataSource,
  actor: ProgramActor,
  change: SettingsChange,
): Promise<Program> {
  const { programId, version, reason: rawReason, ...sent } = change;
  const reason = parseWith(settingsChangeReasonSchema, rawReason) ?? null;
  return db.transaction(async (tx) => {
    const current = await tx.getRepository(Program).findOneBy({ id: programId });
    if (!current) throw new NotFoundError('Program');
    const before = editableSettingsOf(current);
    const defined = Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== undefined));
    const after = parseWith(programSettingsSchema, { ...before, ...defined });
    const changed = changedSettings(before, after);
    if (!changed.length) {
      // Nothing to save, but a stale version is still refused like any other.
      if (current.version !== version) throw new ConflictError('Program', current);
      return current;
    }
    if (changed.includes('timeZone')) await requireDatabaseTimeZone(tx, after.timeZone);
    const program = await saveProgram(
      tx,
      { id: programId, version },
      Object.fromEntries(changed.map((f) => [f, after[f]])),
    );
    await appendVersion(tx, actor.staffId, program, changed, reason);
    if (movesDueDates(changed)) await recomputeProgramReviewClocks(tx, programId);
    await auditUpdate(tx, actor, programId, changed.join(', '));
    return program;
  });
}

/** PostgreSQL dates the program's days with its time zone, so it must know the zone too. */
async function requireDatabaseTimeZone(tx: EntityManager, timeZone: string): Promise<void> {
  const [known] = await tx.query<unknown[]>(`SELECT 1 FROM pg_timezone_names WHERE name = $1`, [
    timeZone,
  ]);
  if (!known) {
    throw new BadUserInputError([
      { field: 'timeZone', message: 'Choose a time zone from the list (e.g. America/Chicago)' },
    ]);
  }
}

/**
 * The review clock of every episode of the program whose clock runs (in treatment) or still
 * holds a date, recomputed by the domain function in batches (`recomputeReviewClocks`).
 * Returns how many episodes it looked at.
 */
export async function recomputeProgramReviewClocks(
  tx: EntityManager,
  programId: string,
): Promise<number> {
  const rows = await tx.query<{ id: string }[]>(
    `SELECT id FROM episode
     WHERE program_id = $1 AND (status = ANY($2::text[]) OR review_due_on IS NOT NULL)`,
    [programId, statusesInPhase('IN_TREATMENT')],
  );
  await recomputeReviewClocks(
    tx,
    rows.map((r) => r.id),
  );
  return rows.length;
}

/**
 * The guarded write, then the program as the entity reads it (numerics as numbers). A program
 * written without a first version (the demo and scale generators insert rows directly) gets its
 * settings as they stood recorded first, changed by no one, so the history shows what this
 * change changed from.
 */
async function saveProgram(
  tx: EntityManager,
  ref: { id: string; version: number },
  changes: Partial<Record<keyof Program, unknown>>,
): Promise<Program> {
  const [started] = await tx.query<unknown[]>(
    `SELECT 1 FROM program_settings_version WHERE program_id = $1 LIMIT 1`,
    [ref.id],
  );
  const unrecorded = started ? null : await tx.getRepository(Program).findOneBy({ id: ref.id });
  if (unrecorded) {
    await appendVersion(tx, null, unrecorded, [], 'Settings when their history began');
  }
  await guardedUpdate(tx, Program, 'Program', ref, changes);
  return tx.getRepository(Program).findOneByOrFail({ id: ref.id });
}

async function appendVersion(
  tx: EntityManager,
  staffId: string | null,
  program: Program,
  changedFields: ProgramVersionField[],
  reason: string | null,
): Promise<void> {
  await tx.getRepository(ProgramSettingsVersion).insert({
    programId: program.id,
    programVersion: program.version,
    name: program.name,
    changedByStaffId: staffId,
    reason,
    settings: editableSettingsOf(program),
    changedFields,
  });
}

function auditUpdate(
  tx: EntityManager,
  actor: ProgramActor,
  programId: string,
  note: string,
): Promise<void> {
  return actor.audit.write(
    {
      action: 'UPDATE',
      recordType: 'Program',
      recordId: programId,
      clientId: null,
      outcome: 'SUCCESS',
      note,
    },
    tx,
  );
}
