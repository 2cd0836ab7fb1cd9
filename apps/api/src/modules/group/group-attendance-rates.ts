import DataLoader from 'dataloader';
import { ATTENDANCE_STATUSES, isAttended } from '@waypoint/domain';
import type { DataSource } from 'typeorm';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

@ObjectType({ description: 'How one week of a group’s sessions was attended.' })
export class GroupWeekAttendance {
  @Field(() => GraphQLLocalDate, { description: 'Monday of the week, in the program’s zone.' })
  weekStart: string;

  @Field(() => Int, { description: 'Sessions that took place (not cancelled).' })
  sessions: number;

  @Field(() => Int, { description: 'Attendance taken: one per member per session.' })
  recorded: number;

  @Field(() => Int, { description: 'Of those, present, late or left early.' })
  attended: number;

  @Field(() => Float, {
    nullable: true,
    description: 'attended / recorded; null when no attendance was taken that week.',
  })
  rate: number | null;
}

/** Statuses that count as attending (the domain's isAttended), for SQL. */
const ATTENDED = ATTENDANCE_STATUSES.filter(isAttended);

/**
 * Per request, batched over the groups asked: the last `weeks` ISO weeks (the current one
 * included) of each group, in the program's time zone, with sessions held and the share of
 * attendance that was attended. Aggregates only: no client is named, as for the group's fill.
 */
export function createGroupAttendanceLoader(ds: DataSource, now = () => new Date()) {
  return new DataLoader<string, GroupWeekAttendance[], string>(async (keys) => {
    const asked = keys.map((k) => {
      const [groupId, weeks] = k.split('|');
      return { groupId: groupId!, weeks: Number(weeks) };
    });
    // One row of weeks per group, however many lengths were asked, so no week counts twice.
    const longest = new Map<string, number>();
    for (const a of asked) longest.set(a.groupId, Math.max(a.weeks, longest.get(a.groupId) ?? 0));
    const rows = await ds.query<(GroupWeekAttendance & { groupId: string })[]>(
      `WITH asked AS (
         SELECT a.group_id, a.weeks, g.program_id, pr.time_zone,
           date_trunc('week', ($3::timestamptz AT TIME ZONE pr.time_zone))::date AS this_monday
         FROM unnest($1::uuid[], $2::int[]) AS a(group_id, weeks)
         JOIN therapy_group g ON g.id = a.group_id JOIN program pr ON pr.id = g.program_id
       ),
       week AS (
         SELECT a.group_id, a.time_zone, (a.this_monday - 7 * w)::date AS week_start
         FROM asked a, generate_series(0, a.weeks - 1) AS w
       ),
       held AS (
         SELECT w.group_id, w.week_start, s.id AS session_id
         FROM week w JOIN clinical_session s ON s.group_id = w.group_id AND s.status <> 'CANCELLED'
           AND (s.starts_at AT TIME ZONE w.time_zone)::date BETWEEN w.week_start AND w.week_start + 6
           AND s.starts_at <= $3
       )
       SELECT w.group_id AS "groupId", to_char(w.week_start, 'YYYY-MM-DD') AS "weekStart",
         count(DISTINCT h.session_id)::int AS sessions,
         count(at.id)::int AS recorded,
         count(at.id) FILTER (WHERE at.status = ANY($4::text[]))::int AS attended
       FROM week w
       LEFT JOIN held h ON h.group_id = w.group_id AND h.week_start = w.week_start
       LEFT JOIN attendance at ON at.session_id = h.session_id
       GROUP BY w.group_id, w.week_start
       ORDER BY w.group_id, w.week_start DESC`,
      [[...longest.keys()], [...longest.values()], now(), ATTENDED],
    );
    return asked.map((a) =>
      rows
        .filter((r) => r.groupId === a.groupId)
        .slice(0, a.weeks)
        .map(({ groupId: _groupId, ...r }) => ({
          ...r,
          rate: r.recorded ? r.attended / r.recorded : null,
        })),
    );
  });
}
