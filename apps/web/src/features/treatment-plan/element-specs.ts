import { fieldIssues, planElementSchemas } from '@waypoint/domain';
import { formatLocalDate } from '../../ui/dates';
import type { FieldValues } from '../../ui/field-merge';
import { goalHorizonLabel, interventionModalityLabel, problemDomainLabel } from './plan-labels';
import type { ElementKind } from './signable';

export type { ElementKind };

/** What an inline form edits for each kind of plan element, in form order. */
export const elementFields = {
  PROBLEM: ['domain', 'clientWords', 'strengths'],
  GOAL: ['description', 'horizon', 'targetDate'],
  OBJECTIVE: ['description', 'measure', 'targetDate'],
  INTERVENTION: ['modality', 'frequency', 'responsibleStaffId', 'description'],
} as const satisfies Record<ElementKind, readonly string[]>;

export type FieldOf<K extends ElementKind> = (typeof elementFields)[K][number];
export type ElementValues<K extends ElementKind> = FieldValues<FieldOf<K>>;

export const fieldLabels: { [K in ElementKind]: Record<FieldOf<K>, string> } = {
  PROBLEM: {
    domain: 'Life area',
    clientWords: 'In the client’s own words',
    strengths: 'Strengths',
  },
  GOAL: { description: 'Goal', horizon: 'Horizon', targetDate: 'Target date' },
  OBJECTIVE: { description: 'Objective', measure: 'Measure and target', targetDate: 'Target date' },
  INTERVENTION: {
    modality: 'Modality',
    frequency: 'Frequency',
    responsibleStaffId: 'Responsible staff',
    description: 'Details',
  },
};

export const kindNoun: Record<ElementKind, string> = {
  PROBLEM: 'problem',
  GOAL: 'goal',
  OBJECTIVE: 'objective',
  INTERVENTION: 'intervention',
};

/** What a new element's form opens with. */
export function blankValues<K extends ElementKind>(kind: K): ElementValues<K> {
  const values = Object.fromEntries(elementFields[kind].map((f) => [f, ''])) as ElementValues<K>;
  // Most goals written at intake are long-term; immediate ones are the exception.
  if (kind === 'GOAL') (values as ElementValues<'GOAL'>).horizon = 'LONG_TERM';
  return values;
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/** An element (as queried, or as a save's conflict answers it) as form values. */
export function valuesOf<K extends ElementKind>(
  kind: K,
  record: Readonly<Record<string, unknown>>,
): ElementValues<K> {
  const values = {} as Record<string, string>;
  for (const f of elementFields[kind]) values[f] = text(record[f]);
  if (kind === 'INTERVENTION' && !values.responsibleStaffId) {
    const staff = record.responsibleStaff as { id?: unknown } | null | undefined;
    values.responsibleStaffId = text(staff?.id);
  }
  return values as ElementValues<K>;
}

export interface TheirElement<K extends ElementKind> {
  version: number;
  values: ElementValues<K>;
  /** Who saved it (null when the API could not say). */
  savedBy: string | null;
  /** When they saved it (the record's updatedAt; null when not selected). */
  savedAt: string | null;
}

/** The version someone else saved, from a save's conflict (its typed `current`). */
export function theirElement<K extends ElementKind>(
  kind: K,
  current: Readonly<Record<string, unknown>> & { version: number },
  savedBy: string | null = null,
): TheirElement<K> {
  const savedAt = typeof current.updatedAt === 'string' ? current.updatedAt : null;
  return { version: current.version, values: valuesOf(kind, current), savedBy, savedAt };
}

export interface ElementContext {
  /** The admission date (program-local); clinical dates may not precede it. */
  admittedOn: string | null;
}

/**
 * The API's own rules for the element (the domain's planElementSchemas, which the API validates
 * every Add…/Update… with), checked here first so mistakes show as typed. An empty field is
 * "not given"; the schema says which of those are required and in which words.
 */
export function validateElement<K extends ElementKind>(
  kind: K,
  values: ElementValues<K>,
  { admittedOn }: ElementContext,
): Partial<Record<FieldOf<K>, string>> {
  const input = Object.fromEntries(
    Object.entries(values as Record<string, string>).map(([f, v]) => [f, v.trim() ? v : null]),
  );
  const result = planElementSchemas({ admittedOn })[kind].safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(fieldIssues(result.error).map((i) => [i.field, i.message])) as Partial<
    Record<FieldOf<K>, string>
  >;
}

const orNull = (value: string) => value.trim() || null;

/** A new element's fields for its Add… input: trimmed, and empty optional ones left null. */
export function addFields<K extends ElementKind>(
  kind: K,
  values: ElementValues<K>,
): Record<FieldOf<K>, string | null> {
  const out = {} as Record<string, string | null>;
  for (const f of elementFields[kind]) out[f] = orNull((values as Record<string, string>)[f]!);
  return out;
}

/** Only what changed, for an Update… input (fields left out stay); an emptied field is cleared. */
export function changedElementFields<K extends ElementKind>(
  kind: K,
  base: ElementValues<K>,
  mine: ElementValues<K>,
): Partial<Record<FieldOf<K>, string | null>> {
  const out: Partial<Record<string, string | null>> = {};
  const b = base as Record<string, string>;
  const m = mine as Record<string, string>;
  for (const f of elementFields[kind]) {
    if (b[f]!.trim() !== m[f]!.trim()) out[f] = orNull(m[f]!);
  }
  return out;
}

/** A field's value as staff read it: a code's label, a date, a person's name. */
export function formatFieldValue(
  field: string,
  value: string,
  staffName: (id: string) => string | null = () => null,
): string {
  if (!value) return '';
  switch (field) {
    case 'domain':
      return problemDomainLabel(value);
    case 'horizon':
      return goalHorizonLabel(value);
    case 'modality':
      return interventionModalityLabel(value);
    case 'targetDate':
      return formatLocalDate(value) || value;
    case 'responsibleStaffId':
      return staffName(value) ?? 'A member of staff';
    default:
      return value;
  }
}

/** What an inline form keeps in the tab, to be offered back after an automatic logoff. */
export interface ElementDraft<K extends ElementKind> {
  /** The version the edit started from; null when adding. */
  baseVersion: number | null;
  base: ElementValues<K> | null;
  values: ElementValues<K>;
}

function isValuesOf(kind: ElementKind, x: unknown): boolean {
  return (
    typeof x === 'object' &&
    x !== null &&
    elementFields[kind].every((f) => typeof (x as Record<string, unknown>)[f] === 'string')
  );
}

export function isElementDraftOf<K extends ElementKind>(kind: K) {
  return (x: unknown): x is ElementDraft<K> => {
    if (typeof x !== 'object' || x === null) return false;
    const d = x as Record<string, unknown>;
    const adding = d.baseVersion === null && d.base === null;
    const editing = typeof d.baseVersion === 'number' && isValuesOf(kind, d.base);
    return (adding || editing) && isValuesOf(kind, d.values);
  };
}
