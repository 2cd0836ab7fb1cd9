import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  INSTRUMENTS,
  screenStatus,
  scoreMeasure,
  statusesInPhase,
  type AnalyteLine,
  type EpisodeStatus,
  type MeasureInstrument,
} from '@waypoint/domain';
import { Rng } from './random.js';

/**
 * Measures and drug screens for the demo clinic's clients in treatment: PHQ-9 and GAD-7 series
 * that improve, stall and worsen (scored by the domain, as the API would), a BAM a month, one
 * PHQ-9 with item 9 above 0 and its safety follow-up (and one still waiting for it), and weekly
 * screens with unexpected positives, prescribed (expected) buprenorphine and pending lab panels.
 * Built in memory and inserted in a few statements, so it adds little to the seed's time.
 */
interface EpisodeFacts {
  id: string;
  status: EpisodeStatus;
  admittedAt: Date | null;
  dischargedAt: Date | null;
  primaryClinicianId: string | null;
}

const DAY = 86_400_000;
const SERIES = {
  improve: [18, 15, 12, 9, 7, 5, 4],
  stall: [13, 12, 13, 12, 12, 13, 12],
  worsen: [6, 8, 10, 12, 15, 16, 17],
} as const;
type Course = keyof typeof SERIES;
const COURSES: Course[] = ['improve', 'stall', 'worsen'];

/** Item answers (each 0–3) that sum to `total`, spread from the first item; item 9 as given. */
function answersFor(count: number, total: number, item9 = 0): Record<string, number> {
  const answers: Record<string, number> = {};
  let left = total - item9;
  for (let i = 1; i <= count; i++) {
    const v = i === 9 && count === 9 ? item9 : Math.max(0, Math.min(3, left));
    answers[String(i)] = v;
    if (!(i === 9 && count === 9)) left -= v;
  }
  return answers;
}

function bamAnswers(course: Course, step: number, rng: Rng): Record<string, number> {
  const use =
    course === 'worsen' ? Math.min(4, 1 + step) : course === 'improve' ? Math.max(0, 3 - step) : 2;
  const a: Record<string, number> = {};
  for (const k of ['1', '2', '3', '8', '11', '15'])
    a[k] = Math.max(0, Math.min(4, use + rng.int(-1, 1)));
  for (const k of ['4', '5', '6']) a[k] = Math.max(0, Math.min(4, use + rng.int(-1, 0)));
  for (const k of ['9', '10', '12', '13', '16'])
    a[k] = Math.max(0, Math.min(4, 4 - use + rng.int(-1, 0)));
  a['14'] = rng.chance(0.6) ? 4 : 0;
  a['17'] = rng.int(1, 3);
  return a;
}

export async function seedDemoMeasures(
  em: EntityManager,
  episodes: readonly EpisodeFacts[],
  now: Date,
): Promise<void> {
  const rng = new Rng(1_202_612);
  const inTreatment = statusesInPhase('IN_TREATMENT');
  const treated = episodes.filter(
    (e) => inTreatment.includes(e.status) && e.admittedAt && e.primaryClinicianId,
  );
  // Ended stays had their measures and screens while in treatment, up to the discharge: the
  // outcome figures compare a stay's first totals with its last ones. Their own generator keeps
  // the series of the clients in treatment as they were.
  const ended = episodes.filter((e) => e.dischargedAt && e.admittedAt && e.primaryClinicianId);
  const endedRng = new Rng(2_612_120);
  const assessments: Record<string, unknown>[] = [];
  const followUps: Record<string, unknown>[] = [];
  const screens: Record<string, unknown>[] = [];
  let safetyShown = 0;

  const stays = [
    ...treated.map((episode) => ({ episode, until: now, random: rng })),
    ...ended.map((episode) => ({ episode, until: episode.dischargedAt!, random: endedRng })),
  ];
  stays.forEach(({ episode, until, random }, index) => {
    const course = COURSES[index % COURSES.length]!;
    const admitted = episode.admittedAt!.getTime();
    const staff = episode.primaryClinicianId!;
    const at = (days: number) => new Date(admitted + days * DAY + 10 * 3_600_000);
    const give = (instrument: MeasureInstrument, when: Date, answers: Record<string, number>) => {
      const score = scoreMeasure(instrument, answers);
      const id = randomUUID();
      assessments.push({
        id,
        episode_id: episode.id,
        instrument,
        instrument_version: INSTRUMENTS[instrument].version,
        answers: JSON.stringify(answers),
        administered_at: when,
        administered_by_staff_id: staff,
        score_status: score.status,
        total_score: score.total,
        severity_band: score.band,
        subscales: instrument === 'BAM' ? JSON.stringify(score.subscales) : null,
        flags: score.flags,
      });
      return { id, score };
    };

    // Every 14 days from two days after admission, up to now or the discharge.
    for (let step = 0; step < SERIES[course].length; step++) {
      const when = at(2 + 14 * step);
      if (when.getTime() > until.getTime()) break;
      const total = SERIES[course][step]!;
      const last = at(2 + 14 * (step + 1)).getTime() > until.getTime();
      // The last PHQ-9 of two worsening clients answers item 9: one followed up, one waiting.
      const item9 = course === 'worsen' && last && safetyShown < 2 && until === now ? 1 : 0;
      const phq = give('PHQ9', when, answersFor(9, total, item9));
      if (item9) {
        if (safetyShown === 0) {
          followUps.push({
            id: randomUUID(),
            assessment_id: phq.id,
            episode_id: episode.id,
            risk_level: 'LOW',
            risk_assessment:
              'Passive thoughts of not waking up; no plan, no intent, no means at home.',
            plan: 'Safety plan reviewed and signed; crisis line in phone; check-in call Friday.',
            who_was_told: 'Clinical director, same day',
            recorded_by_staff_id: staff,
            recorded_at: new Date(when.getTime() + 2 * 3_600_000),
          });
        }
        safetyShown++;
      }
      give('GAD7', new Date(when.getTime() + 15 * 60_000), answersFor(7, Math.round(total * 0.7)));
      if (step % 2 === 0)
        give('BAM', new Date(when.getTime() + 30 * 60_000), bamAnswers(course, step, random));
    }

    // A screen a week from day 1; some clients take prescribed buprenorphine.
    const prescribed = index % 5 === 0;
    for (let day = 1; at(day).getTime() <= until.getTime(); day += 7) {
      const when = at(day);
      const latest = at(day + 7).getTime() > until.getTime();
      const lab = latest && index % 4 === 1 && until === now; // pending: still in treatment
      const positive = course === 'worsen' && random.chance(0.35);
      const panel: AnalyteLine[] = [
        { analyte: 'OPIATES', result: lab ? 'PENDING' : 'NEGATIVE', expected: false },
        { analyte: 'FENTANYL', result: lab ? 'PENDING' : 'NEGATIVE', expected: false },
        { analyte: 'COCAINE', result: positive ? 'POSITIVE' : 'NEGATIVE', expected: false },
        { analyte: 'METHAMPHETAMINE', result: 'NEGATIVE', expected: false },
        { analyte: 'MARIJUANA', result: 'NEGATIVE', expected: false },
        { analyte: 'BENZODIAZEPINES', result: 'NEGATIVE', expected: false },
        ...(prescribed
          ? [{ analyte: 'BUPRENORPHINE' as const, result: 'POSITIVE' as const, expected: true }]
          : []),
      ];
      const status = screenStatus(panel);
      screens.push({
        id: randomUUID(),
        episode_id: episode.id,
        collected_at: when,
        method: lab ? 'LAB' : 'POINT_OF_CARE_CUP',
        observed: random.chance(0.7),
        panel: JSON.stringify(panel),
        status,
        unexpected_positive_at: status === 'UNEXPECTED_POSITIVE' ? when : null,
        random_pick: random.chance(0.2),
        recorded_by_staff_id: staff,
      });
    }
  });

  await insertRows(em, 'assessment', assessments);
  await insertRows(em, 'safety_follow_up', followUps);
  await insertRows(em, 'drug_screen', screens);
}

/** One INSERT per 500 rows, from each row's own columns (all rows of a table share them). */
async function insertRows(
  em: EntityManager,
  table: string,
  rows: readonly Record<string, unknown>[],
) {
  const columns = Object.keys(rows[0] ?? {});
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const values: unknown[] = [];
    const tuples = batch.map(
      (row) => `(${columns.map((c) => `$${values.push(row[c])}`).join(', ')})`,
    );
    await em.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
}
