import type { DataSource } from 'typeorm';
import { cleanCredentials, DEFAULT_NOTE_POLICY, notePolicyProblems } from '@waypoint/domain';
import { BadUserInputError, DomainError } from '../../graphql/errors.js';
import type { ProgramActor } from '../program/program.service.js';
import type { NotePolicyView, UpdateNotePolicyInput } from './note-policy.types.js';

/** The policies of some programs, in their order: the defaults (version 0) where none is set. */
export async function notePoliciesOf(
  db: DataSource,
  programIds: readonly string[],
): Promise<NotePolicyView[]> {
  const rows = await db.query<NotePolicyView[]>(
    `SELECT program_id AS "programId", due_hours AS "dueHours",
       cosign_credentials AS "cosignCredentials", version
     FROM program_note_policy WHERE program_id = ANY($1::uuid[])`,
    [programIds],
  );
  return programIds.map(
    (programId) =>
      rows.find((r) => r.programId === programId) ?? {
        programId,
        ...DEFAULT_NOTE_POLICY,
        version: 0,
      },
  );
}

/**
 * Saves a program's note policy over the version the caller read (0: the defaults, no row yet),
 * and moves the due time of the program's unsigned drafts to the new window in the same
 * transaction, so the overdue lists never count by the old one. Audited as a program update.
 */
export async function updateNotePolicy(
  db: DataSource,
  actor: ProgramActor,
  input: UpdateNotePolicyInput,
): Promise<NotePolicyView> {
  const policy = {
    dueHours: input.dueHours,
    cosignCredentials: cleanCredentials(input.cosignCredentials),
  };
  const problems = notePolicyProblems(policy);
  if (problems.length) throw new BadUserInputError(problems);
  return db.transaction(async (tx) => {
    const [saved] = await tx.query<NotePolicyView[]>(
      `INSERT INTO program_note_policy AS np (program_id, due_hours, cosign_credentials)
       SELECT $1, $2, $3 WHERE $4 = 0
       ON CONFLICT (program_id) DO UPDATE SET due_hours = $2, cosign_credentials = $3,
         version = np.version + 1, updated_at = now()
       WHERE np.version = $4
       RETURNING program_id AS "programId", due_hours AS "dueHours",
         cosign_credentials AS "cosignCredentials", version`,
      [input.programId, policy.dueHours, policy.cosignCredentials, input.version],
    );
    if (!saved) {
      throw new DomainError('CONFLICT', 'Someone changed the note rules first; reload them', {
        recordType: 'ProgramNotePolicy',
      });
    }
    await tx.query(
      `UPDATE progress_note n SET due_at = cs.ends_at + make_interval(hours => $2)
       FROM clinical_session cs
       WHERE cs.id = n.session_id AND cs.program_id = $1 AND n.status = 'DRAFT'`,
      [input.programId, policy.dueHours],
    );
    await actor.audit.write(
      {
        action: 'UPDATE',
        recordType: 'ProgramNotePolicy',
        recordId: input.programId,
        clientId: null,
        outcome: 'SUCCESS',
        note: `due ${policy.dueHours} h; co-sign ${policy.cosignCredentials.join(', ') || 'none'}`,
      },
      tx,
    );
    return saved;
  });
}
