import type { EntityManager } from 'typeorm';
import { INSTRUMENTS, scoreMeasure } from '@waypoint/domain';

/**
 * Discharges for every demo episode that has ended treatment: an aftercare plan and weekly or
 * biweekly follow-ups for planned discharges, the attempt to reach the client for those who left,
 * a summary (most signed). Follow-ups already due are recorded in three kinds of series — staying
 * in recovery, a lapse, and becoming unreachable (flagged for outreach) — with a BAM at each
 * contact that reached the client. Set-based: a handful of statements.
 */
/**
 * Each planned discharge's follow-up series (0 recovery, 1 lapse, 2 lost), dealt in turn from the
 * oldest, so every kind has a long series whatever ids the clinic drew.
 */
const SERIES_KIND = `SELECT id, (row_number() OVER (ORDER BY first_follow_up_on, episode_id) - 1) % 3 AS kind
  FROM discharge WHERE follow_up_cadence IS NOT NULL`;

export async function seedDemoDischarges(em: EntityManager, now: Date): Promise<void> {
  await em.query(
    `INSERT INTO discharge (episode_id, client_id, discharge_type, reason, discharged_at,
       aftercare_plan, attempted_contact, follow_up_cadence, follow_up_period_days,
       first_follow_up_on, follow_up_ends_on, summary, summary_signed_at, summary_signed_by_id,
       created_by_id)
     SELECT e.id, e.client_id, e.discharge_type, coalesce(e.discharge_reason, 'Discharged'),
       e.discharged_at,
       CASE WHEN NOT x.left_ THEN jsonb_build_object(
         'triggers', jsonb_build_array('Payday weekends with my old friends', 'When I can''t sleep and start thinking about using'),
         'copingSteps', jsonb_build_array('Call my sponsor before I go out', 'Walk around the block and text my sister'),
         'crisisPlan', 'Call 988 or the program line; go to the county crisis centre if I feel unsafe.',
         'crisisContacts', jsonb_build_array(jsonb_build_object('name', 'Sister', 'phone', '555-0142')),
         'mutualSupportMeetings', jsonb_build_array('SMART Recovery, Tuesdays 18:00, Cedar library'),
         'medicationContinuity', 'No medication-assisted treatment',
         'referralIds', '[]'::jsonb) END,
       CASE WHEN x.left_ THEN jsonb_build_object('attemptedAt', e.discharged_at, 'method', 'PHONE',
         'note', 'Called twice and left voicemails; a letter was sent to the last address.') END,
       CASE WHEN x.left_ THEN NULL WHEN x.biweekly THEN 'BIWEEKLY' ELSE 'WEEKLY' END, 90,
       CASE WHEN NOT x.left_ THEN x.discharged_on + CASE WHEN x.biweekly THEN 14 ELSE 7 END END,
       x.discharged_on + 90,
       jsonb_build_object(
         'courseOfTreatment', 'Admitted ' || coalesce(to_char(e.admitted_at, 'YYYY-MM-DD'), 'earlier') ||
           ', discharged ' || x.discharged_on || '. ' || coalesce(e.discharge_reason, ''),
         'progressByProblem', 'Substance use: cravings lower; uses the coping plan most weeks.',
         'measures', 'PHQ-9 and GAD-7 lower than at admission.',
         'lastScreens', 'Last screens negative.',
         'attendance', 'Attended most scheduled groups.',
         'levelOfCare', 'ASAM level ' || coalesce(e.level_of_care, '2.1') || ' at discharge.',
         'recommendations', CASE WHEN x.left_ THEN 'Re-engage if the client calls; the door stays open.'
           ELSE 'Weekly mutual-support meetings; outpatient counselling every two weeks.' END),
       CASE WHEN x.signed THEN e.discharged_at + interval '1 day' END,
       CASE WHEN x.signed THEN x.staff_id END, x.staff_id
     FROM episode e
     CROSS JOIN LATERAL (SELECT
       e.discharge_type IN ('AMA', 'LOST_CONTACT', 'ADMINISTRATIVE') AS left_,
       abs(hashtext(e.id::text)) % 2 = 0 AS biweekly,
       abs(hashtext(e.id::text)) % 5 <> 0 AS signed,
       (e.discharged_at AT TIME ZONE (SELECT time_zone FROM program WHERE id = e.program_id))::date AS discharged_on,
       coalesce(e.case_manager_id, e.primary_clinician_id,
         (SELECT r.staff_id FROM staff_program_role r WHERE r.program_id = e.program_id LIMIT 1)) AS staff_id) x
     WHERE e.status IN ('DISCHARGED', 'FOLLOW_UP', 'CLOSED') AND e.discharge_type IS NOT NULL
       AND e.discharged_at IS NOT NULL AND x.staff_id IS NOT NULL
     ON CONFLICT (episode_id) DO NOTHING`,
  );
  // The schedule; contacts already due are recorded by series kind (0 recovery, 1 lapse, 2 lost).
  await em.query(
    `INSERT INTO follow_up_contact (discharge_id, episode_id, client_id, due_on, status, method,
       outcome, note, recorded_at, recorded_by_id)
     SELECT d.id, d.episode_id, d.client_id, s.due_on,
       CASE WHEN s.due_on >= $1::date THEN 'SCHEDULED'
         WHEN k.kind = 2 AND s.n > 1 THEN (CASE WHEN s.n % 2 = 0 THEN 'MISSED' ELSE 'ATTEMPTED' END)
         ELSE 'DONE' END,
       CASE WHEN s.due_on >= $1::date OR (k.kind = 2 AND s.n > 1 AND s.n % 2 = 0) THEN NULL
         WHEN s.n % 3 = 0 THEN 'VIDEO' ELSE 'PHONE' END,
       CASE WHEN s.due_on >= $1::date THEN NULL
         WHEN k.kind = 2 AND s.n > 1 THEN 'UNREACHABLE'
         WHEN k.kind = 1 AND s.n IN (3, 4) THEN 'USING' ELSE 'IN_RECOVERY' END,
       CASE WHEN s.due_on >= $1::date THEN ''
         WHEN k.kind = 2 AND s.n > 1 THEN 'No answer; voicemail left.'
         WHEN k.kind = 1 AND s.n IN (3, 4) THEN 'Drank over the weekend; back at meetings this week.'
         ELSE 'Going to meetings; working.' END,
       CASE WHEN s.due_on < $1::date THEN s.due_on + time '15:00' END,
       CASE WHEN s.due_on < $1::date THEN d.created_by_id END
     FROM discharge d
     JOIN (${SERIES_KIND}) k ON k.id = d.id
     CROSS JOIN LATERAL (
       SELECT n, d.first_follow_up_on + (n - 1) * CASE d.follow_up_cadence WHEN 'BIWEEKLY' THEN 14 ELSE 7 END AS due_on
       FROM generate_series(1, 13) n) s
     WHERE d.follow_up_cadence IS NOT NULL AND s.due_on <= d.follow_up_ends_on
     ON CONFLICT (episode_id, due_on) DO NOTHING`,
    [now.toISOString().slice(0, 10)],
  );
  await em.query(
    `UPDATE discharge d SET outreach_flagged_at = now()
     WHERE d.id IN (SELECT id FROM (${SERIES_KIND}) k WHERE k.kind = 2)
       AND (SELECT count(*) FROM follow_up_contact f WHERE f.discharge_id = d.id
              AND f.status IN ('MISSED', 'ATTEMPTED')) >= 3`,
  );
  // A BAM at every contact that reached the client, scored by the domain as the API scores it.
  const reached = await em.query<
    { id: string; episodeId: string; at: Date; staffId: string; using: boolean }[]
  >(
    `SELECT f.id, f.episode_id AS "episodeId", f.recorded_at AS at, f.recorded_by_id AS "staffId",
       f.outcome = 'USING' AS using
     FROM follow_up_contact f WHERE f.status = 'DONE' AND f.bam_assessment_id IS NULL`,
  );
  if (!reached.length) return;
  const answersFor = (using: boolean) => {
    const a: Record<string, number> = {};
    for (const item of INSTRUMENTS.BAM.items) if (item.required) a[item.key] = 1;
    Object.assign(a, using ? { '4': 2, '5': 1, '6': 0 } : { '4': 0, '5': 0, '6': 0 }, { '14': 4 });
    return a;
  };
  const scored = reached.map((r) => {
    const answers = answersFor(r.using);
    return { r, answers, score: scoreMeasure('BAM', answers) };
  });
  await em.query(
    `WITH bam AS (
       INSERT INTO assessment (episode_id, instrument, instrument_version, answers, administered_at,
         administered_by_staff_id, score_status, subscales, flags)
       SELECT f.episode_id, 'BAM', $2, f.answers, f.at, f.staff_id, f.status, f.subscales, '{}'
       FROM jsonb_to_recordset($1::jsonb) AS f(follow_up_id uuid, episode_id uuid, answers jsonb,
         at timestamptz, staff_id uuid, status text, subscales jsonb)
       RETURNING id, episode_id, administered_at
     )
     UPDATE follow_up_contact c SET bam_assessment_id = bam.id
     FROM bam WHERE c.episode_id = bam.episode_id AND c.recorded_at = bam.administered_at
       AND c.status = 'DONE'`,
    [
      JSON.stringify(
        scored.map(({ r, answers, score }) => ({
          follow_up_id: r.id,
          episode_id: r.episodeId,
          answers,
          at: r.at,
          staff_id: r.staffId,
          status: score.status,
          subscales: score.subscales,
        })),
      ),
      INSTRUMENTS.BAM.version,
    ],
  );
}
