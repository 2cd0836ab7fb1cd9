import { describe, expect, it } from 'vitest';
import { grantStatus } from './grant-status';

describe('a break-glass grant’s status', () => {
  const expiresAt = '2026-11-27T10:00:00Z';
  const at = (iso: string) => Date.parse(iso);

  it('is active with the minutes left', () => {
    expect(grantStatus(expiresAt, at('2026-11-27T09:15:00Z'))).toEqual({
      active: true,
      label: 'Active · 45 min left',
    });
  });

  it('counts the last minute in seconds', () => {
    expect(grantStatus(expiresAt, at('2026-11-27T09:59:20Z')).label).toBe('Active · 0:40 left');
  });

  it('has expired at and after its end', () => {
    expect(grantStatus(expiresAt, at('2026-11-27T10:00:00Z'))).toEqual({
      active: false,
      label: 'Expired',
    });
    expect(grantStatus('nonsense', 0).active).toBe(false);
  });
});
