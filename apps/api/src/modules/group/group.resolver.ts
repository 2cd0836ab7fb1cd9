import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { describeSchedule, groupFill, mayManageGroup, shortTime, todayIn } from '@waypoint/domain';
import { selectColumns } from '../../db/select-columns.js';
import { orConflict } from '../../graphql/conflict.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { ClinicalSession } from '../clinical-session/clinical-session.entity.js';
import { Staff } from '../staff/staff.entity.js';
import {
  AddGroupScheduleExceptionInput,
  RemoveGroupScheduleExceptionInput,
  CreateGroupInput,
  GenerateGroupSessionsInput,
  UpdateGroupInput,
} from './dto/group.input.js';
import { EndEnrollmentInput, EnrollClientInput } from './dto/enrollment.input.js';
import { endEnrollment, enrollClient, listGroupMembers } from './enrollment.service.js';
import { GroupEnrollment, GroupScheduleException, TherapyGroup } from './group.entity.js';
import { GroupWeekAttendance } from './group-attendance-rates.js';
import { BadUserInputError } from '../../graphql/errors.js';
import {
  GroupEnrollmentSaveResult,
  GroupSaveResult,
  GroupSessionGeneration,
  orGroupConflict,
} from './group-save-results.js';
import {
  addGroupScheduleException,
  removeGroupScheduleException,
  createGroup,
  findGroup,
  generateGroupSessions,
  listGroups,
  updateGroup,
} from './group.service.js';

@Resolver(() => TherapyGroup)
export class GroupResolver {
  @Authorized('SIGNED_IN')
  @Query(() => [TherapyGroup], { description: 'The program’s groups, active first, by name.' })
  groups(
    @Arg('programId', () => ID) programId: string,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TherapyGroup[]> {
    return listGroups(ctx.scope(), programId, includeInactive);
  }

  @Authorized('SIGNED_IN')
  @Query(() => TherapyGroup)
  group(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<TherapyGroup> {
    return findGroup(ctx.scope(), id);
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => String, { description: 'e.g. “Mon, Wed, Fri 09:00–12:00”.' })
  scheduleText(@Root() group: TherapyGroup): string {
    return describeSchedule(group);
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => String, { name: 'startTime' })
  startTimeShort(@Root() group: TherapyGroup): string {
    return shortTime(group.startTime);
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => String, { name: 'endTime' })
  endTimeShort(@Root() group: TherapyGroup): string {
    return shortTime(group.endTime);
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => [Staff])
  facilitators(@Root() group: TherapyGroup, @Ctx() ctx: GraphQLContext): Promise<Staff[]> {
    return ctx.loaders.groups.facilitators.load(group.id);
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => Int, { description: 'Active members now.' })
  async activeCount(@Root() group: TherapyGroup, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.groups.fill.load(group.id)).active;
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => Int, { description: 'Clients waiting for a place.' })
  async waitlistCount(@Root() group: TherapyGroup, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.groups.fill.load(group.id)).waitlisted;
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => [GroupWeekAttendance], {
    description:
      'The last `weeks` weeks (this one first): sessions held and the share of attendance taken that was attended.',
  })
  attendanceByWeek(
    @Root() group: TherapyGroup,
    @Arg('weeks', () => Int, { defaultValue: 8 }) weeks: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GroupWeekAttendance[]> {
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 26) {
      throw new BadUserInputError([{ field: 'weeks', message: 'must be 1 to 26' }]);
    }
    return ctx.loaders.groups.attendanceByWeek.load(`${group.id}|${weeks}`);
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => String, { description: 'Active members of capacity, e.g. “11/12”.' })
  async fill(@Root() group: TherapyGroup, @Ctx() ctx: GraphQLContext): Promise<string> {
    return groupFill((await ctx.loaders.groups.fill.load(group.id)).active, group.capacity);
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => Boolean, {
    description: 'Whether you may change this group (a director, or one of its facilitators).',
  })
  async canManage(@Root() group: TherapyGroup, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const viewer = ctx.scope().viewer;
    const facilitators = await ctx.loaders.groups.facilitators.load(group.id);
    return mayManageGroup(
      viewer.programRoles,
      group.programId,
      viewer.staffId,
      facilitators.map((f) => f.id),
    );
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => [GroupScheduleException], { description: 'Exceptions from today on.' })
  async exceptions(
    @Root() group: TherapyGroup,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GroupScheduleException[]> {
    const tz = (await ctx.loaders.program.load(group.programId))!.timeZone;
    const db = ctx.scope().db;
    return db.query<GroupScheduleException[]>(
      `SELECT ${selectColumns(db, GroupScheduleException, 'x')} FROM group_schedule_exception x
       WHERE x.group_id = $1 AND x.on_date >= $2 ORDER BY x.on_date`,
      [group.id, todayIn(tz)],
    );
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => [GroupEnrollment], {
    description:
      'Active members, then the waitlist in the order places are offered; only clients whose ' +
      'chart or group records you may read.',
  })
  members(@Root() group: TherapyGroup, @Ctx() ctx: GraphQLContext): Promise<GroupEnrollment[]> {
    return listGroupMembers(ctx.scope(), group.id, ['ACTIVE', 'WAITLISTED']);
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => [GroupEnrollment], {
    description:
      'Who waits for a place, in the order places are offered; only clients whose chart or group records you may read.',
  })
  waitlist(@Root() group: TherapyGroup, @Ctx() ctx: GraphQLContext): Promise<GroupEnrollment[]> {
    return ctx.loaders.groupWaitlist.load(group.id);
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => [ClinicalSession], { description: 'The next sessions, from now.' })
  upcomingSessions(
    @Root() group: TherapyGroup,
    @Arg('first', () => Int, { defaultValue: 6 }) first: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClinicalSession[]> {
    const db = ctx.scope().db;
    return db.query<ClinicalSession[]>(
      `SELECT ${selectColumns(db, ClinicalSession, 's')} FROM clinical_session s
       WHERE s.group_id = $1 AND s.ends_at > now() ORDER BY s.starts_at LIMIT $2`,
      [group.id, Math.min(Math.max(first, 1), 50)],
    );
  }

  @Authorized('MANAGE_GROUPS')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Mutation(() => TherapyGroup, {
    description: 'A new group; its sessions for the next 28 days are generated.',
  })
  createGroup(
    @Arg('input', () => CreateGroupInput) input: CreateGroupInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TherapyGroup> {
    return createGroup(ctx.scope(), input);
  }

  @Authorized('MANAGE_GROUPS')
  @AuthorizesTarget('GROUP', 'input.id')
  @Mutation(() => GroupSaveResult, {
    description:
      'Changes a group; a schedule change moves future scheduled sessions only. A GroupConflict if stale.',
  })
  updateGroup(
    @Arg('input', () => UpdateGroupInput) input: UpdateGroupInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const scope = ctx.scope();
    return orGroupConflict(scope.db.manager, () => updateGroup(scope, input));
  }

  @Authorized('MANAGE_GROUPS')
  @AuthorizesTarget('GROUP', 'input.groupId')
  @Mutation(() => GroupScheduleException, {
    description: 'A holiday or cancellation; that day’s scheduled session is removed.',
  })
  addGroupScheduleException(
    @Arg('input', () => AddGroupScheduleExceptionInput) input: AddGroupScheduleExceptionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GroupScheduleException> {
    return addGroupScheduleException(ctx.scope(), input);
  }

  @Authorized('MANAGE_GROUPS')
  @AuthorizesTarget('GROUP', 'input.groupId')
  @Mutation(() => ID, {
    description:
      'Takes a holiday or cancellation back (the id removed); that day’s session is generated again.',
  })
  removeGroupScheduleException(
    @Arg('input', () => RemoveGroupScheduleExceptionInput)
    input: RemoveGroupScheduleExceptionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string> {
    return removeGroupScheduleException(ctx.scope(), input);
  }

  @Authorized('MANAGE_GROUPS')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Mutation(() => GroupSessionGeneration, {
    description: 'Generates the program’s group sessions through a date (idempotent).',
  })
  async generateGroupSessions(
    @Arg('input', () => GenerateGroupSessionsInput) input: GenerateGroupSessionsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GroupSessionGeneration> {
    return Object.assign(
      new GroupSessionGeneration(),
      await generateGroupSessions(ctx.scope(), input),
    );
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => GroupEnrollment, {
    description:
      'Enrols a client; when the group is full, the waitlist if joinWaitlist (else a refusal offering it).',
  })
  enrollClient(
    @Arg('input', () => EnrollClientInput) input: EnrollClientInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GroupEnrollment> {
    return enrollClient(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => GroupEnrollmentSaveResult, {
    description:
      'Ends a membership; the first waitlisted client takes the place. A GroupEnrollmentConflict if stale.',
  })
  endEnrollment(
    @Arg('input', () => EndEnrollmentInput) input: EndEnrollmentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('GroupEnrollment', () => endEnrollment(ctx.scope(), input));
  }
}

@Resolver(() => GroupEnrollment)
export class GroupEnrollmentResolver {
  @Authorized('SIGNED_IN')
  @FieldResolver(() => TherapyGroup)
  async group(@Root() e: GroupEnrollment, @Ctx() ctx: GraphQLContext): Promise<TherapyGroup> {
    return (await ctx.loaders.groups.byId.load(e.groupId))!;
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => ID)
  episodeId(@Root() e: GroupEnrollment): string {
    return e.episodeId;
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => ID)
  clientId(@Root() e: GroupEnrollment): string {
    return e.clientId;
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The member’s name, in a group’s member list.',
  })
  clientName(@Root() e: GroupEnrollment & { clientName?: string }): string | null {
    return e.clientName ?? null;
  }
}
