import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { AttendanceStatus } from '@waypoint/domain';
import './attendance.entity.js'; // registers AttendanceStatus
import { ClinicalSession } from '../clinical-session/clinical-session.entity.js';

@ObjectType({ description: 'One line of a session’s roster: a client and their attendance.' })
export class RosterEntry {
  @Field(() => ID)
  episodeId: string;

  @Field(() => ID)
  clientId: string;

  @Field(() => String, { description: 'The name staff call the client by.' })
  clientName: string;

  @Field(() => AttendanceStatus, {
    description: 'As recorded, or PRESENT (the default) when nothing is recorded yet.',
  })
  status: AttendanceStatus;

  @Field(() => Int, { description: 'As recorded, or the session’s length by default.' })
  minutes: number;

  @Field(() => String, { nullable: true })
  absenceReason: string | null;

  @Field(() => Boolean, { description: 'Attendance has been recorded for this client.' })
  recorded: boolean;

  @Field(() => ID, { nullable: true })
  attendanceId: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Send back when saving; null when nothing is recorded yet.',
  })
  version: number | null;
}

@ObjectType({ description: 'A session and everyone expected at it, with their attendance.' })
export class SessionRoster {
  @Field(() => ClinicalSession)
  session: ClinicalSession;

  @Field(() => String, { description: 'The group’s name, or the kind of session.' })
  title: string;

  @Field(() => Int, { description: 'The session’s length: the most anyone can attend.' })
  sessionMinutes: number;

  @Field(() => String, { description: 'The program’s time zone, in which the session is held.' })
  timeZone: string;

  @Field(() => [RosterEntry])
  entries: RosterEntry[];
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID)
  episodeId: string;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;

  @Field(() => Int, { nullable: true, description: 'Null: the status’s default.' })
  minutes?: number | null;

  @Field(() => String, { nullable: true })
  absenceReason?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version read; null when nothing was recorded for this client.',
  })
  version?: number | null;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  sessionId: string;

  @Field(() => [AttendanceEntryInput])
  entries: AttendanceEntryInput[];
}

@ObjectType({
  description:
    'Your save was refused: someone recorded attendance for these clients since you read the roster. Nothing was saved.',
})
export class RosterConflict {
  @Field(() => String)
  message: string;

  @Field(() => [ID], { description: 'The episodes whose attendance changed since you read it.' })
  staleEpisodeIds: string[];

  @Field(() => [String], { description: 'Their names, as the roster shows them.' })
  staleClientNames: string[];

  @Field(() => SessionRoster, { description: 'The roster as it stands now.' })
  roster: SessionRoster;
}

export const RecordAttendanceResult = createUnionType({
  name: 'RecordAttendanceResult',
  description: 'The roster as saved, or refused because someone saved first.',
  types: () => [SessionRoster, RosterConflict] as const,
  resolveType: (value) => ('staleEpisodeIds' in value ? RosterConflict : SessionRoster),
});

@ObjectType({ description: 'Rule 2 for one ISO week in the program’s time zone.' })
export class WeekHours {
  @Field(() => GraphQLLocalDate)
  weekStart: string;
  @Field(() => GraphQLLocalDate)
  weekEnd: string;
  @Field(() => Int)
  groupMinutes: number;
  @Field(() => Int)
  individualFamilyMinutes: number;
  @Field(() => Int)
  totalMinutes: number;
  @Field(() => Int, { description: 'Prorated when admission or discharge splits the week.' })
  targetMinutes: number;
  @Field(() => Int)
  daysAttended: number;
  @Field(() => Int, { description: 'Days with at least 3 hours of attended service (H0015).' })
  billableDays: number;
  @Field(() => Int)
  minimumDays: number;
  @Field(() => Int)
  daysInTreatment: number;
  @Field(() => Boolean)
  partial: boolean;
  @Field(() => Boolean)
  belowTarget: boolean;
  @Field(() => Boolean)
  belowMinimumDays: boolean;
}

@ObjectType()
export class BillableDay {
  @Field(() => GraphQLLocalDate)
  date: string;
  @Field(() => Int)
  minutes: number;
  @Field(() => Boolean)
  billable: boolean;
}

@ObjectType({ description: 'Attended and billable IOP days (H0015) in one week.' })
export class BillableWeek {
  @Field(() => GraphQLLocalDate)
  weekStart: string;
  @Field(() => Int)
  attendedDays: number;
  @Field(() => Int)
  billableDays: number;
  @Field(() => [BillableDay])
  days: BillableDay[];
}

@ObjectType({ description: 'Sessions attended and missed, this week and over the last 14 days.' })
export class AttendanceSummary {
  @Field(() => Int)
  attendedThisWeek: number;
  @Field(() => Int)
  missedThisWeek: number;
  @Field(() => Int)
  attendedLast14Days: number;
  @Field(() => Int, { description: 'Unexcused absences and no-shows (the review clock’s count).' })
  missedLast14Days: number;
}

@ObjectType({ description: 'A client below the weekly hours target in a week.' })
export class WeeklyHoursRow {
  @Field(() => ID)
  clientId: string;
  @Field(() => ID)
  episodeId: string;
  @Field(() => String)
  clientName: string;
  @Field(() => Int)
  totalMinutes: number;
  @Field(() => Int)
  targetMinutes: number;
  @Field(() => Int)
  daysAttended: number;
  @Field(() => Int)
  minimumDays: number;
}

@ObjectType({
  description: 'Clients below the weekly hours target (Rule 2), with the list behind the figure.',
})
export class BelowWeeklyHours {
  @Field(() => GraphQLLocalDate)
  weekStart: string;
  @Field(() => Int, { description: 'Clients in treatment that week.' })
  inTreatment: number;
  @Field(() => Int)
  count: number;
  @Field(() => [WeeklyHoursRow])
  clients: WeeklyHoursRow[];
}

@ObjectType({ description: 'A session you run today, with its roster to take.' })
export class TodaySession {
  @Field(() => ID)
  sessionId: string;
  /** The group met, for its waitlist (resolved through the group loaders). */
  groupId: string | null;
  @Field(() => String)
  kind: string;
  @Field(() => String)
  title: string;
  @Field(() => GraphQLDateTimeISO)
  startsAt: Date;
  @Field(() => GraphQLDateTimeISO)
  endsAt: Date;
  @Field(() => String)
  status: string;
  @Field(() => Int)
  rosterSize: number;
  @Field(() => Int)
  recordedCount: number;
}
