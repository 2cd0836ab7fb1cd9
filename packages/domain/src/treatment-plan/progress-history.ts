/**
 * Goal progress is append-only: an entry is never changed or deleted. A mistake is answered by a
 * new row that amends it — a CORRECTION (a whole new entry with the right values, in its place)
 * or a VOID (the entry should not count; the row carries only who, when and why). Each entry is
 * amended at most once; a correction can itself be corrected or voided.
 */
export const ProgressAmendment = { CORRECTION: 'CORRECTION', VOID: 'VOID' } as const;
export type ProgressAmendment = (typeof ProgressAmendment)[keyof typeof ProgressAmendment];

/** Where an entry stands in the history. */
export const ProgressEntryStatus = {
  /** Counts: shown on the chart and in the trend. */
  CURRENT: 'CURRENT',
  /** Replaced by a correction; stays visible, struck through. */
  CORRECTED: 'CORRECTED',
  /** Voided; stays visible, struck through. */
  VOIDED: 'VOIDED',
} as const;
export type ProgressEntryStatus = (typeof ProgressEntryStatus)[keyof typeof ProgressEntryStatus];

export interface ProgressRowLike {
  id: string;
  /** The entry this row amends; null for an original entry. */
  amendsId: string | null;
  amendment: ProgressAmendment | null;
}

export interface ProgressHistoryItem<T extends ProgressRowLike> {
  entry: T;
  status: ProgressEntryStatus;
  /** The correction or void that amended it. */
  amendedBy: T | null;
  /** For a correction: the entry it replaced. */
  corrects: T | null;
}

/**
 * The entries of a goal's history (void rows folded into the entries they void), in the order
 * given, each with its status.
 */
export function progressHistory<T extends ProgressRowLike>(
  rows: readonly T[],
): ProgressHistoryItem<T>[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const amendmentOf = new Map<string, T>();
  for (const r of rows) if (r.amendsId) amendmentOf.set(r.amendsId, r);
  return rows
    .filter((r) => r.amendment !== 'VOID')
    .map((entry) => {
      const amendedBy = amendmentOf.get(entry.id) ?? null;
      const status: ProgressEntryStatus =
        amendedBy?.amendment === 'VOID'
          ? 'VOIDED'
          : amendedBy?.amendment === 'CORRECTION'
            ? 'CORRECTED'
            : 'CURRENT';
      const corrects =
        entry.amendment === 'CORRECTION' && entry.amendsId
          ? (byId.get(entry.amendsId) ?? null)
          : null;
      return { entry, status, amendedBy, corrects };
    });
}

/** The status of one entry among the rows of its goal. */
export function progressEntryStatus(
  entryId: string,
  rows: readonly ProgressRowLike[],
): ProgressEntryStatus {
  const amendment = rows.find((r) => r.amendsId === entryId)?.amendment;
  return amendment === 'VOID' ? 'VOIDED' : amendment === 'CORRECTION' ? 'CORRECTED' : 'CURRENT';
}
