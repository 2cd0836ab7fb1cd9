import type { MantineColor } from '@mantine/core';
import { fieldIssues, progressEntrySchema } from '@waypoint/domain';

/** A goal progress entry, as much of it as the summaries read. */
export interface ProgressEntry {
  id: string;
  recordedOn: string;
  rating?: number | null;
  measureValue?: number | null;
  note?: string | null;
  objectiveLineageId?: string | null;
  createdAt?: string | null;
}

const byDate = (a: ProgressEntry, b: ProgressEntry) =>
  a.recordedOn.localeCompare(b.recordedOn) || (a.createdAt ?? '').localeCompare(b.createdAt ?? '');

/** Newest first, as the history list reads; same-day entries by when they were written. */
export function newestFirst<T extends ProgressEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => byDate(b, a));
}

export interface RatingPoint {
  recordedOn: string;
  rating: number;
}

/** The 0–10 ratings in time order, for the sparkline and the chart (entries without one skipped). */
export function ratingSeries(entries: readonly ProgressEntry[]): RatingPoint[] {
  return [...entries]
    .sort(byDate)
    .filter((e): e is ProgressEntry & { rating: number } => typeof e.rating === 'number')
    .map((e) => ({ recordedOn: e.recordedOn, rating: e.rating }));
}

/** Measure values in time order, for an objective's own chart. */
export function measureSeries(
  entries: readonly ProgressEntry[],
  objectiveLineageId?: string,
): { recordedOn: string; value: number }[] {
  return [...entries]
    .sort(byDate)
    .filter(
      (e) =>
        typeof e.measureValue === 'number' &&
        (objectiveLineageId === undefined || e.objectiveLineageId === objectiveLineageId),
    )
    .map((e) => ({ recordedOn: e.recordedOn, value: e.measureValue! }));
}

export interface ProgressSummary {
  count: number;
  latest: ProgressEntry | null;
  /** The most recent rating and the one before it, to say which way things are going. */
  lastRating: RatingPoint | null;
  previousRating: RatingPoint | null;
  change: number | null;
}

export function progressSummary(entries: readonly ProgressEntry[]): ProgressSummary {
  const ratings = ratingSeries(entries);
  const lastRating = ratings.at(-1) ?? null;
  const previousRating = ratings.at(-2) ?? null;
  return {
    count: entries.length,
    latest: newestFirst(entries)[0] ?? null,
    lastRating,
    previousRating,
    change: lastRating && previousRating ? lastRating.rating - previousRating.rating : null,
  };
}

/** "up 2", "down 1", "no change": against the rating before. */
export function changeWords(change: number | null): string | null {
  if (change === null) return null;
  if (change === 0) return 'no change';
  return `${change > 0 ? 'up' : 'down'} ${Math.abs(change)}`;
}

/** Ratings low, middling and high, so a glance at the list tells them apart. */
export function ratingColor(rating: number): MantineColor {
  if (rating <= 3) return 'red';
  if (rating <= 6) return 'yellow';
  return 'teal';
}

/** A measure value without float noise: 2 → "2", 2.5 → "2.5", 0.1 + 0.2 → "0.3". */
export function formatMeasure(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}

/** The rating a new entry starts from: the last one given, or the middle of the scale. */
export function startingRating(entries: readonly ProgressEntry[]): number {
  return ratingSeries(entries).at(-1)?.rating ?? 5;
}

/** The progress form as typed: a rating is given unless switched off; the measure is text. */
export interface ProgressFormValues {
  recordedOn: string;
  /** '' for the goal as a whole, else one of its objectives. */
  objectiveId: string;
  useRating: boolean;
  rating: number;
  measureValue: string;
  note: string;
}

export function blankProgress(today: string, rating: number): ProgressFormValues {
  return {
    recordedOn: today,
    objectiveId: '',
    useRating: true,
    rating,
    measureValue: '',
    note: '',
  };
}

function measureNumber(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/**
 * The API's rules for an entry (the domain's progressEntrySchema, which the API validates
 * RecordGoalProgressInput and corrections with), checked as it is typed. Only reading the typed
 * measure as a number is the form's own.
 */
export function validateProgress(
  values: ProgressFormValues,
  { today, admittedOn }: { today: string; admittedOn: string | null },
): Partial<Record<keyof ProgressFormValues, string>> {
  const errors: Partial<Record<keyof ProgressFormValues, string>> = {};
  const measure = values.measureValue.trim();
  if (measure && measureNumber(measure) === null) {
    errors.measureValue = 'Enter a number, e.g. 2 or 1.5';
  }
  const { objectiveId: _notChecked, ...entry } = progressInput(values);
  const result = progressEntrySchema({ today, admittedOn }).safeParse(entry);
  if (!result.success) {
    for (const issue of fieldIssues(result.error)) {
      // With the rating switched off, "give a rating or a measure" belongs by the measure.
      const field = (
        issue.field === 'rating' && !values.useRating ? 'measureValue' : issue.field
      ) as keyof ProgressFormValues;
      errors[field] ??= issue.message;
    }
  }
  return errors;
}

/** Entries that count (not corrected, not voided): the summaries and charts read only these. */
export function currentEntries<T extends ProgressEntry & { status?: string | null }>(
  entries: readonly T[],
): T[] {
  return entries.filter((e) => (e.status ?? 'CURRENT') === 'CURRENT');
}

/** The entry as the API takes it. */
export function progressInput(values: ProgressFormValues) {
  const measure = values.measureValue.trim();
  return {
    recordedOn: values.recordedOn.trim(),
    objectiveId: values.objectiveId || null,
    rating: values.useRating ? values.rating : null,
    measureValue: measure ? measureNumber(measure) : null,
    note: values.note.trim() || null,
  };
}

export function isProgressDraft(x: unknown): x is ProgressFormValues {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  return (
    typeof d.recordedOn === 'string' &&
    typeof d.objectiveId === 'string' &&
    typeof d.useRating === 'boolean' &&
    typeof d.rating === 'number' &&
    typeof d.measureValue === 'string' &&
    typeof d.note === 'string'
  );
}
