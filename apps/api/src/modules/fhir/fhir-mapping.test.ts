import { expect, it } from 'vitest';
import { withoutEmpty } from './fhir-mapping.js';

it('withoutEmpty leaves out what is empty at any depth and keeps 0 and false', () => {
  expect(
    withoutEmpty({
      active: false,
      telecom: [],
      period: { start: undefined, end: null },
      name: [{ given: [''], family: 'Rivera' }, {}],
      provision: { data: [], actor: [{ role: { coding: [] } }] },
      valueInteger: 0,
    }),
  ).toEqual({ active: false, name: [{ family: 'Rivera' }], valueInteger: 0 });
  expect(withoutEmpty({ telecom: [] })).toBeUndefined();
});
