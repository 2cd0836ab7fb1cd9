import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { StaffAccountStatus } from '@waypoint/domain';
import { Conflict, orConflict, saveResult } from '../../graphql/conflict.js';
import { Connection } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { ProgramRole } from '../auth/auth.resolver.js';
import { Staff } from '../staff/staff.entity.js';
import {
  CreateStaffAccountInput,
  StaffAccountsArgs,
  StaffAccountVersionInput,
  StaffRoleChangeInput,
  UpdateStaffAccountInput,
} from './dto/staff-account.inputs.js';
import { accountDetails } from './staff-account-details.js';
import { listStaffAccounts } from './staff-account-list.js';
import {
  changeStaffRole,
  createStaffAccount,
  deactivateStaffAccount,
  getStaffAccount,
  issueStaffPasswordLink,
  reactivateStaffAccount,
  updateStaffAccount,
} from './staff-account.service.js';

registerEnumType(StaffAccountStatus, {
  name: 'StaffAccountStatus',
  description: 'INVITED until a password is set; DEACTIVATED when switched off.',
});

@ObjectType()
export class StaffConnection extends Connection(Staff) {}

@ObjectType('StaffConflict', {
  description: 'Your save was refused: someone else changed this account first. Nothing was saved.',
})
export class StaffConflict {
  @Field(() => String)
  message: string;
}

export const StaffSaveResult = saveResult('StaffSaveResult', Staff, StaffConflict);

const StaffPasswordLinkPurpose = { INVITE: 'INVITE', RESET: 'RESET' } as const;
type StaffPasswordLinkPurpose = keyof typeof StaffPasswordLinkPurpose;
registerEnumType(StaffPasswordLinkPurpose, { name: 'StaffPasswordLinkPurpose' });

@ObjectType({
  description:
    'A one-time set-password link (24 hours, single use) to hand to its holder; it is also ' +
    'mailed when the server has SMTP configured. Shown once: issue another if it is lost.',
})
export class StaffPasswordLink {
  @Field(() => String)
  url: string;

  @Field(() => GraphQLDateTimeISO)
  expiresAt: Date;

  @Field(() => StaffPasswordLinkPurpose, {
    description: 'INVITE until a password is set, then RESET.',
  })
  purpose: StaffPasswordLinkPurpose;
}

@ObjectType({ description: 'A new account and its invitation.' })
export class CreateStaffAccountPayload {
  @Field(() => Staff)
  staff: Staff;

  @Field(() => StaffPasswordLink)
  invitation: StaffPasswordLink;
}

const administrator = (ctx: GraphQLContext) => ({
  db: ctx.db,
  audit: ctx.audit,
  staffId: ctx.viewer!.staffId,
});

/**
 * Staff administration, for administrators only (`ADMINISTER`: an ADMIN role in any program).
 * Nothing here reads or returns client data.
 */
@Resolver(() => Staff)
export class StaffAccountResolver {
  @Authorized('ADMINISTER')
  @Query(() => StaffConnection, {
    description: 'Every account, active or not, by last name; search and filters optional.',
  })
  staffAccounts(
    @Args(() => StaffAccountsArgs) args: StaffAccountsArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listStaffAccounts(ctx.db, args);
  }

  @Authorized('ADMINISTER')
  @Query(() => Staff, { description: 'One account, active or not.' })
  staffAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return getStaffAccount(ctx.db, id);
  }

  @Authorized('ADMINISTER')
  @FieldResolver(() => StaffAccountStatus, { description: 'For administrators.' })
  async accountStatus(@Root() staff: Staff, @Ctx() ctx: GraphQLContext) {
    return (await accountDetails(ctx, staff.id)).status;
  }

  @Authorized('ADMINISTER')
  @FieldResolver(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'When the pending invitation stops working; null when none is pending.',
  })
  async invitationExpiresAt(@Root() staff: Staff, @Ctx() ctx: GraphQLContext) {
    return (await accountDetails(ctx, staff.id)).invitationExpiresAt;
  }

  @Authorized('ADMINISTER')
  @FieldResolver(() => [ProgramRole], { description: 'Roles per program, for administrators.' })
  async programRoles(@Root() staff: Staff, @Ctx() ctx: GraphQLContext): Promise<ProgramRole[]> {
    return (await accountDetails(ctx, staff.id)).programRoles;
  }

  @Authorized('ADMINISTER')
  @AuthorizesTarget('PROGRAM', 'input.roles.0.programId')
  @Mutation(() => CreateStaffAccountPayload, {
    description: 'Creates an account; its holder sets a password from the invitation link.',
  })
  async createStaffAccount(
    @Arg('input', () => CreateStaffAccountInput) input: CreateStaffAccountInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreateStaffAccountPayload> {
    return createStaffAccount(administrator(ctx), input);
  }

  @Authorized('ADMINISTER')
  @AuthorizesTarget('STAFF', 'staffId')
  @Mutation(() => StaffPasswordLink, {
    description:
      'A new set-password link for an active account (an invitation, or a reset once a ' +
      'password is set); earlier unused links stop working.',
  })
  issueStaffPasswordLink(@Arg('staffId', () => ID) staffId: string, @Ctx() ctx: GraphQLContext) {
    return issueStaffPasswordLink(administrator(ctx), staffId);
  }

  @Authorized('ADMINISTER')
  @AuthorizesTarget('STAFF', 'input.id')
  @Mutation(() => StaffSaveResult, { description: 'A StaffConflict if stale.' })
  updateStaffAccount(
    @Arg('input', () => UpdateStaffAccountInput) input: UpdateStaffAccountInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Staff', () => updateStaffAccount(administrator(ctx), input));
  }

  @Authorized('ADMINISTER')
  @AuthorizesTarget('STAFF', 'input.id')
  @Mutation(() => StaffSaveResult, {
    description:
      'Switches an account off: its sessions end now and its open episodes go on the ' +
      'directors’ reassignment list. Refused for the last active administrator.',
  })
  deactivateStaffAccount(
    @Arg('input', () => StaffAccountVersionInput) input: StaffAccountVersionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Staff', () => deactivateStaffAccount(administrator(ctx), input));
  }

  @Authorized('ADMINISTER')
  @AuthorizesTarget('STAFF', 'input.id')
  @Mutation(() => StaffSaveResult, { description: 'A StaffConflict if stale.' })
  reactivateStaffAccount(
    @Arg('input', () => StaffAccountVersionInput) input: StaffAccountVersionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Staff', () => reactivateStaffAccount(administrator(ctx), input));
  }

  @Authorized('ADMINISTER')
  @AuthorizesTarget('STAFF', 'input.staffId')
  @Mutation(() => StaffSaveResult, { description: 'Gives a role in a program.' })
  grantStaffRole(
    @Arg('input', () => StaffRoleChangeInput) input: StaffRoleChangeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Staff', () => changeStaffRole(administrator(ctx), input, 'GRANT'));
  }

  @Authorized('ADMINISTER')
  @AuthorizesTarget('STAFF', 'input.staffId')
  @Mutation(() => StaffSaveResult, {
    description: 'Takes a role away; refused for the last active administrator’s ADMIN role.',
  })
  revokeStaffRole(
    @Arg('input', () => StaffRoleChangeInput) input: StaffRoleChangeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('Staff', () => changeStaffRole(administrator(ctx), input, 'REVOKE'));
  }
}

@Resolver(() => StaffConflict)
export class StaffConflictResolver {
  @Authorized('ADMINISTER')
  @FieldResolver(() => Staff, { nullable: true, description: 'The account as it is now.' })
  current(@Root() conflict: Conflict, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.staff.load(conflict.recordId);
  }
}
