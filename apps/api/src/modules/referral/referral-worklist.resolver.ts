import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { ReferralAttention } from '@waypoint/domain';
import type { GraphQLContext } from '../../graphql/context.js';
import { Client } from '../client/client.entity.js';
import { Referral } from './referral.entity.js';
import { referralWorklist } from './referral-worklist.service.js';

registerEnumType(ReferralAttention, {
  name: 'ReferralAttention',
  description: 'AWAITING_CONSENT, OVERDUE (open past its due day) or NO_RESPONSE (closed lately).',
});

@ObjectType({ description: 'A referral on a worklist, with what it needs.' })
export class ReferralWorkItem {
  @Field(() => Referral)
  referral: Referral;

  @Field(() => ReferralAttention, { nullable: true, description: 'Null: open, nothing due yet.' })
  attention: ReferralAttention | null;
}

@Resolver(() => ReferralWorkItem)
export class ReferralWorklistResolver {
  @Authorized('READ_CHART')
  @Query(() => [ReferralWorkItem], {
    description:
      'Referrals needing attention on your caseload (mine), or every open referral of the programs you read (a director’s figures), due first.',
  })
  referralWorklist(
    @Arg('mine', () => Boolean) mine: boolean,
    @Arg('programIds', () => [ID], { nullable: true }) programIds: string[] | null,
    @Ctx() ctx: GraphQLContext,
    @Arg('allOpen', () => Boolean, {
      defaultValue: false,
      description: 'With mine: every open referral of your caseload, not only those needing you.',
    })
    allOpen: boolean,
    @Arg('clinicianId', () => ID, {
      nullable: true,
      description: 'Only referrals of this primary clinician’s clients (the dashboard’s filter).',
    })
    clinicianId: string | null,
  ) {
    return referralWorklist(ctx.scope(), { mine, programIds, allOpen, clinicianId });
  }
}

@Resolver(() => Referral)
export class ReferralClientResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Client, { description: 'The client referred (read through your access).' })
  client(@Root() r: Referral, @Ctx() ctx: GraphQLContext): Promise<Client> {
    return ctx.loaders.client.load(r.clientId);
  }
}
