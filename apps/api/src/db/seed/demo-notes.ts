import type { EntityManager } from 'typeorm';
import { DEFAULT_NOTE_DUE_HOURS } from '@waypoint/domain';

/**
 * Progress notes on the demo clinic's attended group sessions, in every state: signed (most),
 * amended, waiting for a director's co-signature (the adult program asks it of CADC-II
 * counselors' recent notes), drafts still within the window, and overdue ones (a draft or none
 * at all past 72 hours). Each session with notes has its group content. Set-based, so the seed
 * stays quick; the variety comes from a hash of the session and client, the same on every run.
 */
export async function seedDemoNotes(em: EntityManager, now: Date): Promise<void> {
  await em.query(
    `INSERT INTO program_note_policy (program_id, due_hours, cosign_credentials)
     SELECT id, $1, CASE WHEN population = 'ADULT' THEN '{CADC-II}'::text[] ELSE '{}' END FROM program
     ON CONFLICT (program_id) DO NOTHING`,
    [DEFAULT_NOTE_DUE_HOURS],
  );
  await em.query(
    `WITH attended AS (
       SELECT a.session_id, a.episode_id, cs.ends_at, cs.program_id, g.name AS group_name,
         (SELECT gf.staff_id FROM group_facilitator gf WHERE gf.group_id = cs.group_id
          ORDER BY gf.staff_id LIMIT 1) AS author,
         -- Salted: the attendance seed rolls on the same pair.
         abs(hashtext('note' || a.session_id::text || a.episode_id::text)) % 100 AS roll
       FROM attendance a JOIN clinical_session cs ON cs.id = a.session_id
       JOIN therapy_group g ON g.id = cs.group_id
       WHERE a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY') AND cs.ends_at < $1
     ),
     judged AS (
       SELECT t.*, np.due_hours,
         (SELECT r.staff_id FROM staff_program_role r WHERE r.program_id = t.program_id
            AND r.role = 'DIRECTOR' ORDER BY r.staff_id LIMIT 1) AS director,
         CASE
           WHEN t.ends_at > $1::timestamptz - make_interval(hours => np.due_hours) THEN 'DRAFT'
           WHEN t.roll < 5 THEN 'DRAFT'
           WHEN st.credentials = ANY(np.cosign_credentials)
             AND t.ends_at > $1::timestamptz - interval '14 days' THEN 'PENDING_COSIGN'
           ELSE 'SIGNED' END AS status
       FROM attended t JOIN staff st ON st.id = t.author
       JOIN program_note_policy np ON np.program_id = t.program_id
       WHERE t.author IS NOT NULL
         -- Not started: half of the sessions still within the window, and a few past it.
         AND NOT (t.ends_at > $1::timestamptz - make_interval(hours => np.due_hours) AND t.roll < 50)
         AND t.roll < 97
     ),
     notes AS (
       INSERT INTO progress_note (session_id, episode_id, author_staff_id, format, sections, status,
         due_at, signed_at, cosigner_staff_id, cosigned_at, time_in, time_out, created_at, updated_at)
       SELECT j.session_id, j.episode_id, j.author,
         CASE WHEN j.roll % 3 = 0 THEN 'DAP' ELSE 'GIRP' END,
         CASE WHEN j.roll % 3 = 0 THEN jsonb_build_object(
             'data', 'Took part in ' || j.group_name || '; described ' ||
               (ARRAY['a craving at work', 'a tense weekend', 'sleeping better', 'a missed meeting'])[1 + j.roll % 4] || '.',
             'assessment', (ARRAY['Engaged and insightful.', 'Guarded but present.', 'Motivated; ambivalent about meetings.'])[1 + j.roll % 3],
             'plan', 'Practise the skill daily; review at next session.')
           ELSE jsonb_build_object(
             'goals', 'Relapse prevention: identify triggers and coping responses.',
             'intervention', 'Chain analysis and urge-surfing practice in group.',
             'response', (ARRAY['Shared openly and gave peers feedback.', 'Quiet; participated when invited.', 'Named two triggers and a plan for each.'])[1 + j.roll % 3],
             'plan', 'Continue group; practise urge surfing before the next session.') END,
         j.status, j.ends_at + make_interval(hours => j.due_hours),
         CASE WHEN j.status <> 'DRAFT' THEN j.ends_at + interval '20 hours' END,
         CASE WHEN j.status = 'SIGNED' AND st.credentials = ANY(np.cosign_credentials) THEN j.director END,
         CASE WHEN j.status = 'SIGNED' AND st.credentials = ANY(np.cosign_credentials)
           THEN j.ends_at + interval '30 hours' END,
         NULL, NULL, least($1::timestamptz, j.ends_at + interval '2 hours'),
         least($1::timestamptz, j.ends_at + interval '2 hours')
       FROM judged j JOIN staff st ON st.id = j.author
       JOIN program_note_policy np ON np.program_id = j.program_id
       RETURNING id, session_id, author_staff_id, status, signed_at
     ),
     -- A data-modifying CTE runs whether or not it is read.
     amended AS (
       INSERT INTO progress_note_amendment (note_id, author_staff_id, reason, text, created_at)
       SELECT n.id, n.author_staff_id, 'Late entry',
         'Client phoned after group to report a lapse on Saturday; safety plan reviewed.',
         n.signed_at + interval '1 day'
       FROM notes n WHERE n.status = 'SIGNED' AND abs(hashtext(n.id::text)) % 12 = 0
     )
     INSERT INTO group_note (session_id, content, author_staff_id)
     SELECT DISTINCT ON (n.session_id) n.session_id,
       'Group reviewed high-risk situations from the week; chain analysis of one member’s lapse; urge-surfing practice.',
       n.author_staff_id
     FROM notes n ORDER BY n.session_id`,
    [now],
  );
}
