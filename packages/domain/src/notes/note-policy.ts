import type { FieldProblem } from './note-format.js';

/** A program's note rules: the hours after a session within which its note is due, and co-signing. */
export interface NotePolicy {
  dueHours: number;
  /** Credentials whose holders' signed notes wait for a director's co-signature (e.g. CADC-T). */
  cosignCredentials: string[];
}

/** The policy of a program that has not set one: 72 h, nobody co-signed. */
export const DEFAULT_NOTE_POLICY: NotePolicy = { dueHours: 72, cosignCredentials: [] };
export const NOTE_DUE_HOURS = { min: 1, max: 720 } as const;
export const COSIGN_CREDENTIALS_MAX = 12;
const CREDENTIAL_MAX_LENGTH = 20;

/** The credentials as stored: trimmed, without blanks or repeats (compared without case). */
export function cleanCredentials(credentials: readonly string[]): string[] {
  const seen = new Set<string>();
  return credentials
    .map((c) => c.trim())
    .filter((c) => {
      const key = c.toUpperCase();
      if (!c || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** What is wrong with a policy, by field; empty when it may be saved. */
export function notePolicyProblems(policy: NotePolicy): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { min, max } = NOTE_DUE_HOURS;
  if (!Number.isInteger(policy.dueHours) || policy.dueHours < min || policy.dueHours > max) {
    problems.push({ field: 'dueHours', message: `Give whole hours from ${min} to ${max}` });
  }
  const credentials = cleanCredentials(policy.cosignCredentials);
  if (credentials.length > COSIGN_CREDENTIALS_MAX) {
    problems.push({
      field: 'cosignCredentials',
      message: `List at most ${COSIGN_CREDENTIALS_MAX} credentials`,
    });
  } else if (credentials.some((c) => c.length > CREDENTIAL_MAX_LENGTH)) {
    problems.push({
      field: 'cosignCredentials',
      message: `Write each credential as staff records show it (at most ${CREDENTIAL_MAX_LENGTH} characters)`,
    });
  }
  return problems;
}
