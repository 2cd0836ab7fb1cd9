import type { Edge } from '../../graphql/connection.js';

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * A page whose nodes are recorded as read only if the answer carries them: when `edges` (the
 * records) or `pageInfo` (its cursor is built from the last record's sort key) is resolved.
 * `totalCount` alone discloses no record, so it audits none.
 */
export function auditedWhenRead<T>(page: Page<T>, recordRead: (node: T) => void): Page<T> {
  let recorded = false;
  const record = () => {
    if (recorded) return;
    recorded = true;
    for (const { node } of page.edges) recordRead(node);
  };
  return {
    totalCount: page.totalCount,
    get edges() {
      record();
      return page.edges;
    },
    get pageInfo() {
      record();
      return page.pageInfo;
    },
  };
}
