/**
 * The raw floor's statements: each operation as ONE hand-written parameterised statement that
 * returns the response body as JSON text, with no authorization and no audit. What Waypoint and
 * PostGraphile are measured against.
 */
const staff = (column: string) =>
  `(SELECT json_build_object('id', s.id, 'firstName', s.first_name, 'lastName', s.last_name)
    FROM staff s WHERE s.id = ${column})`;

export const rawChartSql = `
SELECT json_build_object('id', c.id, 'firstName', c.first_name, 'lastName', c.last_name,
  'dateOfBirth', c.date_of_birth,
  'episodes', coalesce((
    SELECT json_agg(json_build_object('id', e.id, 'status', e.status, 'openedAt', e.opened_at,
        'program', json_build_object('id', p.id, 'name', p.name),
        'primaryClinician', ${staff('e.primary_clinician_id')},
        'caseManager', ${staff('e.case_manager_id')})
      ORDER BY e.opened_at DESC, e.id DESC)
    FROM episode e JOIN program p ON p.id = e.program_id WHERE e.client_id = c.id), '[]'))::text AS body
FROM client c WHERE c.id = $1`;

export const rawCaseloadSql = `
SELECT json_build_object('totalCount', (SELECT count(*) FROM client),
  'nodes', coalesce(json_agg(json_build_object('id', c.id, 'firstName', c.first_name,
    'lastName', c.last_name,
    'currentEpisode', CASE WHEN ce.id IS NOT NULL THEN json_build_object('id', ce.id,
      'status', ce.status, 'program', json_build_object('name', p.name),
      'primaryClinician', ${staff('ce.primary_clinician_id')}) END)
    ORDER BY lower(c.last_name), lower(c.first_name), c.id), '[]'))::text AS body
FROM (SELECT * FROM client ORDER BY lower(last_name), lower(first_name), id LIMIT $1) c
LEFT JOIN LATERAL (SELECT * FROM episode e WHERE e.client_id = c.id
                   ORDER BY e.opened_at DESC, e.id DESC LIMIT 1) ce ON true
LEFT JOIN program p ON p.id = ce.program_id`;
