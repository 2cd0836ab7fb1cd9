import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { signedIn, type GraphQLContext } from '../../graphql/context.js';
import { ActsOnOwnAccount } from '../../graphql/target-authorization.js';
import { clearSessionCookie } from '../auth/session-cookie.js';
import {
  ChangeMyPasswordInput,
  SignOutEverywhereInput,
  SignOutSessionInput,
} from './dto/my-account.input.js';
import {
  changeOwnPassword,
  mySessions,
  signOutEverywhere,
  signOutSession,
} from './my-account.service.js';

@ObjectType({ description: 'A signed-in browser of the viewer’s.' })
export class MySession {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When it signed in.' })
  createdAt: Date;

  @Field(() => GraphQLDateTimeISO, {
    description: 'Its last request the user made (written at most every 30 seconds).',
  })
  lastSeenAt: Date;

  @Field(() => GraphQLDateTimeISO, { description: 'It ends then, however active.' })
  expiresAt: Date;

  @Field(() => String, { nullable: true, description: 'The browser’s User-Agent at sign-in.' })
  userAgent: string | null;

  @Field(() => Boolean, { description: 'The session making this request.' })
  current: boolean;
}

@ObjectType()
export class SessionsEndedPayload {
  @Field(() => Int, { description: 'How many of the viewer’s sessions this ended.' })
  sessionsEnded: number;
}

@ObjectType()
export class SignOutSessionPayload {
  @Field(() => ID)
  sessionId: string;
}

/** "My account": what every member of staff may do to their own account, and nobody else’s. */
@Resolver()
export class MyAccountResolver {
  @Authorized('SIGNED_IN')
  @Query(() => [MySession], {
    description:
      'The viewer’s sessions that are still valid, most recent first (a handful at most, so a list).',
  })
  mySessions(@Ctx() ctx: GraphQLContext): Promise<MySession[]> {
    return mySessions(ctx.db, signedIn(ctx), ctx.config.session.idleMinutes);
  }

  @Authorized('SIGNED_IN')
  @ActsOnOwnAccount()
  @Mutation(() => SessionsEndedPayload, {
    description:
      'Changes the viewer’s password (the current one required); ends their other sessions.',
  })
  async changeMyPassword(
    @Arg('input', () => ChangeMyPasswordInput) input: ChangeMyPasswordInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SessionsEndedPayload> {
    const address = ctx.req.ip ?? 'unknown';
    const ended = await changeOwnPassword(ctx.db, ctx.audit, signedIn(ctx), { ...input, address });
    return { sessionsEnded: ended };
  }

  @Authorized('SIGNED_IN')
  @ActsOnOwnAccount()
  @Mutation(() => SignOutSessionPayload, {
    description: 'Ends one of the viewer’s sessions (the current one signs this browser out).',
  })
  async signOutSession(
    @Arg('input', () => SignOutSessionInput) input: SignOutSessionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SignOutSessionPayload> {
    const viewer = signedIn(ctx);
    await signOutSession(ctx.db, ctx.audit, viewer, input.sessionId);
    if (input.sessionId === viewer.sessionId) {
      clearSessionCookie(ctx.res, ctx.config.session.secureCookie);
    }
    return { sessionId: input.sessionId };
  }

  @Authorized('SIGNED_IN')
  @ActsOnOwnAccount()
  @Mutation(() => SessionsEndedPayload, {
    description: 'Ends the viewer’s other sessions, or all of them including this one.',
  })
  async signOutEverywhere(
    @Arg('input', () => SignOutEverywhereInput) input: SignOutEverywhereInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SessionsEndedPayload> {
    const ended = await signOutEverywhere(
      ctx.db,
      ctx.audit,
      signedIn(ctx),
      input.includingThisSession,
    );
    if (input.includingThisSession) clearSessionCookie(ctx.res, ctx.config.session.secureCookie);
    return { sessionsEnded: ended };
  }
}
