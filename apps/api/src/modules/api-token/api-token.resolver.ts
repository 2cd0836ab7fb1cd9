import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ApiTokenScope } from '@waypoint/domain';
import { signedIn, type GraphQLContext } from '../../graphql/context.js';
import { ActsOnOwnAccount } from '../../graphql/target-authorization.js';
import { CreateApiTokenInput, RevokeApiTokenInput } from './dto/api-token.input.js';
import { createApiToken, myApiTokens, revokeApiToken } from './api-token.service.js';

registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  description: 'READ_ONLY tokens run queries only; READ_WRITE tokens also run mutations.',
});

@ObjectType('ApiToken', { description: 'A personal API token of the viewer’s (never its secret).' })
export class ApiTokenView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'The secret’s first characters, to tell tokens apart.' })
  prefix: string;

  @Field(() => ApiTokenScope)
  scope: ApiTokenScope;

  @Field(() => GraphQLDateTimeISO)
  createdAt: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  expiresAt: Date | null;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'Its last request (written at most once a minute).',
  })
  lastUsedAt: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType()
export class CreateApiTokenPayload {
  @Field(() => ApiTokenView)
  token: ApiTokenView;

  @Field(() => String, {
    description: 'The secret, shown this once: send it as "Authorization: Bearer <secret>".',
  })
  secret: string;
}

/**
 * Personal API tokens: each member of staff manages their own, from the web app (a request made
 * with a token cannot, as the auth checker refuses tokens every own-account mutation).
 */
@Resolver()
export class ApiTokenResolver {
  @Authorized('SIGNED_IN')
  @Query(() => [ApiTokenView], { description: 'The viewer’s API tokens, newest first.' })
  myApiTokens(@Ctx() ctx: GraphQLContext): Promise<ApiTokenView[]> {
    return myApiTokens(ctx.db, signedIn(ctx));
  }

  @Authorized('SIGNED_IN')
  @ActsOnOwnAccount()
  @Mutation(() => CreateApiTokenPayload, {
    description: 'Creates an API token acting as the viewer, never with more than their access.',
  })
  createApiToken(
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreateApiTokenPayload> {
    return createApiToken(ctx.db, ctx.audit, signedIn(ctx), {
      name: input.name,
      scope: input.scope,
      expiresAt: input.expiresAt ?? null,
    });
  }

  @Authorized('SIGNED_IN')
  @ActsOnOwnAccount()
  @Mutation(() => ApiTokenView, { description: 'Revokes one of the viewer’s tokens at once.' })
  revokeApiToken(
    @Arg('input', () => RevokeApiTokenInput) input: RevokeApiTokenInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApiTokenView> {
    return revokeApiToken(ctx.db, ctx.audit, signedIn(ctx), input.tokenId);
  }
}
