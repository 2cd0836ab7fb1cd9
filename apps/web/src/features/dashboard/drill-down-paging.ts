/**
 * Pages of a cursor connection, as a stack of the cursors that opened each page: "next" pushes
 * the page's endCursor, "previous" pops it. The first page has no cursor.
 */
export interface Paging {
  cursors: readonly (string | null)[];
}

export const firstPage: Paging = { cursors: [null] };

export function currentCursor(paging: Paging): string | null {
  return paging.cursors.at(-1) ?? null;
}

export function pageNumber(paging: Paging): number {
  return paging.cursors.length;
}

export function nextPage(paging: Paging, endCursor: string | null | undefined): Paging {
  return endCursor ? { cursors: [...paging.cursors, endCursor] } : paging;
}

export function previousPage(paging: Paging): Paging {
  return paging.cursors.length > 1 ? { cursors: paging.cursors.slice(0, -1) } : paging;
}

/** "Clients 51–100 of 230" for the page shown. */
export function pageRange(paging: Paging, pageSize: number, shown: number, total: number): string {
  if (shown === 0) return `0 of ${total.toLocaleString('en-US')}`;
  const from = (pageNumber(paging) - 1) * pageSize + 1;
  const to = from + shown - 1;
  return `${from.toLocaleString('en-US')}–${to.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
}
