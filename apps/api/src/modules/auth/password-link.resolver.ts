import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { GraphQLContext } from '../../graphql/context.js';
import { RequestPasswordResetInput, SetPasswordWithLinkInput } from './dto/password-link.input.js';
import { PasswordLinkPurpose } from './password-link.entity.js';
import {
  passwordLinkDetails,
  requestPasswordReset,
  setPasswordWithLink,
} from './password-reset.service.js';

@ObjectType({ description: 'A set-password link that can still be used, and whose it is.' })
export class PasswordLinkDetails {
  @Field(() => PasswordLinkPurpose)
  purpose: PasswordLinkPurpose;

  @Field(() => String)
  email: string;

  @Field(() => String)
  firstName: string;

  @Field(() => String)
  lastName: string;

  @Field(() => GraphQLDateTimeISO)
  expiresAt: Date;
}

@ObjectType()
export class SetPasswordPayload {
  @Field(() => String, { description: 'The account’s email, to sign in with.' })
  email: string;
}

@ObjectType()
export class RequestPasswordResetPayload {
  @Field(() => String, { description: 'The same answer whether or not the email has an account.' })
  message: string;
}

export const RESET_REQUESTED =
  'If that email belongs to an active account, a link to reset its password is on its way. It works once, for 24 hours.';

/**
 * Getting into an account without a password: the link an admin or a reset request gave. Public,
 * since the person cannot sign in yet; the link's token is the credential.
 */
@Resolver()
export class PasswordLinkResolver {
  @Authorized('PUBLIC')
  @Query(() => PasswordLinkDetails, {
    nullable: true,
    description: 'The link behind a token, while it can be used; null when it cannot.',
  })
  passwordLink(
    @Arg('token', () => String) token: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PasswordLinkDetails | null> {
    return passwordLinkDetails(ctx.db, token);
  }

  @Authorized('PUBLIC')
  @Mutation(() => SetPasswordPayload, {
    description: 'Sets a password from a one-time link and ends every session of that account.',
  })
  setPasswordWithLink(
    @Arg('input', () => SetPasswordWithLinkInput) input: SetPasswordWithLinkInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SetPasswordPayload> {
    return setPasswordWithLink(ctx.db, ctx.audit, input);
  }

  @Authorized('PUBLIC')
  @Mutation(() => RequestPasswordResetPayload, {
    description:
      'Mails a reset link to the email’s account, if any; never says whether there is one.',
  })
  async requestPasswordReset(
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RequestPasswordResetPayload> {
    await requestPasswordReset(ctx.db, ctx.audit, {
      email: input.email,
      address: ctx.req.ip ?? 'unknown',
    });
    return { message: RESET_REQUESTED };
  }
}
