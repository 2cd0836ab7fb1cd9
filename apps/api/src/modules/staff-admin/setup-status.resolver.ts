import { Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { GraphQLContext } from '../../graphql/context.js';
import { ACTIVE_ADMINS_SQL } from './last-admin-guard.js';

@ObjectType({ description: 'Whether this install is set up; says nothing else about it.' })
export class SetupStatus {
  @Field(() => Boolean, {
    description:
      'No active administrator exists yet: nobody can sign in until the first one is created ' +
      'on the server (`pnpm admin:create-first`).',
  })
  needsFirstAdmin: boolean;
}

export async function needsFirstAdmin(db: DataSource): Promise<boolean> {
  const [admin] = await db.query<unknown[]>(`${ACTIVE_ADMINS_SQL} LIMIT 1`);
  return !admin;
}

@Resolver()
export class SetupStatusResolver {
  @Authorized('PUBLIC')
  @Query(() => SetupStatus, { description: 'Asked before sign-in, so public; reveals one bit.' })
  async setupStatus(@Ctx() ctx: GraphQLContext): Promise<SetupStatus> {
    return { needsFirstAdmin: await needsFirstAdmin(ctx.db) };
  }
}
