import { describe, expect, it } from 'vitest';
import { apiTokenProblems, apiTokenRefusal } from './api-token.js';

const now = new Date('2026-12-05T12:00:00Z');

describe('apiTokenProblems', () => {
  it('a named token without expiry may be created', () => {
    expect(apiTokenProblems({ name: 'Weekly report', expiresAt: null }, now)).toEqual([]);
  });
  it('a blank name and a past expiry are refused, each naming its field', () => {
    expect(
      apiTokenProblems({ name: '  ', expiresAt: new Date('2026-12-05T11:59:59Z') }, now).map(
        (p) => p.field,
      ),
    ).toEqual(['name', 'expiresAt']);
  });
  it('a name over 100 characters is refused', () => {
    expect(apiTokenProblems({ name: 'x'.repeat(101), expiresAt: null }, now)).toHaveLength(1);
  });
});

describe('apiTokenRefusal', () => {
  it('a read-only token reads but never mutates', () => {
    expect(apiTokenRefusal('READ_ONLY', { mutation: false, ownAccount: false })).toBeNull();
    expect(apiTokenRefusal('READ_ONLY', { mutation: true, ownAccount: false })).toMatch(
      /read-only/,
    );
  });
  it('a read-write token mutates client data but never its owner’s account', () => {
    expect(apiTokenRefusal('READ_WRITE', { mutation: true, ownAccount: false })).toBeNull();
    expect(apiTokenRefusal('READ_WRITE', { mutation: true, ownAccount: true })).toMatch(/cannot/);
  });
});
