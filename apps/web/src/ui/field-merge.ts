/**
 * Merging one person's unsaved edit with a version someone else saved first (Rule 8: no silent
 * overwrite). Values are form text ('' when empty); surrounding spaces never count as a change.
 */
export type FieldValues<F extends string> = Record<F, string>;

const same = (a: string, b: string) => a.trim() === b.trim();

/** The fields `mine` changed relative to `base`. */
export function changedFieldsOf<F extends string>(
  fields: readonly F[],
  base: FieldValues<F>,
  mine: FieldValues<F>,
): F[] {
  return fields.filter((f) => !same(base[f], mine[f]));
}

export interface MergeRow<F extends string> {
  field: F;
  theirs: string;
  mine: string;
  /** I changed this field, so re-applying puts my value over theirs. */
  changedByMe: boolean;
  /** They changed it too: re-applying replaces their change. */
  changedByBoth: boolean;
}

/** The fields where their saved version and my edit disagree, in form order. */
export function mergeRows<F extends string>(
  fields: readonly F[],
  base: FieldValues<F>,
  mine: FieldValues<F>,
  theirs: FieldValues<F>,
): MergeRow<F>[] {
  const mineChanged = new Set(changedFieldsOf(fields, base, mine));
  return fields
    .filter((f) => !same(theirs[f], mine[f]))
    .map((f) => ({
      field: f,
      theirs: theirs[f].trim(),
      mine: mine[f].trim(),
      changedByMe: mineChanged.has(f),
      changedByBoth: mineChanged.has(f) && !same(base[f], theirs[f]),
    }));
}

/** Their version with my changes on top: fields I did not touch keep their values. */
export function reapplyOnto<F extends string>(
  fields: readonly F[],
  base: FieldValues<F>,
  mine: FieldValues<F>,
  theirs: FieldValues<F>,
): FieldValues<F> {
  const result = { ...theirs };
  for (const f of changedFieldsOf(fields, base, mine)) result[f] = mine[f];
  return result;
}
