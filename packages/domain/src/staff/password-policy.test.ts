import { describe, expect, it } from 'vitest';
import {
  newPasswordSchema,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordProblems,
  type PasswordOwner,
} from './password-policy.js';

const owner: PasswordOwner = {
  email: 'maria.okafor@clinic.example.org',
  firstName: 'Maria',
  lastName: 'Okafor',
};
const rules = (password: string) => passwordProblems(password, owner).map((p) => p.rule);

describe('the password policy', () => {
  it('accepts a passphrase of ordinary words, with no digit or symbol required', () => {
    expect(rules('correct horse battery staple')).toEqual([]);
    expect(rules('tangerine lighthouse')).toEqual([]);
  });

  it(`needs at least ${PASSWORD_MIN_LENGTH} characters, counted as characters rather than bytes`, () => {
    expect(rules('')).toEqual(['LENGTH']);
    expect(rules('x7#kq9!vTz2')).toEqual(['LENGTH']);
    expect(rules('x7#kq9!vTz2m')).toEqual([]);
    // 11 characters that are 22 UTF-16 units are still too short
    expect(rules('🌲'.repeat(5) + 'ab9Zq7')).toEqual(['LENGTH']);
    expect(passwordProblems('short', owner)[0]?.message).toBe('Use at least 12 characters');
  });

  it(`allows up to ${PASSWORD_MAX_LENGTH} characters and no more`, () => {
    const words = 'quiet river stone ';
    const long = words.repeat(8).slice(0, PASSWORD_MAX_LENGTH);
    expect(rules(long)).toEqual([]);
    expect(rules(`${long}x`)).toEqual(['LENGTH']);
  });

  it('judges a short password on every rule, so all its problems show at once', () => {
    expect(rules('Maria1')).toEqual(['LENGTH', 'COMMON', 'PERSONAL']);
    expect(rules('aaaa')).toEqual(['LENGTH', 'PREDICTABLE']);
  });

  it('refuses common passwords whatever their case', () => {
    expect(rules('qwerty123456')).toEqual(['COMMON']);
    expect(rules('LeaveMeAlone')).toEqual(['COMMON']);
  });

  it('refuses a common password with digits or symbols added around it', () => {
    expect(rules('Sunshine2024!')).toEqual(['COMMON']);
    expect(rules('!!football!!')).toEqual(['COMMON']);
  });

  it('refuses repeated characters and runs', () => {
    expect(rules('zzzzzzzzzzzzzz')).toEqual(['PREDICTABLE']);
    expect(rules('xyxyxyxyxyxyxy')).toEqual(['PREDICTABLE']);
    expect(rules('abcdefghijklmn')).toEqual(['PREDICTABLE']);
    expect(rules('987654321098'.slice(0, 9) + 'zyx')).toEqual([]);
  });

  it('refuses the person’s name, the email’s local part, and the product’s name', () => {
    expect(rules('maria loves the sea')).toEqual(['PERSONAL']);
    expect(rules('the okafor family tree')).toEqual(['PERSONAL']);
    expect(rules('xx-maria.okafor-xx')).toEqual(['PERSONAL']);
    expect(rules('my waypoint password')).toEqual(['PERSONAL']);
  });

  it('does not refuse a short name inside an unrelated word', () => {
    const al = { email: 'al@clinic.example.org', firstName: 'Al', lastName: 'Bo' };
    expect(passwordProblems('total calm harbour', al)).toEqual([]);
  });

  it('as a zod schema, reports every problem with its rule, and never trims spaces', () => {
    const schema = newPasswordSchema(owner);
    const refused = schema.safeParse('x7#kq9!vTz');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.message)).toEqual(['Use at least 12 characters']);
    const both = schema.safeParse('maria123456789');
    expect(
      both.error?.issues.map((i) => (i as { params?: { rule: string } }).params?.rule),
    ).toEqual(['COMMON', 'PERSONAL']);
    expect(schema.parse('  spaced out words  ')).toBe('  spaced out words  ');
    expect(schema.safeParse(undefined).success).toBe(false);
  });
});
