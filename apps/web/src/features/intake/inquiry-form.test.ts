import { describe, expect, it } from 'vitest';
import {
  ageOverridePrograms,
  emptyInquiry,
  hasInquiryInput,
  inquiryPrograms,
  isInquiryValues,
  matchQuery,
  toOpenInquiryInput,
  toReadmissionInput,
  type InquiryValues,
  validateInquiry,
} from './inquiry-form';

const TODAY = '2026-11-27';
const valid: InquiryValues = {
  ...emptyInquiry('p-1'),
  firstName: 'Marguerite',
  lastName: 'Okafor-Lind',
  dateOfBirth: '1988-04-02',
};

describe('a new inquiry', () => {
  it('needs a program, both legal names and a date of birth', () => {
    expect(Object.keys(validateInquiry(emptyInquiry(), TODAY)).sort()).toEqual([
      'dateOfBirth',
      'firstName',
      'lastName',
      'programId',
    ]);
    expect(validateInquiry(valid, TODAY)).toEqual({});
  });

  it('a name of spaces is no name', () => {
    expect(validateInquiry({ ...valid, firstName: '   ' }, TODAY).firstName).toBe('Required');
  });

  it('the date of birth is a real date, not in the future', () => {
    expect(validateInquiry({ ...valid, dateOfBirth: '1990-02-30' }, TODAY).dateOfBirth).toBe(
      'Enter a date',
    );
    expect(validateInquiry({ ...valid, dateOfBirth: '2026-11-28' }, TODAY).dateOfBirth).toBe(
      'Cannot be in the future',
    );
    expect(validateInquiry({ ...valid, dateOfBirth: '1826-11-28' }, TODAY).dateOfBirth).toBe(
      'Check the year',
    );
  });

  it('phone and email follow the chart’s contact rules', () => {
    const errors = validateInquiry({ ...valid, phone: 'call me', email: 'not-an-email' }, TODAY);
    expect(errors.phone).toMatch(/phone number/);
    expect(errors.email).toMatch(/email address/);
    expect(
      validateInquiry({ ...valid, phone: '(562) 555-0134', email: 'm.ol@example.org' }, TODAY),
    ).toEqual({});
  });

  it('lengths stay within what the API stores', () => {
    expect(validateInquiry({ ...valid, lastName: 'x'.repeat(81) }, TODAY).lastName).toMatch(/80/);
    expect(
      validateInquiry({ ...valid, referralSource: 'x'.repeat(201) }, TODAY).referralSource,
    ).toMatch(/200/);
  });

  it('is sent trimmed, leaving out what was not given', () => {
    expect(
      toOpenInquiryInput({
        ...valid,
        firstName: ' Marguerite ',
        referralSource: ' Self ',
        pronouns: ' ',
      }),
    ).toEqual({
      programId: 'p-1',
      firstName: 'Marguerite',
      lastName: 'Okafor-Lind',
      dateOfBirth: '1988-04-02',
      referralSource: 'Self',
    });
  });

  it('a draft is kept once something was typed, and recognised by shape', () => {
    expect(hasInquiryInput(emptyInquiry('p-1'))).toBe(false);
    expect(hasInquiryInput({ ...emptyInquiry('p-1'), phone: '5' })).toBe(true);
    expect(isInquiryValues(valid)).toBe(true);
    expect(isInquiryValues({ firstName: 'x' })).toBe(false);
  });
});

describe('where an inquiry can be opened', () => {
  it('in the programs where the viewer is intake or director, by name', () => {
    const viewer = {
      programRoles: [
        { role: 'INTAKE' as const, program: { id: 't', name: 'Teen IOP' } },
        { role: 'CLINICIAN' as const, program: { id: 'x', name: 'Another IOP' } },
        { role: 'DIRECTOR' as const, program: { id: 'a', name: 'Adult IOP' } },
        { role: 'INTAKE' as const, program: { id: 'a', name: 'Adult IOP' } },
      ],
    };
    expect(inquiryPrograms(viewer)).toEqual([
      { value: 'a', label: 'Adult IOP' },
      { value: 't', label: 'Teen IOP' },
    ]);
  });
});

describe('a returning client', () => {
  const filled = {
    ...emptyInquiry('p1'),
    firstName: ' Rowan ',
    lastName: 'Ellery',
    dateOfBirth: '1988-03-14',
    referralSource: 'Self',
  };

  it('is looked for once name and date of birth are there', () => {
    expect(matchQuery({ ...filled, dateOfBirth: '' }, '2026-12-04')).toBeNull();
    expect(matchQuery(filled, '2026-12-04')).toEqual({
      programId: 'p1',
      firstName: 'Rowan',
      lastName: 'Ellery',
      dateOfBirth: '1988-03-14',
    });
  });

  it('is readmitted onto their chart; a confirmed new person and an age override are sent as chosen', () => {
    expect(toReadmissionInput(filled, 'c1')).toEqual({
      programId: 'p1',
      existingClientId: 'c1',
      referralSource: 'Self',
    });
    expect(
      toOpenInquiryInput(filled, { confirmedNewClient: true, ageOverrideReason: ' Court order ' }),
    ).toMatchObject({ confirmedNewClient: true, ageOverrideReason: 'Court order' });
    expect(toOpenInquiryInput(filled)).not.toHaveProperty('confirmedNewClient');
  });

  it('only directors may override the age rule', () => {
    const viewer = {
      programRoles: [
        { role: 'INTAKE' as const, program: { id: 'a', name: 'Adult' } },
        { role: 'DIRECTOR' as const, program: { id: 't', name: 'Teen' } },
      ],
    };
    expect([...ageOverridePrograms(viewer)]).toEqual(['t']);
  });
});
