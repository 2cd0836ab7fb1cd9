import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Program } from './program.entity.js';

@Resolver(() => Program)
export class ProgramResolver {
  @Authorized('SIGNED_IN')
  @Query(() => [Program], { description: 'Programs, by name.' })
  programs(@Ctx() ctx: GraphQLContext): Promise<Program[]> {
    return ctx.db.getRepository(Program).find({ order: { name: 'ASC' } });
  }
}
