/**
 * Rule 4, the signable plan: every problem has a goal, every goal a measurable objective, and
 * every objective a measure, a target date and at least one intervention. The shape is the
 * minimum the rule reads, so entities and form values can be passed as they are.
 */

export interface SignableObjective {
  /** How progress is measured (SMART: the measure and its target), e.g. "drinking days per week ≤ 1". */
  measure?: string | null;
  /** Calendar date, `YYYY-MM-DD`. */
  targetDate?: string | null;
  interventions: readonly unknown[];
}

export interface SignableGoal {
  objectives: readonly SignableObjective[];
}

export interface SignableProblem {
  goals: readonly SignableGoal[];
}

export interface SignablePlan {
  problems: readonly SignableProblem[];
}

/** What is missing, so the UI can mark the element and the API can report it. */
export const PlanGap = {
  NO_PROBLEM: 'NO_PROBLEM',
  NO_GOAL: 'NO_GOAL',
  NO_OBJECTIVE: 'NO_OBJECTIVE',
  NO_MEASURE: 'NO_MEASURE',
  NO_TARGET_DATE: 'NO_TARGET_DATE',
  NO_INTERVENTION: 'NO_INTERVENTION',
  /** A revision identical to the version it revises: signing it would change nothing. */
  NO_CHANGE: 'NO_CHANGE',
} as const;
export type PlanGap = (typeof PlanGap)[keyof typeof PlanGap];

export interface PlanMissingItem {
  /** Path to the offending element, e.g. `problems[0].goals[0].objectives[1].measure`. */
  path: string;
  /** In words, numbered from 1 as staff see the plan: "Problem 2 has no goal". */
  message: string;
  code: PlanGap;
}

export interface SignablePlanResult {
  signable: boolean;
  /** Everything missing, in plan order; empty when signable. */
  missing: PlanMissingItem[];
}

export interface SignableOptions {
  /**
   * The version number of the version in effect when this one is a revision with no change from
   * it (content and statuses, compared element by element); null or left out otherwise.
   */
  unchangedFromVersion?: number | null;
}

/** The path and words of the NO_CHANGE gap. */
export function noChangeGap(versionNumber: number): PlanMissingItem {
  return {
    path: 'revision',
    message: `The revision has no change from version ${versionNumber}; change something or close the draft`,
    code: 'NO_CHANGE',
  };
}

/** Whether the plan may be signed, and if not, everything that is missing. */
export function checkSignablePlan(
  plan: SignablePlan,
  options: SignableOptions = {},
): SignablePlanResult {
  const missing: PlanMissingItem[] = [];
  if (options.unchangedFromVersion != null) missing.push(noChangeGap(options.unchangedFromVersion));
  if (plan.problems.length === 0) {
    missing.push({ path: 'problems', message: 'The plan has no problem', code: 'NO_PROBLEM' });
  }
  plan.problems.forEach((problem, p) => {
    const problemPath = `problems[${p}]`;
    const problemName = `Problem ${p + 1}`;
    if (problem.goals.length === 0) {
      missing.push({
        path: `${problemPath}.goals`,
        message: `${problemName} has no goal`,
        code: 'NO_GOAL',
      });
    }
    problem.goals.forEach((goal, g) => {
      const goalPath = `${problemPath}.goals[${g}]`;
      const goalName = `${problemName}, goal ${g + 1}`;
      if (goal.objectives.length === 0) {
        missing.push({
          path: `${goalPath}.objectives`,
          message: `${goalName} has no objective`,
          code: 'NO_OBJECTIVE',
        });
      }
      goal.objectives.forEach((objective, o) => {
        const objectivePath = `${goalPath}.objectives[${o}]`;
        const objectiveName = `${goalName}, objective ${o + 1}`;
        if (isBlank(objective.measure)) {
          missing.push({
            path: `${objectivePath}.measure`,
            message: `${objectiveName} has no measure`,
            code: 'NO_MEASURE',
          });
        }
        if (isBlank(objective.targetDate)) {
          missing.push({
            path: `${objectivePath}.targetDate`,
            message: `${objectiveName} has no target date`,
            code: 'NO_TARGET_DATE',
          });
        }
        if (objective.interventions.length === 0) {
          missing.push({
            path: `${objectivePath}.interventions`,
            message: `${objectiveName} has no intervention`,
            code: 'NO_INTERVENTION',
          });
        }
      });
    });
  });
  return { signable: missing.length === 0, missing };
}

function isBlank(value: string | null | undefined): boolean {
  return value == null || value.trim() === '';
}
