import type { EntityManager } from 'typeorm';
import {
  admissionReadiness,
  localDate,
  type AdmissionFacts,
  type AdmissionReadiness,
  type IntakeInstrument,
  type StaffRole,
} from '@waypoint/domain';
import type { Episode } from './episode.entity.js';

type AssessmentRow = { id: string; instrument: IntakeInstrument; answers: Record<string, unknown> };

interface AdmissionRecords {
  dateOfBirth: string;
  timeZone: string;
  minAge: number | null;
  maxAge: number | null;
  assessments: AssessmentRow[];
}

/** What an admission is judged on, read in the deciding transaction (one round trip). */
export async function admissionRecords(
  tx: EntityManager,
  episode: Pick<Episode, 'id' | 'clientId' | 'programId'>,
): Promise<AdmissionRecords> {
  const [row] = await tx.query<AdmissionRecords[]>(
    `SELECT c.date_of_birth::text AS "dateOfBirth", p.time_zone AS "timeZone",
       p.min_age AS "minAge", p.max_age AS "maxAge",
       coalesce((SELECT json_agg(json_build_object('id', a.id, 'instrument', a.instrument, 'answers', a.answers)
                 ORDER BY a.administered_at DESC, a.id DESC)
               FROM assessment a WHERE a.episode_id = $1), '[]') AS assessments
     FROM client c, program p WHERE c.id = $2 AND p.id = $3`,
    [episode.id, episode.clientId, episode.programId],
  );
  return row!;
}

/** The domain's admission rule applied to the records, on the program's today. */
export function judgeAdmission(
  records: AdmissionRecords,
  roles: readonly StaffRole[],
  ageOverrideReason: string | null | undefined,
  now = new Date(),
): AdmissionReadiness<AssessmentRow> & { admissionDate: string } {
  const admissionDate = localDate(now, records.timeZone);
  const facts: AdmissionFacts<AssessmentRow> = {
    roles,
    assessments: records.assessments,
    dateOfBirth: records.dateOfBirth,
    admissionDate,
    ageRange: { minAge: records.minAge, maxAge: records.maxAge },
    ageOverrideReason,
  };
  return { ...admissionReadiness(facts), admissionDate };
}
