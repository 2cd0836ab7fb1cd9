import { ASAM_LEVELS, isAsamLevel } from '../episode/level-of-care.js';
import type { StaffRole } from '../staff/staff-role.js';

/**
 * The intake assessment: a bio-psycho-social summary (problem areas and strengths in the client's
 * own words) and the ASAM criteria's six dimensions, each rated 0 (no risk) to 4 (severe).
 * Validation here is shared by the API (which stores answers) and the web forms.
 */
export const ASAM_DIMENSIONS = [
  { key: 'd1', label: 'Acute intoxication and/or withdrawal potential' },
  { key: 'd2', label: 'Biomedical conditions and complications' },
  { key: 'd3', label: 'Emotional, behavioral or cognitive conditions' },
  { key: 'd4', label: 'Readiness to change' },
  { key: 'd5', label: 'Relapse, continued use or continued problem potential' },
  { key: 'd6', label: 'Recovery/living environment' },
] as const;

export const INTAKE_SUMMARY_FIELDS = [
  { key: 'presentingProblems', label: 'Presenting problems' },
  { key: 'substanceUseHistory', label: 'Substance-use history' },
  { key: 'strengths', label: "Strengths, in the client's own words" },
  { key: 'problemAreas', label: "Problem areas, in the client's own words" },
] as const;

/** The ASAM answer that carries the level of care the assessing clinician recommends. */
export const ASAM_RECOMMENDED_LEVEL = 'recommendedLevel';

export const INSTRUMENT_VERSIONS = { INTAKE_BPS: '1', ASAM: '3rd-ed' } as const;
export type IntakeInstrument = keyof typeof INSTRUMENT_VERSIONS;

export interface AnswerProblem {
  field: string;
  message: string;
}

const MAX_TEXT = 4000;

/** Problems with a set of answers for an instrument; empty when the answers can be stored. */
export function validateAssessmentAnswers(
  instrument: IntakeInstrument,
  answers: Readonly<Record<string, unknown>>,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const known = new Set<string>(
    instrument === 'ASAM'
      ? [
          ...ASAM_DIMENSIONS.map((d) => d.key),
          ...ASAM_DIMENSIONS.map((d) => `${d.key}Note`),
          ASAM_RECOMMENDED_LEVEL,
        ]
      : INTAKE_SUMMARY_FIELDS.map((f) => f.key),
  );
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) problems.push({ field: key, message: 'is not part of this instrument' });
  }
  if (instrument === 'ASAM') {
    for (const d of ASAM_DIMENSIONS) {
      const v = answers[d.key];
      if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 4) {
        problems.push({ field: d.key, message: 'must be a whole number from 0 to 4' });
      }
      const note = answers[`${d.key}Note`];
      if (note !== undefined && (typeof note !== 'string' || note.length > MAX_TEXT)) {
        problems.push({
          field: `${d.key}Note`,
          message: `must be text of at most ${MAX_TEXT} characters`,
        });
      }
    }
    if (!isAsamLevel(answers[ASAM_RECOMMENDED_LEVEL])) {
      problems.push({
        field: ASAM_RECOMMENDED_LEVEL,
        message: `must be an ASAM level of care (${ASAM_LEVELS.map((l) => l.level).join(', ')})`,
      });
    }
  } else {
    for (const f of INTAKE_SUMMARY_FIELDS) {
      const v = answers[f.key];
      if (typeof v !== 'string' || v.trim() === '') {
        problems.push({ field: f.key, message: 'is required' });
      } else if (v.length > MAX_TEXT) {
        problems.push({ field: f.key, message: `must be at most ${MAX_TEXT} characters` });
      }
    }
  }
  return problems;
}

/**
 * Who may record an instrument. The bio-psycho-social summary is intake's preparation; the ASAM
 * rating carries a level-of-care recommendation, a clinical decision made by a clinician or a
 * director of the program (intake staff prepare, clinicians decide).
 */
export const INSTRUMENT_RECORDERS: Record<IntakeInstrument, readonly StaffRole[]> = {
  INTAKE_BPS: ['INTAKE', 'CLINICIAN', 'DIRECTOR', 'CASE_MANAGER'],
  ASAM: ['CLINICIAN', 'DIRECTOR'],
};

/** Whether someone holding `roles` in the episode's program may record `instrument`. */
export function mayRecordInstrument(
  roles: readonly StaffRole[],
  instrument: IntakeInstrument,
): boolean {
  return roles.some((r) => INSTRUMENT_RECORDERS[instrument].includes(r));
}

/** A stored administration is complete when its answers pass today's rules for its instrument. */
export function isCompleteAssessment(a: {
  instrument: IntakeInstrument;
  answers: Readonly<Record<string, unknown>>;
}): boolean {
  return validateAssessmentAnswers(a.instrument, a.answers).length === 0;
}

/** The level of care an ASAM administration recommends, or null when it has none. */
export function asamRecommendedLevel(answers: Readonly<Record<string, unknown>>): string | null {
  const level = answers[ASAM_RECOMMENDED_LEVEL];
  return isAsamLevel(level) ? level : null;
}
