import { calendarDaysBetween, isCalendarDate, preferredLanguageProblem } from '@waypoint/domain';

/** The contact details a chart lets staff change, as the form holds them ('' when empty). */
export const contactFields = [
  'preferredName',
  'pronouns',
  'preferredLanguage',
  'phone',
  'email',
  'sobrietyDate',
] as const;
export type ContactField = (typeof contactFields)[number];
export type ContactValues = Record<ContactField, string>;

export const contactFieldLabels: Record<ContactField, string> = {
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  preferredLanguage: 'Preferred language',
  phone: 'Phone',
  email: 'Email',
  sobrietyDate: 'Sobriety date',
};

type ContactRecord = Partial<Record<ContactField, string | null | undefined>>;

export function contactValues(record: ContactRecord): ContactValues {
  const values = {} as ContactValues;
  for (const f of contactFields) values[f] = record[f] ?? '';
  return values;
}

const same = (a: string, b: string) => a.trim() === b.trim();

/** The fields `mine` changed relative to `base`, ignoring surrounding spaces. */
export function changedFields(base: ContactValues, mine: ContactValues): ContactField[] {
  return contactFields.filter((f) => !same(base[f], mine[f]));
}

export type ClientContactInput = { id: string; version: number } & Partial<
  Record<ContactField, string | null>
>;

/** Only what changed is sent (fields left out stay as they are); an emptied field is cleared. */
export function toUpdateInput(
  id: string,
  version: number,
  base: ContactValues,
  mine: ContactValues,
): ClientContactInput {
  const input: ClientContactInput = { id, version };
  for (const f of changedFields(base, mine)) {
    const value = mine[f].trim();
    input[f] = value === '' ? null : value;
  }
  return input;
}

// The API's own limits (UpdateClientInput), checked here first so mistakes show as you type.
const PHONE = /^[0-9+()\-. ]{7,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function validateContact(
  values: ContactValues,
  today: string,
): Partial<Record<ContactField, string>> {
  const errors: Partial<Record<ContactField, string>> = {};
  const v = (f: ContactField) => values[f].trim();
  if (v('preferredName').length > 80) errors.preferredName = 'Use at most 80 characters';
  if (v('pronouns').length > 40) errors.pronouns = 'Use at most 40 characters';
  const language = preferredLanguageProblem(v('preferredLanguage'));
  if (language) errors.preferredLanguage = language;
  if (v('phone') && !PHONE.test(v('phone'))) {
    errors.phone = 'Enter a phone number: digits, spaces, + ( ) - or .';
  }
  if (v('email') && (v('email').length > 254 || !EMAIL.test(v('email')))) {
    errors.email = 'Enter an email address, like name@example.org';
  }
  if (v('sobrietyDate')) {
    if (!isRealDate(v('sobrietyDate'))) errors.sobrietyDate = 'Enter a date';
    else if (v('sobrietyDate') > today) errors.sobrietyDate = 'Cannot be in the future';
  }
  return errors;
}

/** What the form keeps in the tab while typing, to be offered back after an automatic logoff. */
export interface ContactDraft {
  baseVersion: number;
  base: ContactValues;
  values: ContactValues;
}

function isContactValues(x: unknown): x is ContactValues {
  return (
    typeof x === 'object' &&
    x !== null &&
    contactFields.every((f) => typeof (x as Record<string, unknown>)[f] === 'string')
  );
}

export function isContactDraft(x: unknown): x is ContactDraft {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  return typeof d.baseVersion === 'number' && isContactValues(d.base) && isContactValues(d.values);
}

/** The record another person saved first, as a save's conflict answers it. */
export interface TheirVersion {
  version: number;
  values: ContactValues;
  updatedAt: string;
  /** Who saved it (null when the API could not say). */
  savedBy: string | null;
}

export interface ConflictRow {
  field: ContactField;
  label: string;
  theirs: string;
  mine: string;
  /** I changed this field, so re-applying puts my value over theirs. */
  changedByMe: boolean;
  /** They changed it too: re-applying replaces their change. */
  changedByBoth: boolean;
}

/** The fields where their saved version and my edit disagree. */
export function conflictRows(
  base: ContactValues,
  mine: ContactValues,
  theirs: ContactValues,
): ConflictRow[] {
  const mineChanged = new Set(changedFields(base, mine));
  return contactFields
    .filter((f) => !same(theirs[f], mine[f]))
    .map((f) => ({
      field: f,
      label: contactFieldLabels[f],
      theirs: theirs[f].trim(),
      mine: mine[f].trim(),
      changedByMe: mineChanged.has(f),
      changedByBoth: mineChanged.has(f) && !same(base[f], theirs[f]),
    }));
}

/** Their version with my changes on top: fields I did not touch keep their values. */
export function reapply(
  base: ContactValues,
  mine: ContactValues,
  theirs: ContactValues,
): ContactValues {
  const result = { ...theirs };
  for (const f of changedFields(base, mine)) result[f] = mine[f];
  return result;
}

/** "54 days": time since the sobriety date, or null when there is none or it is not yet. */
export function daysSober(sobrietyDate: string | null | undefined, today: string): string | null {
  if (!sobrietyDate || !isCalendarDate(sobrietyDate) || !isCalendarDate(today)) return null;
  const days = calendarDaysBetween(sobrietyDate, today);
  if (days < 0) return null;
  return days === 1 ? '1 day' : `${days.toLocaleString('en-US')} days`;
}
