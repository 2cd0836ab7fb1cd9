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

  @Authorized('READ_AUDIT_TRAIL')
  @FieldResolver(() => Staff)
  async staff(@Root() grant: BreakGlassGrant, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(grant.staffId))!;
  }

  @Authorized('READ_AUDIT_TRAIL')
  @FieldResolver(() => ID)
  clientId(@Root() grant: BreakGlassGrant): string {
    return grant.clientId;
  }

  @Authorized('READ_AUDIT_TRAIL')
  @FieldResolver(() => Client, {
    description: 'Listed only for directors of the client’s program.',
  })
  async client(@Root() grant: BreakGlassGrant, @Ctx() ctx: GraphQLContext): Promise<Client> {
    const client = (await ctx.loaders.client.load(grant.clientId))!;
    ctx.audit.read('Client', client.id, client.id);
    return client;
  }
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
