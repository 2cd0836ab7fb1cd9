import type { EntityManager } from 'typeorm';
import { createUnionType, Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ConflictError } from '../../graphql/conflict.js';
import { Program } from './program.entity.js';
import { ProgramSettingsVersion } from './program-settings-version.entity.js';

/**
 * A stale save of a program (its settings or name): nothing was saved; here is the program as it
 * stands and who saved that version, when (from its settings history). Programs are not client
 * data, so the current record travels as ordinary data to whoever may administer it.
 */
@ObjectType({
  description: 'Your save was refused: someone else changed this program first. Nothing was saved.',
})
export class ProgramConflict {
  @Field(() => String)
  message: string;

  @Field(() => Program)
  current: Program;

  /** Resolved through the staff loader. */
  savedByStaffId: string | null;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'When the current version was saved.',
  })
  savedAt: Date | null;
}

export const ProgramSaveResult = createUnionType({
  name: 'ProgramSaveResult',
  description: 'Saved (the program as it is now), or refused because someone saved first.',
  types: () => [Program, ProgramConflict] as const,
  resolveType: (value) => (value instanceof ProgramConflict ? ProgramConflict : Program),
});

/** Runs a save; a stale version of the program answers the conflict, read after rollback. */
export async function orProgramConflict(
  db: EntityManager,
  save: () => Promise<Program>,
): Promise<Program | ProgramConflict> {
  try {
    return await save();
  } catch (err) {
    if (!(err instanceof ConflictError) || err.recordType !== 'Program') throw err;
    const current = await db.getRepository(Program).findOneByOrFail({ id: err.recordId });
    const version = await db
      .getRepository(ProgramSettingsVersion)
      .findOneBy({ programId: current.id, programVersion: current.version });
    return Object.assign(new ProgramConflict(), {
      message: err.message,
      current,
      savedByStaffId: version?.changedByStaffId ?? null,
      savedAt: version?.changedAt ?? null,
    });
  }
}
