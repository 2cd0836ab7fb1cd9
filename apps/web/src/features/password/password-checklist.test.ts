import { describe, expect, it } from 'vitest';
import { passwordAcceptable, passwordChecklist } from './password-checklist';

const owner = { email: 'maria.okafor@clinic.example.org', firstName: 'Maria', lastName: 'Okafor' };
const met = (password: string) =>
  Object.fromEntries(passwordChecklist(password, owner).map((i) => [i.key, i.met]));

describe('the password checklist', () => {
  it('is neutral before anything is typed', () => {
    expect(met('')).toEqual({ length: null, guessable: null, personal: null });
  });

  it('ticks each rule the policy accepts, and only those', () => {
    expect(met('maria')).toEqual({ length: false, guessable: false, personal: false });
    expect(met('okafor harbour lights')).toEqual({
      length: true,
      guessable: true,
      personal: false,
    });
    expect(met('Sunshine2024!')).toEqual({ length: true, guessable: false, personal: true });
    expect(met('lantern orchard pebble')).toEqual({
      length: true,
      guessable: true,
      personal: true,
    });
  });

  it('a fully ticked list is exactly a password the policy accepts', () => {
    for (const pw of ['lantern orchard pebble', 'maria', 'aaaaaaaaaaaaaaa', 'x'.repeat(129)]) {
      const allTicked = passwordChecklist(pw, owner).every((i) => i.met === true);
      expect(allTicked).toBe(passwordAcceptable(pw, owner));
    }
  });
});
