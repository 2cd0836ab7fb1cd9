/** The code lists of plan content (PRODUCT.md, Records: Treatment plan). */

export const ProblemDomain = {
  SUBSTANCE_USE: 'SUBSTANCE_USE',
  COGNITION: 'COGNITION',
  AFFECT: 'AFFECT',
  PSYCHOPHYSIOLOGICAL: 'PSYCHOPHYSIOLOGICAL',
  FAMILY_SOCIAL: 'FAMILY_SOCIAL',
  VOCATIONAL_EDUCATIONAL: 'VOCATIONAL_EDUCATIONAL',
  HOUSING: 'HOUSING',
  LEGAL: 'LEGAL',
  MEDICAL: 'MEDICAL',
} as const;
export type ProblemDomain = (typeof ProblemDomain)[keyof typeof ProblemDomain];

export const GoalHorizon = { IMMEDIATE: 'IMMEDIATE', LONG_TERM: 'LONG_TERM' } as const;
export type GoalHorizon = (typeof GoalHorizon)[keyof typeof GoalHorizon];

export const InterventionModality = {
  CBT: 'CBT',
  MOTIVATIONAL_INTERVIEWING: 'MOTIVATIONAL_INTERVIEWING',
  RELAPSE_PREVENTION: 'RELAPSE_PREVENTION',
  TWELVE_STEP_FACILITATION: 'TWELVE_STEP_FACILITATION',
  DBT_SKILLS: 'DBT_SKILLS',
  PSYCHOEDUCATION: 'PSYCHOEDUCATION',
  FAMILY_THERAPY: 'FAMILY_THERAPY',
  CASE_MANAGEMENT: 'CASE_MANAGEMENT',
  MEDICATION_SUPPORT: 'MEDICATION_SUPPORT',
} as const;
export type InterventionModality = (typeof InterventionModality)[keyof typeof InterventionModality];
