/**
 * The plan paths that Rule 4's refusals carry (`problems[1].goals`, `signatures.CLIENT`…) read
 * back into the words checkSignablePlan uses, for refusals that carry only paths.
 */

export type GapListName = 'problems' | 'goals' | 'objectives' | 'interventions';
export interface GapPathStep {
  list: GapListName;
  /** null for the list itself ("has no goal"). */
  index: number | null;
}

const gapWords: Record<string, string> = {
  problems: 'problem',
  goals: 'goal',
  objectives: 'objective',
  interventions: 'intervention',
  measure: 'measure',
  targetDate: 'target date',
};

/** `problems[0].goals[1].objectives[0].measure` as steps and the field at the end, or null. */
export function parsePlanGapPath(
  path: string,
): { steps: GapPathStep[]; field: string | null } | null {
  const steps: GapPathStep[] = [];
  let field: string | null = null;
  for (const part of path.split('.')) {
    const m = /^(problems|goals|objectives|interventions)(?:\[(\d+)\])?$/.exec(part);
    if (m) {
      steps.push({ list: m[1] as GapListName, index: m[2] === undefined ? null : Number(m[2]) });
    } else if (field === null && (part === 'measure' || part === 'targetDate')) field = part;
    else return null;
  }
  return steps.length ? { steps, field } : null;
}

/** "Problem 2, goal 1 has no objective" for `problems[1].goals[0].objectives`. */
export function describePlanGap(path: string): string {
  const signer = /^signatures\.(CLIENT|CLINICIAN|SUPERVISOR)$/.exec(path);
  if (signer) return `The ${signer[1]!.toLowerCase()}'s signature is missing`;
  if (path === 'reason') return 'A reason is needed';
  if (path === 'revision') return 'The revision has no change from the version in effect';
  const parsed = parsePlanGapPath(path);
  if (!parsed) return path;
  const named = parsed.steps.filter((s) => s.index !== null);
  const open = parsed.steps.find((s) => s.index === null);
  const subject = named.length
    ? named
        .map((s, i) => {
          const word = gapWords[s.list]!;
          return `${i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word} ${s.index! + 1}`;
        })
        .join(', ')
    : 'The plan';
  const missing = parsed.field ?? (open ? open.list : null);
  return missing ? `${subject} has no ${gapWords[missing]}` : path;
}
