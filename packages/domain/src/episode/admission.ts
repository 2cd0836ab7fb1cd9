import {
  asamRecommendedLevel,
  isCompleteAssessment,
  mayRecordInstrument,
  type IntakeInstrument,
} from '../assessment/intake-assessment.js';
import { checkProgramAge, type AgeRange } from '../program/population.js';
import type { StaffRole } from '../staff/staff-role.js';

/**
 * Admission (an ADMIT decision, and with it the first level of care) is a clinical decision: a
 * clinician or director of the program makes it. Intake staff prepare the screening and the
 * bio-psycho-social summary. The API enforces these rules and exposes them (`Episode.admission`)
 * so the web app offers the decision only to those who may make it, with what is still missing.
 */
export const ADMISSION_DECIDER_ROLES: readonly StaffRole[] = ['CLINICIAN', 'DIRECTOR'];

export function mayDecideAdmission(roles: readonly StaffRole[]): boolean {
  return roles.some((r) => ADMISSION_DECIDER_ROLES.includes(r));
}

/** Only a director may admit (or open an inquiry for) a client outside the program's ages. */
export function mayOverrideAgeRule(roles: readonly StaffRole[]): boolean {
  return roles.includes('DIRECTOR');
}

export const AdmissionRequirement = {
  /** A complete bio-psycho-social summary on file for this episode. */
  BIO_PSYCHO_SOCIAL: 'BIO_PSYCHO_SOCIAL',
  /** A complete ASAM assessment with a recommended level of care on file for this episode. */
  ASAM: 'ASAM',
  /** The client's age on the admission date fits the program, or a director overrides. */
  AGE_IN_PROGRAM_RANGE: 'AGE_IN_PROGRAM_RANGE',
} as const;
export type AdmissionRequirement = (typeof AdmissionRequirement)[keyof typeof AdmissionRequirement];

export interface AdmissionProblem {
  requirement: AdmissionRequirement;
  /** Input path or record that would satisfy it (`assessments.ASAM`, `ageOverrideReason`). */
  field: string;
  message: string;
}

export interface AssessmentOnFile {
  instrument: IntakeInstrument;
  answers: Readonly<Record<string, unknown>>;
}

export interface AdmissionFacts<A extends AssessmentOnFile = AssessmentOnFile> {
  /** The deciding staff member's roles in the episode's program. */
  roles: readonly StaffRole[];
  /** The episode's assessments, newest first. */
  assessments: readonly A[];
  dateOfBirth: string;
  /** The program-local date of the admission (today, when deciding now). */
  admissionDate: string;
  ageRange: AgeRange;
  /** A director's reason to admit outside the program's ages. */
  ageOverrideReason?: string | null;
}

export interface AdmissionReadiness<A extends AssessmentOnFile = AssessmentOnFile> {
  /** What still stands in the way; empty when the client can be admitted. */
  problems: AdmissionProblem[];
  /** The level of care the newest complete ASAM recommends: the episode's first level of care. */
  recommendedLevel: string | null;
  /** That ASAM administration (the record the first level of care rests on). */
  asam: A | null;
  /** The age rule was overridden by the reason given. */
  ageOverridden: boolean;
}

/** What an admission needs besides the decision itself (which `checkTransition` judges). */
export function admissionReadiness<A extends AssessmentOnFile>(
  facts: AdmissionFacts<A>,
): AdmissionReadiness<A> {
  const problems: AdmissionProblem[] = [];
  const complete = (instrument: IntakeInstrument) =>
    facts.assessments.find((a) => a.instrument === instrument && isCompleteAssessment(a));
  if (!complete('INTAKE_BPS')) {
    problems.push({
      requirement: 'BIO_PSYCHO_SOCIAL',
      field: 'assessments.INTAKE_BPS',
      message: 'A completed bio-psycho-social summary is needed before admission.',
    });
  }
  const asam = complete('ASAM');
  if (!asam) {
    problems.push({
      requirement: 'ASAM',
      field: 'assessments.ASAM',
      message:
        'A completed ASAM assessment with a recommended level of care is needed before admission.',
    });
  }
  const age = checkProgramAge(facts.ageRange, facts.dateOfBirth, facts.admissionDate, 'admission');
  const overrideGiven = (facts.ageOverrideReason ?? '').trim() !== '';
  const ageOverridden = !age.ok && overrideGiven && mayOverrideAgeRule(facts.roles);
  if (!age.ok && !ageOverridden) {
    problems.push({
      requirement: 'AGE_IN_PROGRAM_RANGE',
      field: 'ageOverrideReason',
      message: age.message,
    });
  }
  return {
    problems,
    recommendedLevel: asam ? asamRecommendedLevel(asam.answers) : null,
    asam: asam ?? null,
    ageOverridden,
  };
}

export interface IntakeCapabilities {
  mayDecideAdmission: boolean;
  mayRecordAsam: boolean;
  mayOverrideAgeRule: boolean;
}

/** What the viewer may do at intake in this program, for the web app to offer. */
export function intakeCapabilities(roles: readonly StaffRole[]): IntakeCapabilities {
  return {
    mayDecideAdmission: mayDecideAdmission(roles),
    mayRecordAsam: mayRecordInstrument(roles, 'ASAM'),
    mayOverrideAgeRule: mayOverrideAgeRule(roles),
  };
}

/** A level-of-care change is the same kind of clinical decision as the first level at admission. */
export function mayChangeLevelOfCare(roles: readonly StaffRole[]): boolean {
  return mayDecideAdmission(roles);
}

const roleRank: readonly StaffRole[] = ['DIRECTOR', 'CLINICIAN', 'CASE_MANAGER', 'INTAKE', 'ADMIN'];

/**
 * The role a move is recorded under when someone holds several in the program: the strongest,
 * so an admission by a clinician who also does intake is recorded as a clinician's.
 */
export function actingRole(roles: readonly StaffRole[]): StaffRole | null {
  return roleRank.find((r) => roles.includes(r)) ?? null;
}
