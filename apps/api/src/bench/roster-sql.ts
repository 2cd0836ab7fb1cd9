/**
 * The raw floor's statements for a group session's roster, written by hand apart from the
 * attendance service's SQL: the roster read (members on the session's date, with attendance or
 * its default) and the roster save, each ONE statement with no authorization and no audit.
 */

/** Members of the session `s`: enrolled on its date (never the waitlist), or already recorded. */
const MEMBERS = `
  SELECT en.episode_id FROM group_enrollment en JOIN s ON en.group_id = s.group_id
  WHERE en.status <> 'WAITLISTED' AND en.starts_on <= s.occurrence_date
    AND (en.ends_on IS NULL OR en.ends_on >= s.occurrence_date)
  UNION SELECT a.episode_id FROM attendance a JOIN s ON a.session_id = s.id`;

/** $1 session id: the roster, by last name, first name. */
export const rawRosterSql = `
WITH s AS (
  SELECT cs.id, cs.group_id, cs.occurrence_date,
    floor(extract(epoch FROM cs.ends_at - cs.starts_at) / 60)::int AS length
  FROM clinical_session cs WHERE cs.id = $1),
members AS (${MEMBERS})
SELECT json_build_object('sessionMinutes', (SELECT length FROM s), 'entries', coalesce(json_agg(
    json_build_object('episodeId', e.id,
      'clientName', coalesce(nullif(trim(c.preferred_name), ''), c.first_name) || ' ' || c.last_name,
      'status', coalesce(a.status, 'PRESENT'), 'minutes', coalesce(a.minutes, (SELECT length FROM s)),
      'recorded', a.id IS NOT NULL, 'version', a.version)
    ORDER BY lower(c.last_name), lower(c.first_name), e.id), '[]'))::text AS body
FROM members m JOIN episode e ON e.id = m.episode_id JOIN client c ON c.id = e.client_id
LEFT JOIN attendance a ON a.session_id = $1 AND a.episode_id = e.id`;

/**
 * $1 session id, $2 episode ids, $3 statuses, $4 minutes, $5 versions read (null: none yet),
 * $6 who records: the whole roster saved, or nothing when any version is stale. Answers whether
 * it saved and each entry as it now stands.
 */
export const rawRosterSaveSql = `
WITH v AS (
  SELECT * FROM unnest($2::uuid[], $3::text[], $4::int[], $5::int[]) AS v(episode_id, status, minutes, version)),
cur AS (
  SELECT a.episode_id, a.status, a.minutes, a.version FROM attendance a
  WHERE a.session_id = $1 AND a.episode_id = ANY($2::uuid[]) FOR UPDATE),
stale AS (
  SELECT 1 FROM v LEFT JOIN cur ON cur.episode_id = v.episode_id
  WHERE cur.version IS DISTINCT FROM v.version),
saved AS (
  INSERT INTO attendance (session_id, episode_id, client_id, status, minutes, recorded_by_id, recorded_at)
  SELECT $1, v.episode_id, e.client_id, v.status, v.minutes, $6, now()
  FROM v JOIN episode e ON e.id = v.episode_id WHERE NOT EXISTS (SELECT 1 FROM stale)
  ON CONFLICT (session_id, episode_id) DO UPDATE SET status = excluded.status,
    minutes = excluded.minutes, absence_reason = excluded.absence_reason,
    recorded_by_id = excluded.recorded_by_id, recorded_at = now(),
    version = attendance.version + 1, updated_at = now()
  RETURNING episode_id, status, minutes, version),
held AS (
  UPDATE clinical_session SET status = 'HELD', version = version + 1, updated_at = now(),
    updated_by_staff_id = $6
  WHERE id = $1 AND status IN ('SCHEDULED', 'NO_SHOW') AND NOT EXISTS (SELECT 1 FROM stale))
SELECT json_build_object('saved', NOT EXISTS (SELECT 1 FROM stale), 'entries', coalesce((
  SELECT json_agg(json_build_object('episodeId', x.episode_id, 'status', x.status,
      'minutes', x.minutes, 'version', x.version) ORDER BY x.episode_id)
  FROM (SELECT * FROM saved
        UNION ALL SELECT * FROM cur WHERE EXISTS (SELECT 1 FROM stale)) x), '[]'))::text AS body`;

/** The raw floor's parameters of a save, from the body a lane sends to POST /roster-save. */
export const rawRosterSaveParams = (v: Record<string, unknown>): unknown[] => [
  v.sessionId,
  v.episodeIds,
  v.statuses,
  v.minutes,
  v.versions,
  v.recordedBy,
];
