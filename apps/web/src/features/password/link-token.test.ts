import { describe, expect, it } from 'vitest';
import { linkToken } from './link-token';

const token = 'Q2hhbmdlIG1lIHRvIGEgcmVhbCB0b2tlbiBwbGVhc2U';

describe('the token of a set-password link', () => {
  it('is read from the fragment', () => {
    expect(linkToken(`#token=${token}`)).toBe(token);
  });

  it('is absent without a fragment, or with something that is not a token', () => {
    expect(linkToken('')).toBeNull();
    expect(linkToken('#')).toBeNull();
    expect(linkToken('#token=')).toBeNull();
    expect(linkToken('#token=<script>alert(1)</script>')).toBeNull();
    expect(linkToken(`#other=${token}`)).toBeNull();
  });
});
