import { describe, expect, it } from 'vitest';
import {
  caseloadSearchParams,
  defaultCaseloadFilters,
  emptyCaseloadMessage,
  isDefaultCaseloadFilters,
  parseCaseloadFilters,
  toClientFilter,
  type CaseloadFilters,
} from './caseload-filters';

const parse = (query: string) => parseCaseloadFilters(new URLSearchParams(query));

describe('caseload filters in the URL', () => {
  it('a plain link shows the clients in treatment', () => {
    expect(parse('')).toEqual(defaultCaseloadFilters);
    expect(caseloadSearchParams(defaultCaseloadFilters).toString()).toBe('');
  });

  it('a link reproduces the view it was copied from', () => {
    const filters: CaseloadFilters = {
      programId: 'p-1',
      clinicianId: 'c-9',
      phases: ['PRE_ADMISSION', 'AFTERCARE'],
      search: 'quill',
    };
    const query = caseloadSearchParams(filters).toString();
    expect(query).toBe('program=p-1&clinician=c-9&phase=PRE_ADMISSION%2CAFTERCARE&q=quill');
    expect(parse(query)).toEqual(filters);
  });

  it('"every phase" survives the round trip and differs from the default', () => {
    const everyone = { ...defaultCaseloadFilters, phases: [] };
    expect(caseloadSearchParams(everyone).get('phase')).toBe('any');
    expect(parse('phase=any').phases).toEqual([]);
  });

  it('phases are read leniently and kept in lifecycle order', () => {
    expect(parse('phase=aftercare,in-treatment,AFTERCARE').phases).toEqual([
      'IN_TREATMENT',
      'AFTERCARE',
    ]);
  });

  it('a link with only unknown phases falls back to the default, not to everyone', () => {
    expect(parse('phase=DISCHARGED').phases).toEqual(['IN_TREATMENT']);
  });

  it('blank values are no filter at all', () => {
    expect(parse('program=&clinician=%20&q=%20%20')).toEqual(defaultCaseloadFilters);
  });
});

describe('caseload filters sent to the API', () => {
  it('leaves out what is not set, so equal views share a cache entry', () => {
    expect(toClientFilter({ ...defaultCaseloadFilters, phases: [] })).toEqual({});
    expect(
      toClientFilter({
        programId: 'p',
        clinicianId: null,
        phases: ['IN_TREATMENT'],
        search: '  ann ',
      }),
    ).toEqual({
      programId: 'p',
      phases: ['IN_TREATMENT'],
      search: 'ann',
    });
  });

  it('names the primary clinician filter as the API does', () => {
    expect(toClientFilter({ ...defaultCaseloadFilters, clinicianId: 'c' }).primaryClinicianId).toBe(
      'c',
    );
  });
});

describe('an empty caseload', () => {
  it('with no filters chosen, explains rather than offering to clear', () => {
    expect(isDefaultCaseloadFilters(defaultCaseloadFilters)).toBe(true);
    expect(emptyCaseloadMessage(defaultCaseloadFilters).canClear).toBe(false);
  });

  it('with a search, names what was searched for', () => {
    const m = emptyCaseloadMessage({ ...defaultCaseloadFilters, search: 'zed' });
    expect(m.title).toContain('zed');
    expect(m.canClear).toBe(true);
  });

  it('with other filters, offers to clear them', () => {
    expect(emptyCaseloadMessage({ ...defaultCaseloadFilters, phases: ['ENDED'] }).canClear).toBe(
      true,
    );
  });
});
