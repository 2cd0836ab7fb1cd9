import {
  Authorized,
  Ctx,
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuditChainProblem, chainCheckEntry, verifyAuditChain } from './audit-chain.js';

registerEnumType(AuditChainProblem, {
  name: 'AuditChainProblem',
  valuesConfig: {
    HASH_MISMATCH: { description: "An event's fields no longer match its hash: it was edited." },
    BROKEN_LINK: { description: 'An event does not point at the hash of the one before it.' },
    MISSING_EVENTS: { description: 'Events are missing from the chain: they were deleted.' },
    HEAD_MISMATCH: { description: 'The chain does not end where the database last recorded.' },
    UNCHAINED_EVENT: {
      description:
        'An event has waited more than 60 s to be sealed into the chain: the sealer is not running.',
    },
  },
});

@ObjectType({ description: 'Where the audit hash chain first breaks.' })
export class AuditChainBreak {
  @Field(() => String, {
    nullable: true,
    description: 'Position in the chain (1, 2, 3…); null for an event outside the chain.',
  })
  chainSeq: string | null;

  @Field(() => ID, { nullable: true, description: 'The audit event found at that position.' })
  eventId: string | null;

  @Field(() => AuditChainProblem)
  problem: AuditChainProblem;
}

@ObjectType({ description: 'The result of re-computing every audit event’s hash and link.' })
export class AuditChainVerification {
  @Field(() => Boolean, { description: 'True when no event was edited, removed or reordered.' })
  ok: boolean;

  @Field(() => Float)
  eventsChecked: number;

  @Field(() => String, { description: 'The last position the database recorded.' })
  headSeq: string;

  @Field(() => String, {
    description: 'The hash (hex) at the head: record it elsewhere to anchor the chain.',
  })
  headHash: string;

  @Field(() => AuditChainBreak, { nullable: true })
  firstBreak: AuditChainBreak | null;

  @Field(() => Int, {
    description:
      'Events not yet sealed into the chain when the check began (the sealer seals them within about a second).',
  })
  unsealedEvents: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Seconds the oldest of them had waited (over 60: no sealer running); null when none.',
  })
  oldestUnsealedSeconds: number | null;
}

@Resolver()
export class AuditChainResolver {
  @Authorized('READ_AUDIT_TRAIL')
  @Query(() => AuditChainVerification, {
    description:
      'Checks that the audit trail is intact (hash chain) and reports the first broken link. Audited.',
  })
  async verifyAuditChain(@Ctx() ctx: GraphQLContext): Promise<AuditChainVerification> {
    const report = await verifyAuditChain(ctx.db);
    await ctx.audit.write(chainCheckEntry(report));
    return report;
  }
}
