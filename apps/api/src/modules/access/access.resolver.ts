import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Max, Min } from 'class-validator';
import { Connection, ConnectionArgs } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { requireId } from '../../graphql/ids.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Client } from '../client/client.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { breakGlass, chartAccessLog, listBreakGlassGrants } from './access.service.js';
import { BreakGlassGrant } from './break-glass-grant.entity.js';
import { BreakGlassInput } from './dto/break-glass.input.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent) {}

@ArgsType()
class RecentArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(200)
  first: number;
}

@Resolver(() => BreakGlassGrant)
export class BreakGlassResolver {
  @Authorized('BREAK_GLASS')
  @AuthorizesTarget('CLIENT', 'input.clientId')
  @Mutation(() => BreakGlassGrant, {
    description: 'Emergency access to a chart outside your caseload, for a limited time. Audited.',
  })
  breakGlass(
    @Arg('input', () => BreakGlassInput) input: BreakGlassInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return breakGlass(ctx.scope(), input.clientId, input.reason);
  }

  @Authorized('READ_AUDIT_TRAIL')
  @Query(() => [BreakGlassGrant], {
    description: 'Recent break-glass accesses in the programs you direct.',
  })
  breakGlassAccesses(@Args(() => RecentArgs) args: RecentArgs, @Ctx() ctx: GraphQLContext) {
    return listBreakGlassGrants(ctx.scope(), args.first);
  }

  // The grant's holder may read their own grant (it is the breakGlass mutation's answer);
  // directors read the grants to charts of their programs. Both pass the role check here, and
  // each grant is then judged on its own.
  @Authorized('READ_AUDIT_TRAIL', 'BREAK_GLASS')
  @FieldResolver(() => Staff, { description: 'Who broke the glass.' })
  async staff(@Root() grant: BreakGlassGrant, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    await requireGrantVisible(ctx, grant);
    return (await ctx.loaders.staff.load(grant.staffId))!;
  }

  @Authorized('READ_AUDIT_TRAIL', 'BREAK_GLASS')
  @FieldResolver(() => ID)
  async clientId(@Root() grant: BreakGlassGrant, @Ctx() ctx: GraphQLContext): Promise<string> {
    await requireGrantVisible(ctx, grant);
    return grant.clientId;
  }

  @Authorized('READ_AUDIT_TRAIL', 'BREAK_GLASS')
  @FieldResolver(() => Client, {
    description: 'Read through your own access: the grant itself, or directing the program.',
  })
  client(@Root() grant: BreakGlassGrant, @Ctx() ctx: GraphQLContext): Promise<Client> {
    return ctx.loaders.client.load(grant.clientId);
  }
}

/** A grant is shown to its holder and to those who may read the client's audit trail. */
async function requireGrantVisible(ctx: GraphQLContext, grant: BreakGlassGrant): Promise<void> {
  const scope = ctx.scope();
  if (grant.staffId === scope.viewer.staffId) return;
  await scope.require('READ_AUDIT_TRAIL', grant.clientId, {
    recordType: 'BreakGlassGrant',
    recordId: grant.id,
  });
}

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Authorized('READ_AUDIT_TRAIL')
  @Query(() => AuditEventConnection, {
    description: "Who opened or changed a client's chart, newest first.",
  })
  chartAccessLog(
    @Arg('clientId', () => ID) clientId: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return chartAccessLog(ctx.scope(), requireId(clientId, 'clientId'), args.first, args.after);
  }

  @Authorized('READ_AUDIT_TRAIL')
  @FieldResolver(() => Staff, { nullable: true })
  actor(@Root() event: AuditEvent, @Ctx() ctx: GraphQLContext): Promise<Staff | null> | null {
    return event.actorStaffId ? ctx.loaders.staff.load(event.actorStaffId) : null;
  }
}
