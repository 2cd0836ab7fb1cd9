import { describe, expect, it } from 'vitest';
import { asPrepared, PREPARED_PER_CONNECTION } from './prepared-statements.js';

describe('asPrepared', () => {
  it('names a statement with values after its text, the same name each time', () => {
    const prepared = new Set<string>();
    const callback = () => undefined;
    const [first, cb] = asPrepared(['SELECT $1::int', [1], callback], prepared) as [
      { name: string; text: string; values: unknown[] },
      unknown,
    ];
    expect(first).toMatchObject({ text: 'SELECT $1::int', values: [1] });
    expect(first.name).toMatch(/^wp_/);
    expect(cb).toBe(callback);
    const [again] = asPrepared(['SELECT $1::int', [2]], prepared) as [{ name: string }];
    expect(again.name).toBe(first.name);
    const [other] = asPrepared(['SELECT $1::text', ['a']], prepared) as [{ name: string }];
    expect(other.name).not.toBe(first.name);
    expect(prepared.size).toBe(2);
  });

  it('leaves statements without values, and query objects, as they are', () => {
    const prepared = new Set<string>();
    const plain = ['BEGIN'];
    const empty = ['SELECT 1', []];
    const config = [{ text: 'SELECT $1::int', values: [1] }];
    expect(asPrepared(plain, prepared)).toBe(plain);
    expect(asPrepared(empty, prepared)).toBe(empty);
    expect(asPrepared(config, prepared)).toBe(config);
    expect(prepared.size).toBe(0);
  });

  it('prepares at most PREPARED_PER_CONNECTION texts on a connection; known ones stay named', () => {
    const prepared = new Set<string>();
    for (let i = 0; i < PREPARED_PER_CONNECTION; i++)
      asPrepared([`SELECT $1::int + ${i}`, [1]], prepared);
    const late = [`SELECT $1::int + ${PREPARED_PER_CONNECTION}`, [1]];
    expect(asPrepared(late, prepared)).toBe(late);
    expect(asPrepared(['SELECT $1::int + 0', [1]], prepared)[0]).toHaveProperty('name');
    expect(prepared.size).toBe(PREPARED_PER_CONNECTION);
  });
});
