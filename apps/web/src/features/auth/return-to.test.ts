import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInPath, signInReason, signInState } from './return-to';

describe('where to go after signing in', () => {
  it('a page of the app, with its filters, is returned to as it was', () => {
    expect(safeReturnTo('/clients/abc')).toBe('/clients/abc');
    expect(safeReturnTo('/caseload?phase=any&q=ann#top')).toBe('/caseload?phase=any&q=ann#top');
  });

  it('nothing outside the app is accepted', () => {
    for (const raw of [
      'https://evil.example/x',
      '//evil.example/x',
      '/\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'clients/abc',
      '',
      null,
      undefined,
    ]) {
      expect(safeReturnTo(raw)).toBeNull();
    }
  });

  it('the sign-in page never returns to itself', () => {
    expect(safeReturnTo('/sign-in?returnTo=/x')).toBeNull();
    expect(safeReturnTo('/sign-in-help')).toBe('/sign-in-help');
  });

  it('the sign-in link carries the page to come back to', () => {
    expect(signInPath('/clients/abc?tab=1')).toBe('/sign-in?returnTo=%2Fclients%2Fabc%3Ftab%3D1');
    const back = new URLSearchParams(signInPath('/clients/abc?tab=1').split('?')[1]).get(
      'returnTo',
    );
    expect(back).toBe('/clients/abc?tab=1');
  });

  it('home needs no return address, and a bad one is dropped', () => {
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath('/caseload')).toBe('/sign-in?returnTo=%2Fcaseload');
    expect(signInPath('//evil.example')).toBe('/sign-in');
  });
});

describe('why the sign-in page is shown', () => {
  it('reads back the reason the app gave, and ignores anything else', () => {
    expect(signInReason(signInState('session-ended'))).toBe('session-ended');
    expect(signInReason(signInState('password-set'))).toBe('password-set');
    expect(signInReason({ signInReason: 'hacked' })).toBeNull();
    expect(signInReason(null)).toBeNull();
  });
});
