import type { Patient } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { emptyValues, fhirErrors } from './fhir-validation.js';

const patient: Patient = { resourceType: 'Patient', id: 'p1', name: [{ family: 'Rivera' }] };

describe('fhirErrors: empty values, which medplum’s validator lets pass and FHIR JSON forbids', () => {
  it('finds none in a resource without empty values', () => {
    expect(fhirErrors(patient)).toEqual([]);
  });

  it.each([
    ['an empty array', { telecom: [] }, 'Patient.telecom'],
    ['an empty object', { maritalStatus: {} }, 'Patient.maritalStatus'],
    [
      'an object left empty by undefined members',
      { maritalStatus: { text: undefined } },
      'Patient.maritalStatus',
    ],
    ['an empty string', { gender: '' }, 'Patient.gender'],
    ['null', { birthDate: null }, 'Patient.birthDate'],
    [
      'an empty value deep inside',
      { name: [{ family: 'Rivera', given: [] }] },
      'Patient.name[0].given',
    ],
  ])('reports %s as an error at its path', (_what, more, path) => {
    const resource = { ...patient, ...more } as unknown as Patient;
    expect(emptyValues(resource, 'Patient')).toEqual([path]);
    expect(fhirErrors(resource).map((i) => i.expression)).toContainEqual([path]);
  });
});
