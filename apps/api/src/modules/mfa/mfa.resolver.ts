import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import { ActsOnOwnAccount, AuthorizesTarget } from '../../graphql/target-authorization.js';
import { openSession, Viewer } from '../auth/auth.resolver.js';
import { signInEvent } from '../auth/auth.service.js';
import { MfaCodeInput, RegenerateRecoveryCodesInput, ResetStaffMfaInput } from './dto/mfa.input.js';
import {
  confirmEnrolment,
  disableMfa,
  mfaState,
  regenerateRecoveryCodes,
  resetMfa,
  startEnrolment,
} from './mfa.service.js';
import { checkSecondFactor } from './second-factor.js';
import {
  clearChallengeCookie,
  closeChallenge,
  findChallenge,
  type OpenChallenge,
} from './sign-in-challenge.js';

@ObjectType({ description: 'Multi-factor sign-in (an authenticator app) for the signed-in staff.' })
export class MfaStatus {
  @Field(() => Boolean)
  enabled: boolean;

  @Field(() => Boolean, { description: 'Required for one of your roles: it cannot be turned off.' })
  required: boolean;

  @Field(() => Int, { description: 'Unused recovery codes.' })
  recoveryCodesLeft: number;
}

@ObjectType({ description: 'A new authenticator secret, shown once to be scanned or typed in.' })
export class MfaEnrolment {
  @Field(() => String, { description: 'Base32, for typing into the app.' })
  secret: string;

  @Field(() => String)
  otpauthUri: string;

  @Field(() => String, { description: 'The otpauth URI as a QR code (PNG data URL).' })
  qrCodeDataUrl: string;
}

@ObjectType({ description: 'Single-use codes for when the phone is lost; shown this once.' })
export class RecoveryCodes {
  @Field(() => [String])
  recoveryCodes: string[];
}

@ObjectType()
export class MfaEnrolmentConfirmed extends RecoveryCodes {
  @Field(() => Viewer, { description: 'Signed in (a set-up that finished a sign-in opens one).' })
  viewer: Viewer;
}

@ObjectType()
export class ResetStaffMfaPayload {
  @Field(() => String)
  staffId: string;

  @Field(() => Int, { description: 'Sessions of theirs that were ended.' })
  sessionsRevoked: number;
}

const address = (ctx: GraphQLContext) => ctx.req.ip ?? 'unknown';

const currentViewer = (ctx: GraphQLContext): Viewer => ({
  ...ctx.viewer!,
  idleTimeoutMinutes: ctx.config.session.idleMinutes,
});

async function emailOf(ctx: GraphQLContext, staffId: string): Promise<string> {
  const [row] = await ctx.db.query<{ email: string }[]>(`SELECT email FROM staff WHERE id = $1`, [
    staffId,
  ]);
  if (!row) throw new NotFoundError('Staff');
  return row.email;
}

const signInTimedOut = () =>
  new DomainError('UNAUTHENTICATED', 'Your sign-in timed out; enter your password again');

/**
 * Who is setting up an authenticator: the signed-in viewer, or someone half-way through a
 * sign-in that requires MFA (their password was right a moment ago).
 */
async function enrolling(
  ctx: GraphQLContext,
): Promise<{ id: string; email: string; challenge: OpenChallenge | null }> {
  if (ctx.viewer) {
    return {
      id: ctx.viewer.staffId,
      email: await emailOf(ctx, ctx.viewer.staffId),
      challenge: null,
    };
  }
  const challenge = await findChallenge(ctx.db, ctx.req);
  if (challenge?.purpose !== 'ENROL')
    throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
  return { id: challenge.staffId, email: await emailOf(ctx, challenge.staffId), challenge };
}

async function signedInStaff(ctx: GraphQLContext) {
  return { id: ctx.viewer!.staffId, email: await emailOf(ctx, ctx.viewer!.staffId) };
}

@Resolver(() => Viewer)
export class MfaResolver {
  @Authorized('SIGNED_IN')
  @FieldResolver(() => MfaStatus)
  mfa(@Root() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<MfaStatus> {
    return mfaState(ctx.db, ctx.config, viewer.staffId);
  }

  @Authorized('PUBLIC')
  @Mutation(() => Viewer, {
    description:
      'The second step of signing in (after MFA_CODE_REQUIRED): an authenticator or recovery code.',
  })
  async completeSignIn(
    @Arg('input', () => MfaCodeInput) input: MfaCodeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Viewer> {
    const challenge = await findChallenge(ctx.db, ctx.req);
    if (challenge?.purpose !== 'CODE') throw signInTimedOut();
    const check = await checkSecondFactor(ctx.db, ctx.config, {
      staffId: challenge.staffId,
      typed: input.code,
      address: address(ctx),
    });
    if (!check.ok) {
      await ctx.audit.write(signInEvent(challenge.staffId, 'FAILED', 'wrong code', address(ctx)));
      throw new BadUserInputError([{ field: 'code', message: 'That code is not right' }]);
    }
    if (!(await closeChallenge(ctx.db, challenge.id))) throw signInTimedOut();
    clearChallengeCookie(ctx.res, ctx.config.session.secureCookie);
    const how = check.kind === 'RECOVERY' ? 'a recovery code' : 'an authenticator code';
    return openSession(ctx, challenge.staffId, `signed in with ${how}`);
  }

  @Authorized('PUBLIC')
  @Mutation(() => MfaEnrolment, {
    description:
      'Starts setting up an authenticator: signed in, or during a sign-in that requires MFA.',
  })
  async startMfaEnrolment(@Ctx() ctx: GraphQLContext): Promise<MfaEnrolment> {
    return startEnrolment(ctx, await enrolling(ctx));
  }

  @Authorized('PUBLIC')
  @Mutation(() => MfaEnrolmentConfirmed, {
    description:
      'A code from the app turns MFA on; answers the recovery codes (once), and finishes a sign-in that was waiting for it.',
  })
  async confirmMfaEnrolment(
    @Arg('input', () => MfaCodeInput) input: MfaCodeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MfaEnrolmentConfirmed> {
    const staff = await enrolling(ctx);
    const recoveryCodes = await confirmEnrolment(ctx, {
      staffId: staff.id,
      code: input.code,
      address: address(ctx),
    });
    if (!staff.challenge) return { recoveryCodes, viewer: currentViewer(ctx) };
    if (!(await closeChallenge(ctx.db, staff.challenge.id))) throw signInTimedOut();
    clearChallengeCookie(ctx.res, ctx.config.session.secureCookie);
    const viewer = await openSession(ctx, staff.id, 'signed in, having set up MFA');
    return { recoveryCodes, viewer };
  }

  @Authorized('SIGNED_IN')
  @ActsOnOwnAccount()
  @Mutation(() => RecoveryCodes, {
    description: 'Ten new recovery codes (the old ones stop working); a code or the password.',
  })
  async regenerateMfaRecoveryCodes(
    @Arg('input', () => RegenerateRecoveryCodesInput) input: RegenerateRecoveryCodesInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RecoveryCodes> {
    const recoveryCodes = await regenerateRecoveryCodes(ctx, await signedInStaff(ctx), {
      ...input,
      address: address(ctx),
    });
    return { recoveryCodes };
  }

  @Authorized('SIGNED_IN')
  @ActsOnOwnAccount()
  @Mutation(() => MfaStatus, { description: 'Turns one’s own MFA off (a current code).' })
  async disableMfa(
    @Arg('input', () => MfaCodeInput) input: MfaCodeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MfaStatus> {
    const staff = await signedInStaff(ctx);
    await disableMfa(ctx, staff, { code: input.code, address: address(ctx) });
    return mfaState(ctx.db, ctx.config, staff.id);
  }

  @Authorized('ADMINISTER')
  @AuthorizesTarget('STAFF', 'input.staffId')
  @Mutation(() => ResetStaffMfaPayload, {
    description:
      'ADMIN: clears someone’s authenticator and recovery codes (reason audited) and ends their sessions.',
  })
  async resetStaffMfa(
    @Arg('input', () => ResetStaffMfaInput) input: ResetStaffMfaInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ResetStaffMfaPayload> {
    const reason = input.reason.trim();
    if (reason.length < 5) {
      throw new BadUserInputError([{ field: 'reason', message: 'say why, in a few words' }]);
    }
    const { sessionsRevoked } = await resetMfa(
      ctx,
      { adminId: ctx.viewer!.staffId },
      { staffId: input.staffId, reason },
    );
    return { staffId: input.staffId, sessionsRevoked };
  }
}
