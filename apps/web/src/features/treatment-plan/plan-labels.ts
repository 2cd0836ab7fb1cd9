import type { MantineColor } from '@mantine/core';
import {
  goalAchievementStatusLabel,
  goalLifecycleStatusLabel,
  planVersionStatusLabel,
  type GoalAchievementStatus,
  type GoalLifecycleStatus,
  type PlanVersionStatus,
} from '@waypoint/domain';

// The API's code lists, as staff read them. A value the API adds later shows as its code until a
// label is added here (the generated types flag it at compile time where these maps are indexed).

export const problemDomains = [
  'SUBSTANCE_USE',
  'AFFECT',
  'COGNITION',
  'PSYCHOPHYSIOLOGICAL',
  'MEDICAL',
  'FAMILY_SOCIAL',
  'VOCATIONAL_EDUCATIONAL',
  'HOUSING',
  'LEGAL',
] as const;
export type ProblemDomainCode = (typeof problemDomains)[number];

const domainLabels: Record<ProblemDomainCode, string> = {
  SUBSTANCE_USE: 'Substance use',
  AFFECT: 'Mood and emotions',
  COGNITION: 'Thinking and cognition',
  PSYCHOPHYSIOLOGICAL: 'Body and stress',
  MEDICAL: 'Medical',
  FAMILY_SOCIAL: 'Family and social',
  VOCATIONAL_EDUCATIONAL: 'Work and education',
  HOUSING: 'Housing',
  LEGAL: 'Legal',
};

export const goalHorizons = ['IMMEDIATE', 'LONG_TERM'] as const;
export type GoalHorizonCode = (typeof goalHorizons)[number];

const horizonLabels: Record<GoalHorizonCode, string> = {
  IMMEDIATE: 'Immediate',
  LONG_TERM: 'Long-term',
};

export const interventionModalities = [
  'CBT',
  'MOTIVATIONAL_INTERVIEWING',
  'RELAPSE_PREVENTION',
  'TWELVE_STEP_FACILITATION',
  'DBT_SKILLS',
  'PSYCHOEDUCATION',
  'FAMILY_THERAPY',
  'CASE_MANAGEMENT',
  'MEDICATION_SUPPORT',
] as const;
export type InterventionModalityCode = (typeof interventionModalities)[number];

const modalityLabels: Record<InterventionModalityCode, string> = {
  CBT: 'CBT',
  MOTIVATIONAL_INTERVIEWING: 'Motivational interviewing',
  RELAPSE_PREVENTION: 'Relapse prevention',
  TWELVE_STEP_FACILITATION: 'Twelve-step facilitation',
  DBT_SKILLS: 'DBT skills',
  PSYCHOEDUCATION: 'Psychoeducation',
  FAMILY_THERAPY: 'Family therapy',
  CASE_MANAGEMENT: 'Case management',
  MEDICATION_SUPPORT: 'Medication support',
};

const labelFrom =
  <T extends string>(labels: Record<T, string>) =>
  (code: string): string =>
    (labels as Record<string, string>)[code] ?? code;

export const problemDomainLabel = labelFrom(domainLabels);
export const goalHorizonLabel = labelFrom(horizonLabels);
export const interventionModalityLabel = labelFrom(modalityLabels);

export const lifecycleLabel = (s: string) => goalLifecycleStatusLabel(s as GoalLifecycleStatus);
export const achievementLabel = (s: string) =>
  goalAchievementStatusLabel(s as GoalAchievementStatus);
export const planStatusLabel = (s: string) => planVersionStatusLabel(s as PlanVersionStatus);

const planStatusColors: Record<PlanVersionStatus, MantineColor> = {
  DRAFT: 'blue',
  PENDING_SIGNATURE: 'yellow',
  ACTIVE: 'teal',
  SUPERSEDED: 'gray',
  CLOSED: 'gray',
};
export const planStatusColor = (s: string): MantineColor =>
  (planStatusColors as Record<string, MantineColor>)[s] ?? 'gray';

const lifecycleColors: Record<GoalLifecycleStatus, MantineColor> = {
  PROPOSED: 'blue',
  PLANNED: 'blue',
  ACCEPTED: 'blue',
  ACTIVE: 'teal',
  ON_HOLD: 'orange',
  COMPLETED: 'indigo',
  CANCELLED: 'gray',
  REJECTED: 'gray',
  ENTERED_IN_ERROR: 'gray',
};
export const lifecycleColor = (s: string): MantineColor =>
  (lifecycleColors as Record<string, MantineColor>)[s] ?? 'gray';

const achievementColors: Record<GoalAchievementStatus, MantineColor> = {
  IN_PROGRESS: 'blue',
  IMPROVING: 'teal',
  NO_CHANGE: 'yellow',
  WORSENING: 'red',
  ACHIEVED: 'green',
  SUSTAINING: 'green',
  NOT_ACHIEVED: 'orange',
  NO_PROGRESS: 'orange',
  NOT_ATTAINABLE: 'gray',
};
export const achievementColor = (s: string): MantineColor =>
  (achievementColors as Record<string, MantineColor>)[s] ?? 'gray';

export interface OptionGroup {
  group: string;
  items: { value: string; label: string }[];
}

const optionsOf = (codes: readonly string[], label: (c: string) => string) =>
  codes.map((value) => ({ value, label: label(value) }));

/** Lifecycle statuses for a select: those still being pursued, then the ways a goal ends. */
export const lifecycleOptions: OptionGroup[] = [
  {
    group: 'Open',
    items: optionsOf(['PROPOSED', 'PLANNED', 'ACCEPTED', 'ACTIVE', 'ON_HOLD'], lifecycleLabel),
  },
  {
    group: 'Closed',
    items: optionsOf(['COMPLETED', 'CANCELLED', 'REJECTED', 'ENTERED_IN_ERROR'], lifecycleLabel),
  },
];

/** Achievement statuses: how it is going along the way, then where it ended up. */
export const achievementOptions: OptionGroup[] = [
  {
    group: 'Along the way',
    items: optionsOf(['IN_PROGRESS', 'IMPROVING', 'NO_CHANGE', 'WORSENING'], achievementLabel),
  },
  {
    group: 'Outcome',
    items: optionsOf(
      ['ACHIEVED', 'SUSTAINING', 'NOT_ACHIEVED', 'NO_PROGRESS', 'NOT_ATTAINABLE'],
      achievementLabel,
    ),
  },
];

const closedLifecycles = new Set<string>([
  'COMPLETED',
  'CANCELLED',
  'REJECTED',
  'ENTERED_IN_ERROR',
]);

/** No longer pursued: shown quietly, with its outcome, and can be reopened. */
export function isClosedLifecycle(status: string): boolean {
  return closedLifecycles.has(status);
}

/** The two ways staff close a goal, and the outcomes that fit each. */
export const closingLifecycles = ['COMPLETED', 'CANCELLED'] as const;
export type ClosingLifecycle = (typeof closingLifecycles)[number];

const closingAchievements: Record<ClosingLifecycle, readonly GoalAchievementStatus[]> = {
  COMPLETED: ['ACHIEVED', 'SUSTAINING', 'NOT_ACHIEVED'],
  CANCELLED: ['NOT_ATTAINABLE', 'NO_PROGRESS', 'NOT_ACHIEVED'],
};

export function closingAchievementOptions(lifecycle: ClosingLifecycle) {
  return optionsOf(closingAchievements[lifecycle], achievementLabel);
}

/** The outcome offered first when closing: the current one if it fits, else the usual one. */
export function defaultClosingAchievement(lifecycle: ClosingLifecycle, current: string): string {
  const fitting = closingAchievements[lifecycle];
  return (fitting as readonly string[]).includes(current) ? current : fitting[0]!;
}

export const domainOptions = optionsOf(problemDomains, problemDomainLabel);
export const horizonOptions = optionsOf(goalHorizons, goalHorizonLabel);
export const modalityOptions = optionsOf(interventionModalities, interventionModalityLabel);

const NAME_WORDS = 40;

/**
 * How a control names the element it acts on, "goal 2: Cut back and then stop drinking": the
 * number alone repeats on a page (every goal has an objective 1), the element's own words do not.
 */
export function elementName(noun: string, number: number, words?: string | null): string {
  const text = words?.trim().replace(/\s+/g, ' ');
  if (!text) return `${noun} ${number}`;
  const short =
    text.length > NAME_WORDS
      ? `${text.slice(0, NAME_WORDS + 1).replace(/\s+\S*$/, '')}…` // whole words only
      : text;
  return `${noun} ${number}: ${short}`;
}
