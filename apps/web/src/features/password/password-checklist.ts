import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordProblems,
  type PasswordOwner,
  type PasswordRule,
} from '@waypoint/domain';

export interface ChecklistItem {
  key: 'length' | 'guessable' | 'personal';
  label: string;
  /** Null until something is typed: nothing is yet right or wrong. */
  met: boolean | null;
}

const items: { key: ChecklistItem['key']; label: string; rules: PasswordRule[] }[] = [
  {
    key: 'length',
    label: `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters (a few words make a good one)`,
    rules: ['LENGTH'],
  },
  {
    key: 'guessable',
    label: 'Not a common password, repeated characters or a run like 1234',
    rules: ['COMMON', 'PREDICTABLE'],
  },
  { key: 'personal', label: 'Not your name, your email or “Waypoint”', rules: ['PERSONAL'] },
];

/**
 * The password policy as a checklist the form shows while the person types, judged by the same
 * domain rules the API applies (so a ticked list is a password the API accepts).
 */
export function passwordChecklist(password: string, owner: PasswordOwner): ChecklistItem[] {
  const broken = new Set(passwordProblems(password, owner).map((p) => p.rule));
  return items.map(({ key, label, rules }) => ({
    key,
    label,
    met: password ? !rules.some((r) => broken.has(r)) : null,
  }));
}

export const passwordAcceptable = (password: string, owner: PasswordOwner): boolean =>
  passwordProblems(password, owner).length === 0;
