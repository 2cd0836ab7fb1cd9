import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';

/**
 * What a new password must be, after NIST SP 800-63B: a length floor and ceiling, a check
 * against passwords that attackers try first, and against words that belong to the person or the
 * service; no composition rules (no "one digit, one symbol"), no expiry. The API refuses with
 * these messages and the web form shows the same ones as the person types.
 *
 * Why 12: SP 800-63B-4 asks for at least 15 characters where a password is the only factor and
 * at least 8 where it is one of two. Waypoint offers TOTP (and a setting can require it), so a
 * password is meant to be one of two; 12 sits between and still fits a passphrase of three
 * ordinary words. Raise it here if an install runs without MFA.
 * Why 128: long enough for any passphrase or password manager, short enough that hashing a
 * submitted value costs nothing unusual. Length is counted in Unicode code points, as NIST asks.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * zxcvbn-ts's list of common passwords (49,233, ranked by how often they appear in leaked
 * password sets; @zxcvbn-ts/language-common, MIT). Built on first use.
 */
let commonPasswords: ReadonlySet<string> | undefined;
function isCommon(candidate: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common']);
  return commonPasswords.has(candidate);
}

/** Words of this product that make a password easy to guess for anyone who knows where it is used. */
const SERVICE_WORDS = ['waypoint'];

export type PasswordRule = 'LENGTH' | 'COMMON' | 'PREDICTABLE' | 'PERSONAL';

export interface PasswordProblem {
  rule: PasswordRule;
  message: string;
}

/** Whose password it is: their name and email must not be in it. */
export interface PasswordOwner {
  email: string;
  firstName: string;
  lastName: string;
}

const tooShort = `Use at least ${PASSWORD_MIN_LENGTH} characters`;
const tooLong = `Use at most ${PASSWORD_MAX_LENGTH} characters`;

/**
 * The password without digits and symbols around it: "Sunshine2024!" is "sunshine" with a year
 * and a mark added, which is the first thing guessing tools try.
 */
function core(lower: string): string {
  return lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

/** The same few characters over and over, or a run along the keyboard's digits or the alphabet. */
function isPredictable(password: string): boolean {
  const chars = [...password.toLowerCase()];
  if (new Set(chars).size <= 3) return true;
  const codes = chars.map((c) => c.codePointAt(0)!);
  const steps = new Set(codes.slice(1).map((code, i) => code - codes[i]!));
  return steps.size === 1 && [1, -1].includes([...steps][0]!);
}

/** The parts of a person's name and email worth refusing (short ones would refuse too much). */
function personalWords(owner: PasswordOwner): string[] {
  const local = owner.email.split('@')[0] ?? '';
  return [local, ...local.split(/[^\p{L}\p{N}]+/u), owner.firstName, owner.lastName]
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length >= 3);
}

/** Everything wrong with a proposed password, in the order a person would fix it; [] when fine. */
export function passwordProblems(password: string, owner: PasswordOwner): PasswordProblem[] {
  const length = [...password].length;
  if (length > PASSWORD_MAX_LENGTH) return [{ rule: 'LENGTH', message: tooLong }];
  // A short password is judged on the other rules too, so the form can say all at once.
  const problems: PasswordProblem[] =
    length < PASSWORD_MIN_LENGTH ? [{ rule: 'LENGTH', message: tooShort }] : [];
  if (!password) return problems;
  const lower = password.toLowerCase();
  if (isCommon(lower) || isCommon(core(lower))) {
    problems.push({
      rule: 'COMMON',
      message: 'This is one of the most common passwords (or one with a few characters added)',
    });
  } else if (isPredictable(password)) {
    problems.push({
      rule: 'PREDICTABLE',
      message: 'Avoid repeating characters or runs like "abcd" and "1234"',
    });
  }
  const personal = [...personalWords(owner), ...SERVICE_WORDS];
  if (personal.some((w) => lower.includes(w))) {
    problems.push({ rule: 'PERSONAL', message: 'Do not use your name, your email or "Waypoint"' });
  }
  return problems;
}

/**
 * A new password for `owner` as a zod schema: the API validates `newPassword` with it and the
 * form checks the same before sending. Passwords are never trimmed: spaces count.
 */
export function newPasswordSchema(owner: PasswordOwner) {
  return z.string({ error: tooShort }).superRefine((password, ctx) => {
    for (const problem of passwordProblems(password, owner)) {
      ctx.addIssue({ code: 'custom', message: problem.message, params: { rule: problem.rule } });
    }
  });
}
