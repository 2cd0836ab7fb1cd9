import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { Program } from '../program/program.entity.js';
import { notePoliciesOf, updateNotePolicy } from './note-policy.service.js';
import { NotePolicyView, UpdateNotePolicyInput } from './note-policy.types.js';

@Resolver(() => Program)
export class ProgramNotePolicyResolver {
  @Authorized('SIGNED_IN')
  @FieldResolver(() => NotePolicyView, {
    description: 'When notes are due and whose need co-signature, like the program’s settings.',
  })
  async notePolicy(@Root() program: Program, @Ctx() ctx: GraphQLContext): Promise<NotePolicyView> {
    return (await notePoliciesOf(ctx.db, [program.id]))[0]!;
  }

  @Authorized('EDIT_PROGRAM_SETTINGS')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Mutation(() => NotePolicyView, {
    description:
      'Sets when notes are due and whose need co-signature (directors, administrators); the ' +
      'program’s unsigned drafts move to the new due time in the same transaction.',
  })
  updateNotePolicy(
    @Arg('input', () => UpdateNotePolicyInput) input: UpdateNotePolicyInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<NotePolicyView> {
    return updateNotePolicy(
      ctx.db,
      { staffId: ctx.scope().viewer.staffId, audit: ctx.audit },
      input,
    );
  }
}
