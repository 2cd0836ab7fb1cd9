/** Newest first by when the episode opened, as the chart lists them (the API's order too). */
export function newestFirst<T extends { id: string; openedAt: string }>(
  episodes: readonly T[],
): T[] {
  return [...episodes].sort(
    (a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt) || b.id.localeCompare(a.id),
  );
}
