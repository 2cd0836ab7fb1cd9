import { describe, expect, it } from 'vitest';
import { namespacedStorage } from './namespaced-storage';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
}

describe('playground storage', () => {
  it('keeps its keys apart from everything else on the origin', () => {
    const backing = memoryStorage();
    backing.setItem('graphiql:tabState', 'someone else’s');
    const storage = namespacedStorage('waypoint.playground.v1', backing);
    storage.setItem('graphiql:tabState', 'ours');
    expect(storage.getItem('graphiql:tabState')).toBe('ours');
    expect(backing.getItem('graphiql:tabState')).toBe('someone else’s');
    expect(storage.length).toBe(1);
  });

  it('clearing it (reset examples) removes only its own keys', () => {
    const backing = memoryStorage();
    backing.setItem('other', 'x');
    const storage = namespacedStorage('ns', backing);
    storage.setItem('a', '1');
    storage.setItem('b', '2');
    storage.clear();
    expect(storage.length).toBe(0);
    expect(backing.getItem('other')).toBe('x');
  });
});
