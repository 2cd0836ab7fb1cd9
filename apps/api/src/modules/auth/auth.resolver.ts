import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { StaffRole } from '@waypoint/domain';
import type { GraphQLContext } from '../../graphql/context.js';
import { Program } from '../program/program.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { authenticate, signInEvent } from './auth.service.js';
import { SignInInput } from './dto/sign-in.input.js';
import { requireSecondStep } from '../mfa/sign-in-step.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { createSession, revokeSession } from './session.service.js';

@ObjectType({ description: "A staff member's role in one program." })
export class ProgramRole {
  programId: string;

  @Field(() => StaffRole)
  role: StaffRole;
}

@ObjectType({ description: 'The signed-in member of staff.' })
export class Viewer {
  staffId: string;

  @Field(() => [ProgramRole])
  programRoles: ProgramRole[];

  @Field(() => Int, { description: 'Inactivity after which the session ends (automatic logoff).' })
  idleTimeoutMinutes: number;

  @Field(() => GraphQLDateTimeISO, { description: 'The session ends then, however active.' })
  sessionExpiresAt: Date;
}

@ObjectType()
export class SignOutPayload {
  @Field(() => Boolean)
  signedOut: boolean;
}

/**
 * Starts the session of a member of staff who has proved who they are (password, and a code
 * where MFA is on); the rest of the request runs as them.
 */
export async function openSession(
  ctx: GraphQLContext,
  staffId: string,
  how: string,
): Promise<Viewer> {
  const address = ctx.req.ip ?? 'unknown';
  const session = await createSession(
    ctx.db,
    staffId,
    ctx.config.session.maxHours,
    ctx.req.get('user-agent') ?? null,
  );
  await ctx.audit.write(signInEvent(staffId, 'SUCCESS', how, address));
  setSessionCookie(ctx.res, session.token, session.expiresAt, ctx.config.session.secureCookie);
  const programRoles = await ctx.db.query<ProgramRole[]>(
    `SELECT program_id AS "programId", role FROM staff_program_role WHERE staff_id = $1`,
    [staffId],
  );
  // The rest of this request (the payload's fields) runs as the newly signed-in staff member.
  ctx.viewer = {
    staffId,
    sessionId: session.sessionId,
    sessionExpiresAt: session.expiresAt,
    programRoles,
  };
  ctx.audit.actorStaffId = staffId;
  return {
    staffId,
    programRoles,
    idleTimeoutMinutes: ctx.config.session.idleMinutes,
    sessionExpiresAt: session.expiresAt,
  };
}

@Resolver(() => Viewer)
export class AuthResolver {
  @Authorized('PUBLIC')
  @Query(() => Viewer, { nullable: true, description: 'Who is signed in; null when nobody is.' })
  me(@Ctx() ctx: GraphQLContext): Viewer | null {
    if (!ctx.viewer) return null;
    return { ...ctx.viewer, idleTimeoutMinutes: ctx.config.session.idleMinutes };
  }

  @Authorized('PUBLIC')
  @Mutation(() => Viewer, { description: 'Starts a session (an httpOnly cookie).' })
  async signIn(
    @Arg('input', () => SignInInput) input: SignInInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Viewer> {
    const address = ctx.req.ip ?? 'unknown';
    const staffId = await authenticate(ctx.db, ctx.audit, { ...input, address });
    // Throws, holding the half-done sign-in in a cookie, when a code or MFA set-up is owed.
    await requireSecondStep(ctx, staffId, address);
    return openSession(ctx, staffId, 'signed in');
  }

  @Authorized('PUBLIC')
  @Mutation(() => SignOutPayload, { description: 'Ends the session everywhere it is used.' })
  async signOut(@Ctx() ctx: GraphQLContext): Promise<SignOutPayload> {
    if (ctx.viewer) {
      await revokeSession(ctx.db, ctx.viewer.sessionId);
      await ctx.audit.write({
        action: 'SIGN_OUT',
        recordType: 'Staff',
        recordId: ctx.viewer.staffId,
        clientId: null,
        outcome: 'SUCCESS',
      });
    }
    clearSessionCookie(ctx.res, ctx.config.session.secureCookie);
    return { signedOut: true };
  }

  @Authorized('PUBLIC')
  @FieldResolver(() => Staff)
  async staff(@Root() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<Staff> {
    return (await ctx.loaders.staff.load(viewer.staffId))!;
  }
}

@Resolver(() => ProgramRole)
export class ProgramRoleResolver {
  @Authorized('SIGNED_IN')
  @FieldResolver(() => Program)
  async program(@Root() role: ProgramRole, @Ctx() ctx: GraphQLContext): Promise<Program> {
    return (await ctx.loaders.program.load(role.programId))!;
  }
}
