import type { DataSource } from 'typeorm';

/**
 * Groups and sessions for attendance tests, written directly (the groups module owns their
 * operations; these tests need only the rows).
 */
export async function createTestGroup(
  ds: DataSource,
  programId: string,
  staffId: string,
  facilitatorIds: readonly string[],
  name = 'Relapse prevention',
): Promise<string> {
  const [{ id }] = await ds.query<[{ id: string }]>(
    `INSERT INTO therapy_group (created_by_staff_id, updated_by_staff_id, program_id, name, format, topic,
       capacity, enrollment_mode, starts_on, weekdays, start_time, end_time)
     VALUES ($1, $1, $2, $3, 'PROCESS', 'RELAPSE_PREVENTION', 12, 'OPEN', current_date - 120,
       '{1,3,5}', '09:00', '12:00') RETURNING id`,
    [staffId, programId, name],
  );
  if (facilitatorIds.length) {
    await ds.query(
      `INSERT INTO group_facilitator (group_id, staff_id) SELECT $1, unnest($2::uuid[])`,
      [id, facilitatorIds],
    );
  }
  return id;
}

export async function enrol(
  ds: DataSource,
  groupId: string,
  staffId: string,
  episodes: readonly { id: string; clientId: string }[],
  status = 'ACTIVE',
): Promise<void> {
  await ds.query(
    `INSERT INTO group_enrollment (created_by_staff_id, updated_by_staff_id, group_id, client_id, episode_id, status, starts_on)
     SELECT $1, $1, $2, c, e, $5, current_date - 100 FROM unnest($3::uuid[], $4::uuid[]) AS t(c, e)`,
    [staffId, groupId, episodes.map((e) => e.clientId), episodes.map((e) => e.id), status],
  );
}

/** A group session starting at `startsAt`, `minutes` long, dated on its UTC date. */
export async function createGroupSession(
  ds: DataSource,
  programId: string,
  groupId: string,
  staffId: string,
  startsAt: Date,
  minutes = 180,
): Promise<string> {
  const [{ id }] = await ds.query<[{ id: string }]>(
    `INSERT INTO clinical_session (created_by_staff_id, updated_by_staff_id, program_id, kind, group_id,
       occurrence_date, starts_at, ends_at, status, modality)
     VALUES ($1, $1, $2, 'GROUP', $3, ($4::timestamptz AT TIME ZONE 'UTC')::date, $4, $5, 'SCHEDULED', 'IN_PERSON')
     RETURNING id`,
    [staffId, programId, groupId, startsAt, new Date(startsAt.getTime() + minutes * 60_000)],
  );
  return id;
}
