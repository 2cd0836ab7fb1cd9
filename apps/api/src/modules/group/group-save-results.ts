import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { conflictType, ConflictError, saveResult } from '../../graphql/conflict.js';
import { GroupEnrollment, TherapyGroup } from './group.entity.js';

/** A stale group save: nothing saved; the group as it stands (groups are not client data). */
@ObjectType({
  description: 'Your save was refused: someone else changed this group first. Nothing was saved.',
})
export class GroupConflict {
  @Field(() => String)
  message: string;

  @Field(() => TherapyGroup)
  current: TherapyGroup;
}

export const GroupSaveResult = createUnionType({
  name: 'GroupSaveResult',
  description: 'Saved (the group as it is now), or refused because someone saved first.',
  types: () => [TherapyGroup, GroupConflict] as const,
  resolveType: (value) => (value instanceof GroupConflict ? GroupConflict : TherapyGroup),
});

export async function orGroupConflict(
  db: EntityManager,
  save: () => Promise<TherapyGroup>,
): Promise<TherapyGroup | GroupConflict> {
  try {
    return await save();
  } catch (err) {
    if (!(err instanceof ConflictError) || err.recordType !== 'Group') throw err;
    const current = await db.getRepository(TherapyGroup).findOneByOrFail({ id: err.recordId });
    return Object.assign(new GroupConflict(), { message: err.message, current });
  }
}

export const GroupEnrollmentConflict = conflictType(
  'GroupEnrollment',
  GroupEnrollment,
  async (db, id) => {
    const record = await db.getRepository(GroupEnrollment).findOneBy({ id });
    return record && { record, clientId: record.clientId };
  },
);

export const GroupEnrollmentSaveResult = saveResult(
  'GroupEnrollmentSaveResult',
  GroupEnrollment,
  GroupEnrollmentConflict.type,
);

@ObjectType({ description: 'What a run of the group-session generator did.' })
export class GroupSessionGeneration {
  @Field(() => Int, { description: 'Sessions added.' })
  created: number;

  @Field(() => Int, { description: 'Future scheduled sessions moved to the current schedule.' })
  moved: number;

  @Field(() => Int, { description: 'Future scheduled sessions removed (no longer scheduled).' })
  removed: number;
}
