import { InMemoryCache } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typePolicies } from './cache-policies';

interface Page {
  clients: {
    __typename: 'ClientConnection';
    totalCount: number;
    edges: {
      __typename: 'ClientEdge';
      cursor: string;
      node: { __typename: 'Client'; id: string; displayName: string };
    }[];
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
}
interface Vars {
  filter?: { programId?: string; search?: string };
  first: number;
  after?: string;
}

const ClientsPage: TypedDocumentNode<Page, Vars> = parse(`
  query ClientsPage($filter: ClientFilter, $first: Int!, $after: String) {
    clients(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { cursor node { id displayName } }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

function page(names: string[], totalCount: number, hasNextPage: boolean): Page {
  return {
    clients: {
      __typename: 'ClientConnection',
      totalCount,
      edges: names.map((n) => ({
        __typename: 'ClientEdge',
        cursor: `cursor-${n}`,
        node: { __typename: 'Client', id: n, displayName: n },
      })),
      pageInfo: { __typename: 'PageInfo', endCursor: `cursor-${names.at(-1) ?? ''}`, hasNextPage },
    },
  };
}

const names = (cache: InMemoryCache, variables: Vars) =>
  cache.readQuery({ query: ClientsPage, variables })?.clients.edges.map((e) => e.node.id);

describe('the clients list in the cache', () => {
  it('"Load more" appends the next page to the list already shown', () => {
    const cache = new InMemoryCache({ typePolicies });
    const first = { filter: { programId: 'p1' }, first: 2 };
    cache.writeQuery({ query: ClientsPage, variables: first, data: page(['ann', 'bo'], 3, true) });
    cache.writeQuery({
      query: ClientsPage,
      variables: { ...first, after: 'cursor-bo' },
      data: page(['cy'], 3, false),
    });

    const list = cache.readQuery({ query: ClientsPage, variables: first })?.clients;
    expect(list?.edges.map((e) => e.node.id)).toEqual(['ann', 'bo', 'cy']);
    expect(list?.pageInfo.hasNextPage).toBe(false);
    expect(list?.totalCount).toBe(3);
  });

  it('each filter keeps a list of its own', () => {
    const cache = new InMemoryCache({ typePolicies });
    cache.writeQuery({
      query: ClientsPage,
      variables: { filter: { programId: 'p1' }, first: 2 },
      data: page(['ann'], 1, false),
    });
    cache.writeQuery({
      query: ClientsPage,
      variables: { filter: { programId: 'p2' }, first: 2 },
      data: page(['dee'], 1, false),
    });
    expect(names(cache, { filter: { programId: 'p1' }, first: 2 })).toEqual(['ann']);
    expect(names(cache, { filter: { programId: 'p2' }, first: 2 })).toEqual(['dee']);
  });

  it('fetching the first page again replaces the list instead of duplicating it', () => {
    const cache = new InMemoryCache({ typePolicies });
    const vars = { filter: { search: 'a' }, first: 2 };
    cache.writeQuery({ query: ClientsPage, variables: vars, data: page(['ann', 'bo'], 2, false) });
    cache.writeQuery({ query: ClientsPage, variables: vars, data: page(['ann', 'bo'], 2, false) });
    expect(names(cache, vars)).toEqual(['ann', 'bo']);
  });
});

describe('a chart’s access log in the cache', () => {
  interface LogPage {
    chartAccessLog: {
      __typename: 'AuditEventConnection';
      totalCount: number;
      edges: {
        __typename: 'AuditEventEdge';
        cursor: string;
        node: { __typename: 'AuditEvent'; id: string };
      }[];
      pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    };
  }
  const Log: TypedDocumentNode<LogPage, { clientId: string; first: number; after?: string }> =
    parse(`
      query Log($clientId: ID!, $first: Int!, $after: String) {
        chartAccessLog(clientId: $clientId, first: $first, after: $after) {
          totalCount
          edges { cursor node { id } }
          pageInfo { endCursor hasNextPage }
        }
      }
    `);
  const logPage = (ids: string[], hasNextPage: boolean): LogPage => ({
    chartAccessLog: {
      __typename: 'AuditEventConnection',
      totalCount: 3,
      edges: ids.map((id) => ({
        __typename: 'AuditEventEdge',
        cursor: `c${id}`,
        node: { __typename: 'AuditEvent', id },
      })),
      pageInfo: { __typename: 'PageInfo', endCursor: `c${ids.at(-1) ?? ''}`, hasNextPage },
    },
  });

  it('"Load more" appends older events, and each chart keeps its own log', () => {
    const cache = new InMemoryCache({ typePolicies });
    cache.writeQuery({
      query: Log,
      variables: { clientId: 'a', first: 2 },
      data: logPage(['9', '8'], true),
    });
    cache.writeQuery({
      query: Log,
      variables: { clientId: 'a', first: 2, after: 'c8' },
      data: logPage(['7'], false),
    });
    cache.writeQuery({
      query: Log,
      variables: { clientId: 'b', first: 2 },
      data: logPage(['5'], false),
    });
    const ids = (clientId: string) =>
      cache
        .readQuery({ query: Log, variables: { clientId, first: 2 } })
        ?.chartAccessLog.edges.map((e) => e.node.id);
    expect(ids('a')).toEqual(['9', '8', '7']);
    expect(ids('b')).toEqual(['5']);
  });
});
