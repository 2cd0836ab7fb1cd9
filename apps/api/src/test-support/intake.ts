import type { DataSource } from 'typeorm';
import { createTestClient } from '../testing/factories.js';
import type { Caller } from './test-server.js';

/** A complete bio-psycho-social summary. */
export const BPS = {
  presentingProblems: 'Drinking daily since losing work in spring',
  substanceUseHistory: 'Alcohol since 17; two prior detox stays',
  strengths: '"My sister has my back"',
  problemAreas: '"I can\'t sleep without a drink"',
};

/** A complete ASAM rating recommending `recommendedLevel`. */
export const asamAnswers = (recommendedLevel = '2.1') => ({
  d1: 1,
  d2: 0,
  d3: 2,
  d4: 2,
  d5: 3,
  d6: 1,
  recommendedLevel,
});

export function recordAssessment(
  caller: Caller,
  episodeId: string,
  instrument: 'INTAKE_BPS' | 'ASAM',
  answers: object,
) {
  return caller.gql<{
    recordAssessment: { id: string; instrument: string; administeredBy: { id: string } };
  }>(
    `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id instrument instrumentVersion answers administeredBy { id } } }`,
    { input: { episodeId, instrument, answers } },
  );
}

/** An ISO date `years` whole years and `days` days before today (UTC). */
export function bornYearsAgo(years: number, days = 30): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * A client in ASSESSMENT with a primary (assessing) clinician and, unless told otherwise, a
 * complete BPS and ASAM on file: ready for a clinician to admit.
 */
export async function clientInAssessment(
  ds: DataSource,
  opts: {
    programId: string;
    clinicianId: string;
    dateOfBirth?: string;
    bps?: boolean;
    asamLevel?: string | null;
  },
) {
  const { client, episode } = await createTestClient(
    ds,
    { programId: opts.programId, status: 'ASSESSMENT', primaryClinicianId: opts.clinicianId },
    opts.dateOfBirth ? { dateOfBirth: opts.dateOfBirth } : {},
  );
  const insert = (instrument: string, answers: object) =>
    ds.query(
      `INSERT INTO assessment (episode_id, instrument, instrument_version, answers, administered_by_staff_id)
       VALUES ($1, $2, '1', $3, $4)`,
      [episode.id, instrument, JSON.stringify(answers), opts.clinicianId],
    );
  if (opts.bps !== false) await insert('INTAKE_BPS', BPS);
  if (opts.asamLevel !== null) await insert('ASAM', asamAnswers(opts.asamLevel ?? '2.1'));
  return { client, episode };
}

/**
 * A surname nobody else in the shared test database has. Letters only: names are compared with
 * everything but letters removed, so digits would not tell two people apart.
 */
export function uniqueSurname(prefix: string): string {
  const letters = Array.from({ length: 10 }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join('');
  return `${prefix} ${letters}`;
}
