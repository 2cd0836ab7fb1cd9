import { describe, expect, it } from 'vitest';
import { newestFirst } from './episodes';

describe('a client’s episodes', () => {
  it('are listed newest first', () => {
    const list = newestFirst([
      { id: 'a', openedAt: '2024-01-10T00:00:00Z' },
      { id: 'c', openedAt: '2026-03-01T00:00:00Z' },
      { id: 'b', openedAt: '2025-06-01T00:00:00Z' },
    ]);
    expect(list.map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });
});
