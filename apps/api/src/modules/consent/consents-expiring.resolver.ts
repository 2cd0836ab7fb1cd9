import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Client } from '../client/client.entity.js';
import { Consent } from './consent.entity.js';
import { consentsExpiring } from './consents-expiring.service.js';

@ObjectType({ description: 'An active consent lapsing soon, on a worklist.' })
export class ExpiringConsent {
  @Field(() => Consent)
  consent: Consent;

  @Field(() => Int, { description: 'Days it still holds: 0 on its last day.' })
  daysLeft: number;
}

@Resolver(() => ExpiringConsent)
export class ConsentsExpiringResolver {
  @Authorized('READ_CHART')
  @Query(() => [ExpiringConsent], {
    description:
      'Active consents lapsing within 30 days on your caseload (mine), or in the programs you read, soonest first.',
  })
  consentsExpiring(
    @Arg('mine', () => Boolean) mine: boolean,
    @Arg('programIds', () => [ID], { nullable: true }) programIds: string[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return consentsExpiring(ctx.scope(), { mine, programIds });
  }
}

@Resolver(() => Consent)
export class ConsentClientResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Client, { description: 'Whose consent it is (read through your access).' })
  client(@Root() c: Consent, @Ctx() ctx: GraphQLContext): Promise<Client> {
    return ctx.loaders.client.load(c.clientId);
  }
}
