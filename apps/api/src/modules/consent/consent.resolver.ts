import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { orConflict } from '../../graphql/conflict.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { Episode } from '../episode/episode.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { ConsentSaveResult } from './consent-save-result.js';
import { Consent } from './consent.entity.js';
import {
  declineConsent,
  recordConsent,
  recordConsentExpiryEvent,
  revokeConsent,
  signConsent,
} from './consent.service.js';
import { Disclosure } from './disclosure.entity.js';
import { listDisclosures } from './disclosure.service.js';
import {
  DeclineConsentInput,
  RecordConsentExpiryEventInput,
  RecordConsentInput,
  RevokeConsentInput,
  SignConsentInput,
} from './dto/consent.input.js';
import { Client } from '../client/client.entity.js';

@Resolver(() => Episode)
export class EpisodeConsentResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => [Consent], {
    description: 'Part 2 consents given in this episode, newest first.',
  })
  consents(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<Consent[]> {
    return ctx.loaders.referral.consentsByEpisode.load(episode.id);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [Disclosure], {
    description: 'Disclosures made in this episode, newest first.',
  })
  disclosures(@Root() episode: Episode, @Ctx() ctx: GraphQLContext): Promise<Disclosure[]> {
    return ctx.loaders.referral.disclosuresByEpisode.load(episode.id);
  }
}

@Resolver(() => Disclosure)
export class DisclosureResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => Staff, { description: 'Who made the disclosure.' })
  async disclosedBy(@Root() d: Disclosure, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(d.disclosedById))!;
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => Client, {
    description: 'Whose information was disclosed (read through your access, like the chart).',
  })
  async client(@Root() d: Disclosure, @Ctx() ctx: GraphQLContext): Promise<Client> {
    return ctx.loaders.client.load(d.clientId);
  }
}

@Resolver(() => Consent)
export class ConsentResolver {
  @Authorized('READ_CHART')
  @Query(() => [Disclosure], {
    description:
      'Accounting of disclosures: what was disclosed about the client with consent in the period (calendar days, inclusive), newest first.',
  })
  @AuthorizesTarget('CLIENT', 'clientId')
  disclosureAccounting(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Disclosure[]> {
    return listDisclosures(ctx.scope(), { clientId }, { from, to });
  }

  @Authorized('READ_AUDIT_TRAIL')
  @Query(() => [Disclosure], {
    description: 'A director’s view: the program’s disclosures in the period.',
  })
  @AuthorizesTarget('PROGRAM', 'programId')
  programDisclosures(
    @Arg('programId', () => ID) programId: string,
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('to', () => GraphQLLocalDate) to: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Disclosure[]> {
    return listDisclosures(ctx.scope(), { programId }, { from, to });
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => Consent, {
    description: 'Writes a consent with every §2.31 element, awaiting signature.',
  })
  recordConsent(
    @Arg('input', () => RecordConsentInput) input: RecordConsentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return recordConsent(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => ConsentSaveResult, {
    description: 'The client signs: the consent becomes ACTIVE.',
  })
  signConsent(
    @Arg('input', () => SignConsentInput) input: SignConsentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Consent', () => signConsent(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => ConsentSaveResult, { description: 'The client declined to sign.' })
  declineConsent(
    @Arg('input', () => DeclineConsentInput) input: DeclineConsentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Consent', () => declineConsent(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => ConsentSaveResult, {
    description:
      'Revokes the consent now, with the reason: later sends are refused; past disclosures stand.',
  })
  revokeConsent(
    @Arg('input', () => RevokeConsentInput) input: RevokeConsentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Consent', () => revokeConsent(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => ConsentSaveResult, {
    description: 'The consent’s expiry event happened: it ends.',
  })
  recordConsentExpiryEvent(
    @Arg('input', () => RecordConsentExpiryEventInput) input: RecordConsentExpiryEventInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Consent', () => recordConsentExpiryEvent(ctx.scope(), input));
  }
}
