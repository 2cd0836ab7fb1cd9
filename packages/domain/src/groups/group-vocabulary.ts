/** The clinic's words for groups, enrollments and sessions (PRODUCT.md: Group, Session). */

export const GroupFormat = { PROCESS: 'PROCESS', PSYCHOEDUCATIONAL: 'PSYCHOEDUCATIONAL' } as const;
export type GroupFormat = keyof typeof GroupFormat;

export const GroupTopic = {
  LIFE_SKILLS: 'LIFE_SKILLS',
  RELAPSE_PREVENTION: 'RELAPSE_PREVENTION',
  MOOD_MANAGEMENT: 'MOOD_MANAGEMENT',
  COMMUNICATION: 'COMMUNICATION',
  SELF_HELP: 'SELF_HELP',
  TWELVE_STEP: 'TWELVE_STEP',
  FAMILY: 'FAMILY',
  OTHER: 'OTHER',
} as const;
export type GroupTopic = keyof typeof GroupTopic;

/** OPEN: rolling admission. CLOSED: new members join only on or before the start date. */
export const EnrollmentMode = { OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
export type EnrollmentMode = keyof typeof EnrollmentMode;

export const EnrollmentStatus = {
  WAITLISTED: 'WAITLISTED',
  ACTIVE: 'ACTIVE',
  COMPLETED: 'COMPLETED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type EnrollmentStatus = keyof typeof EnrollmentStatus;

/** A date the group does not meet although its weekly schedule says it does. */
export const ScheduleExceptionKind = { CANCELLED: 'CANCELLED', HOLIDAY: 'HOLIDAY' } as const;
export type ScheduleExceptionKind = keyof typeof ScheduleExceptionKind;

export const ClinicalSessionKind = {
  GROUP: 'GROUP',
  INDIVIDUAL: 'INDIVIDUAL',
  FAMILY: 'FAMILY',
  CASE_MANAGEMENT: 'CASE_MANAGEMENT',
  INTAKE: 'INTAKE',
} as const;
export type ClinicalSessionKind = keyof typeof ClinicalSessionKind;

/** How staff name each kind of session, on screens and in messages. */
export const sessionKindLabel: Record<ClinicalSessionKind, string> = {
  GROUP: 'Group session',
  INDIVIDUAL: 'Individual session',
  FAMILY: 'Family session',
  CASE_MANAGEMENT: 'Case management',
  INTAKE: 'Intake session',
};

export const ClinicalSessionStatus = {
  SCHEDULED: 'SCHEDULED',
  HELD: 'HELD',
  CANCELLED: 'CANCELLED',
  NO_SHOW: 'NO_SHOW',
} as const;
export type ClinicalSessionStatus = keyof typeof ClinicalSessionStatus;

export const SessionModality = { IN_PERSON: 'IN_PERSON', TELEHEALTH: 'TELEHEALTH' } as const;
export type SessionModality = keyof typeof SessionModality;

/** ISO weekday numbers, Monday = 1 … Sunday = 7. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
