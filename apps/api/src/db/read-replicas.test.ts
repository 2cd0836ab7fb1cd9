import { describe, expect, it } from 'vitest';
import { usableReplicas } from './read-replicas.js';

describe('usableReplicas', () => {
  const replicas = [
    { name: 'current', up: true, lagMs: 0 },
    { name: 'at the bound', up: true, lagMs: 5_000 },
    { name: 'lagging', up: true, lagMs: 5_001 },
    { name: 'down', up: false, lagMs: 0 },
  ];

  it('keeps the reachable replicas at most the bound behind the primary', () => {
    expect(usableReplicas(replicas, 5_000).map((r) => r.name)).toEqual(['current', 'at the bound']);
  });

  it('leaves none when every replica is down or too far behind: the primary serves the reads', () => {
    expect(usableReplicas(replicas.slice(2), 5_000)).toEqual([]);
  });
});
