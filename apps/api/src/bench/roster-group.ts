import type { DataSource } from 'typeorm';
import type { RosterBenchInputs } from './roster-operations.js';

/**
 * The benchmark's rosters on the scale clinic. The read: the program's group session with the
 * most attendance recorded. The saves: a group of its own ("Bench roster") whose members are `size`
 * clients in treatment (not the clients the chart and hours reads ask for), and sessions made on
 * demand on days long before the clinic's history, so that saving them changes no figure another
 * operation reads (no week of an hours chart, no review clock: only PRESENT and LATE are saved).
 */
export async function prepareRosterBench(
  owner: DataSource,
  args: { programId: string; directorId: string; size: number; otherClientIds: string[] },
): Promise<RosterBenchInputs> {
  const [{ id: readSessionId }] = await owner.query<[{ id: string }]>(
    `SELECT a.session_id AS id FROM attendance a JOIN clinical_session cs ON cs.id = a.session_id
     WHERE cs.program_id = $1 GROUP BY a.session_id ORDER BY count(*) DESC, a.session_id LIMIT 1`,
    [args.programId],
  );
  const [{ id: groupId }] = await owner.query<[{ id: string }]>(
    `INSERT INTO therapy_group (program_id, name, format, topic, capacity, location, enrollment_mode,
       starts_on, weekdays, start_time, end_time, created_by_staff_id, updated_by_staff_id)
     VALUES ($1, 'Bench roster', 'PROCESS', 'OTHER', $3, 'Group room 1', 'OPEN',
       (now() - interval '6 years')::date, '{1,2,3,4,5,6,7}', '09:00', '12:00', $2, $2)
     RETURNING id`,
    [args.programId, args.directorId, args.size],
  );
  await owner.query(`INSERT INTO group_facilitator (group_id, staff_id) VALUES ($1, $2)`, [
    groupId,
    args.directorId,
  ]);
  const members = await owner.query<{ episode_id: string }[]>(
    `INSERT INTO group_enrollment (group_id, client_id, episode_id, status, starts_on,
       created_by_staff_id, updated_by_staff_id)
     SELECT $1, e.client_id, e.id, 'ACTIVE', (now() - interval '6 years')::date, $3, $3
     FROM episode e WHERE e.program_id = $2 AND e.status = 'ACTIVE' AND e.discharged_at IS NULL
       AND e.client_id <> ALL($4::uuid[])
     ORDER BY e.id LIMIT $5
     RETURNING episode_id`,
    [groupId, args.programId, args.directorId, args.otherClientIds, args.size],
  );
  if (members.length !== args.size) {
    throw new Error(`the roster benchmark needs ${args.size} clients in treatment`);
  }
  let made = 0;
  return {
    readSessionId,
    recordedBy: args.directorId,
    memberEpisodeIds: members.map((m) => m.episode_id),
    // One session a day (a group meets once a date), counting forward from five years ago.
    async newSessions(count) {
      const from = made;
      made += count;
      const rows = await owner.query<{ id: string }[]>(
        `INSERT INTO clinical_session (program_id, kind, group_id, occurrence_date, starts_at, ends_at,
           status, modality, location, created_by_staff_id, updated_by_staff_id)
         SELECT g.program_id, 'GROUP', g.id, d, (d + g.start_time) AT TIME ZONE p.time_zone,
           (d + g.end_time) AT TIME ZONE p.time_zone, 'SCHEDULED', 'IN_PERSON', g.location, $4, $4
         FROM therapy_group g JOIN program p ON p.id = g.program_id
         CROSS JOIN LATERAL (SELECT (now() - interval '5 years')::date + n AS d
                             FROM generate_series($2::int, $3::int - 1) n) day
         WHERE g.id = $1 ORDER BY d RETURNING id`,
        [groupId, from, made, args.directorId],
      );
      return rows.map((r) => r.id);
    },
  };
}
