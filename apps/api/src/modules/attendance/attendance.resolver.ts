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
import { GraphQLLocalDate } from 'graphql-scalars';
import type { GraphQLContext } from '../../graphql/context.js';
import { requireId } from '../../graphql/ids.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { Episode } from '../episode/episode.entity.js';
import { recordAttendance, sessionRoster } from './attendance-roster.service.js';
import {
  AttendanceSummary,
  BelowWeeklyHours,
  BillableWeek,
  RecordAttendanceInput,
  RecordAttendanceResult,
  SessionRoster,
  TodaySession,
  WeekHours,
} from './attendance.types.js';
import { mondayOf } from '@waypoint/domain';
import { ClinicalSession } from '../clinical-session/clinical-session.entity.js';
import { TherapyGroup } from '../group/group.entity.js';
import { mySessionsInWeek, mySessionsToday } from './today-sessions.service.js';
import { belowWeeklyHours, billableDaysExport, checkWeeks } from './weekly-hours.service.js';

@Resolver()
export class AttendanceResolver {
  @Authorized('READ_GROUP_RECORDS')
  @Query(() => SessionRoster, {
    description:
      'A session’s roster: everyone expected, with their attendance or the default (PRESENT, the whole session).',
  })
  sessionRoster(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: GraphQLContext) {
    return sessionRoster(ctx.scope(), sessionId);
  }

  @Authorized('RECORD_ATTENDANCE')
  @AuthorizesTarget('SESSION_ROSTER', 'input.sessionId')
  @Mutation(() => RecordAttendanceResult, {
    description:
      'Saves a whole roster in one transaction and marks the session HELD; a RosterConflict if any entry is stale (nothing saved).',
  })
  recordAttendance(
    @Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return recordAttendance(ctx.scope(), input);
  }

  @Authorized('SIGNED_IN')
  @Query(() => [TodaySession], {
    description: 'Sessions you run today (your groups and your sessions), with rosters to take.',
  })
  mySessionsToday(@Ctx() ctx: GraphQLContext) {
    return mySessionsToday(ctx.scope());
  }

  @Authorized('SIGNED_IN')
  @Query(() => [ClinicalSession], {
    description:
      'Sessions you run (your groups and your sessions) in the week, Monday to Sunday, containing `week`; cancelled ones included.',
  })
  mySessionsInWeek(@Arg('week', () => GraphQLLocalDate) week: string, @Ctx() ctx: GraphQLContext) {
    return mySessionsInWeek(ctx.scope(), mondayOf(week));
  }

  @Authorized('READ_CHART')
  @Query(() => BelowWeeklyHours, {
    description:
      'Clients below the weekly hours target (Rule 2) in the last complete week, or the week named, over the clients you may see.',
  })
  belowWeeklyHours(
    @Ctx() ctx: GraphQLContext,
    @Arg('programIds', () => [ID], { nullable: true }) programIds?: string[] | null,
    @Arg('weekStart', () => GraphQLLocalDate, { nullable: true }) weekStart?: string | null,
  ) {
    return belowWeeklyHours(ctx.scope(), {
      programIds: programIds?.map((id) => requireId(id, 'programIds')) ?? null,
      weekStart: weekStart ?? null,
    });
  }

  @Authorized('READ_CHART')
  @Query(() => String, {
    description:
      'The week’s billable IOP days (H0015) of a program as CSV: one row per client per day with at least 3 hours attended.',
  })
  billableDaysCsv(
    @Arg('programId', () => ID) programId: string,
    @Arg('weekStart', () => GraphQLLocalDate) weekStart: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return billableDaysExport(ctx.scope(), requireId(programId, 'programId'), weekStart);
  }
}

/** Today's session's group, for who waits for a place in it. */
@Resolver(() => TodaySession)
export class TodaySessionResolver {
  @Authorized('SIGNED_IN')
  @FieldResolver(() => TherapyGroup, { nullable: true })
  async group(@Root() s: TodaySession, @Ctx() ctx: GraphQLContext) {
    return s.groupId ? ctx.loaders.groups.byId.load(s.groupId) : null;
  }
}

/** Rule 2 and attendance on the chart; the episode was read through the scope already. */
@Resolver(() => Episode)
export class EpisodeAttendanceResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => [WeekHours], {
    description:
      'Weekly hours (Rule 2) for the last `weeks` weeks, oldest first, ending this week.',
  })
  weeklyHours(
    @Root() episode: Episode,
    @Ctx() ctx: GraphQLContext,
    @Arg('weeks', () => Int, { defaultValue: 12 }) weeks: number,
  ) {
    checkWeeks(weeks);
    return ctx.loaders.attendance.weeklyHours(weeks).load(episode);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => BillableWeek, {
    description:
      'Attended and billable IOP days in the week containing `week` (default this week).',
  })
  billableDays(
    @Root() episode: Episode,
    @Ctx() ctx: GraphQLContext,
    @Arg('week', () => GraphQLLocalDate, { nullable: true }) week?: string | null,
  ) {
    return ctx.loaders.attendance.billableWeek(week ?? null).load(episode);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => AttendanceSummary)
  attendanceSummary(@Root() episode: Episode, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.attendance.summary.load(episode);
  }
}
