import {
  createUnionType,
  Ctx,
  Field,
  FieldResolver,
  ObjectType,
  Authorized,
  Resolver,
  Root,
} from 'type-graphql';
import { ConflictError } from '../../graphql/conflict.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { ClinicalSession } from './clinical-session.entity.js';

/**
 * A stale session save: nothing saved. `current` is read like any read of it: a group session
 * (not client data) as is, a client's session through the chart access of its episode, audited.
 */
@ObjectType({
  description: 'Your save was refused: someone else changed this session first. Nothing was saved.',
})
export class ClinicalSessionConflict {
  @Field(() => String)
  message: string;

  sessionId: string;
}

@Resolver(() => ClinicalSessionConflict)
export class ClinicalSessionConflictResolver {
  @Authorized('SIGNED_IN')
  @FieldResolver(() => ClinicalSession, { nullable: true })
  async current(
    @Root() conflict: ClinicalSessionConflict,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClinicalSession | null> {
    const scope = ctx.scope();
    const session = await scope.db
      .getRepository(ClinicalSession)
      .findOneBy({ id: conflict.sessionId });
    if (!session) return null;
    if (session.episodeId) {
      const [episode] = await scope.db.query<{ clientId: string }[]>(
        `SELECT client_id AS "clientId" FROM episode WHERE id = $1`,
        [session.episodeId],
      );
      await scope.requireEpisode(
        'READ_CHART',
        { id: session.episodeId, clientId: episode!.clientId },
        { recordType: 'ClinicalSession', recordId: session.id },
      );
      scope.audit.read('ClinicalSession', session.id, episode!.clientId);
    }
    return session;
  }
}

export const ClinicalSessionSaveResult = createUnionType({
  name: 'ClinicalSessionSaveResult',
  description: 'Saved (the session as it is now), or refused because someone saved first.',
  types: () => [ClinicalSession, ClinicalSessionConflict] as const,
  resolveType: (value) =>
    value instanceof ClinicalSessionConflict ? ClinicalSessionConflict : ClinicalSession,
});

export async function orSessionConflict(
  save: () => Promise<ClinicalSession>,
): Promise<ClinicalSession | ClinicalSessionConflict> {
  try {
    return await save();
  } catch (err) {
    if (!(err instanceof ConflictError) || err.recordType !== 'ClinicalSession') throw err;
    return Object.assign(new ClinicalSessionConflict(), {
      message: err.message,
      sessionId: err.recordId,
    });
  }
}
