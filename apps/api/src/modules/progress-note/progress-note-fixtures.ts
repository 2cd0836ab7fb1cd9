import type { DataSource } from 'typeorm';

/** A HELD one-hour individual session of the episode, run by the harness's clinician, `hoursAgo`. */
export async function individualSession(
  ds: DataSource,
  h: { clinicianStaff: { id: string }; program: { id: string } },
  episodeId: string,
  hoursAgo = 2,
) {
  const starts = new Date(Date.now() - hoursAgo * 3_600_000);
  const [{ id }] = await ds.query<[{ id: string }]>(
    `INSERT INTO clinical_session (created_by_staff_id, updated_by_staff_id, program_id, kind, episode_id,
       starts_at, ends_at, status, modality)
     VALUES ($1, $1, $2, 'INDIVIDUAL', $3, $4, $5, 'HELD', 'IN_PERSON') RETURNING id`,
    [h.clinicianStaff.id, h.program.id, episodeId, starts, new Date(starts.getTime() + 3_600_000)],
  );
  return id;
}
