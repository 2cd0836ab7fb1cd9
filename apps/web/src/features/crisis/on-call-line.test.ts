import { describe, expect, it } from 'vitest';
import { onCallLine } from './on-call-line';

const staff = (id: string, firstName: string, lastName: string) => ({
  staff: { id, firstName, lastName },
});

describe('onCallLine', () => {
  it('names who is on call by first name and initial, and says "you" to the one on call', () => {
    const programs = [{ program: { name: 'Adult IOP' }, onCall: [staff('a', 'Dana', 'Reyes')] }];
    expect(onCallLine(programs, 'me').short).toBe('On call: Dana R.');
    expect(onCallLine(programs, 'a')).toEqual({
      short: 'On call: you',
      long: 'On call now for Adult IOP: you',
      nobody: false,
    });
  });

  it('says so when nobody is rostered in any program', () => {
    expect(onCallLine([{ program: { name: 'Adult IOP' }, onCall: [] }], 'me')).toMatchObject({
      short: 'Nobody on call',
      nobody: true,
    });
  });
});
