/**
 * localStorage under a prefix of our own, so the playground's saved tabs neither collide with
 * another GraphiQL on this origin nor survive a change of examples (bump the version).
 */
export interface PlaygroundStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  clear(): void;
  readonly length: number;
}

export function namespacedStorage(namespace: string, backing: Storage): PlaygroundStorage {
  const prefix = `${namespace}:`;
  const ownKeys = () => {
    const keys: string[] = [];
    for (let i = 0; i < backing.length; i++) {
      const key = backing.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  };
  return {
    getItem: (key) => backing.getItem(prefix + key),
    setItem: (key, value) => backing.setItem(prefix + key, value),
    removeItem: (key) => backing.removeItem(prefix + key),
    clear: () => ownKeys().forEach((key) => backing.removeItem(key)),
    get length() {
      return ownKeys().length;
    },
  };
}
