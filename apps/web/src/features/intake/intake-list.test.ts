import { describe, expect, it } from 'vitest';
import {
  daysSinceInquiry,
  emptyIntakeMessage,
  intakeRows,
  intakeSearchParams,
  mostPressingFirst,
  nextIntakeStep,
  parseIntakeFilters,
  toIntakeClientFilter,
  waitLabel,
} from './intake-list';

describe('intake list filters in the URL', () => {
  it('a plain link shows everyone before admission', () => {
    expect(parseIntakeFilters(new URLSearchParams(''))).toEqual({ programId: null, status: null });
    expect(toIntakeClientFilter({ programId: null, status: null })).toEqual({
      phases: ['PRE_ADMISSION'],
    });
  });

  it('a link reproduces the view it was copied from', () => {
    const filters = { programId: 'p-1', status: 'WAITLISTED' as const };
    const query = intakeSearchParams(filters).toString();
    expect(query).toBe('program=p-1&status=WAITLISTED');
    expect(parseIntakeFilters(new URLSearchParams(query))).toEqual(filters);
  });

  it('statuses are read leniently, and only those before admission', () => {
    expect(parseIntakeFilters(new URLSearchParams('status=screening')).status).toBe('SCREENING');
    expect(parseIntakeFilters(new URLSearchParams('status=ACTIVE')).status).toBeNull();
  });

  it('the API is asked for one program and status within pre-admission', () => {
    expect(toIntakeClientFilter({ programId: 'p', status: 'INQUIRY' })).toEqual({
      phases: ['PRE_ADMISSION'],
      programId: 'p',
      statuses: ['INQUIRY'],
    });
  });
});

describe('how long someone has waited', () => {
  it('counts calendar days where the program is', () => {
    const now = new Date('2026-10-12T06:00:00Z'); // still 11 Oct in Los Angeles
    expect(daysSinceInquiry('2026-10-10T20:00:00Z', 'America/Los_Angeles', now)).toBe(1);
    expect(daysSinceInquiry('2026-10-10T20:00:00Z', 'Europe/Berlin', now)).toBe(2);
  });

  it('never goes below zero, and an unknown zone falls back to UTC', () => {
    expect(daysSinceInquiry('2026-10-13T00:00:00Z', 'UTC', new Date('2026-10-12T00:00:00Z'))).toBe(
      0,
    );
    expect(
      daysSinceInquiry('2026-10-01T12:00:00Z', 'Mars/Base', new Date('2026-10-04T12:00:00Z')),
    ).toBe(3);
  });

  it('reads as staff say it', () => {
    expect(waitLabel(0)).toBe('Today');
    expect(waitLabel(1)).toBe('1 day');
    expect(waitLabel(23)).toBe('23 days');
  });

  it('the longest waiting comes first; clients without an episode last', () => {
    const c = (id: string, openedAt?: string) => ({
      id,
      currentEpisode: openedAt ? { openedAt } : null,
    });
    const sorted = mostPressingFirst([
      c('b', '2026-10-05T00:00:00Z'),
      c('x'),
      c('a', '2026-09-30T00:00:00Z'),
    ]);
    expect(sorted.map((s) => s.id)).toEqual(['a', 'b', 'x']);
  });

  it('a safety escalation comes before any wait, the emergent before the urgent', () => {
    const c = (
      id: string,
      openedAt: string,
      screening: { urgency: 'ROUTINE' | 'URGENT' | 'EMERGENT'; escalated: boolean } | null,
    ) => ({ id, currentEpisode: { openedAt, screening } });
    const sorted = mostPressingFirst([
      c('routine-old', '2026-09-01T00:00:00Z', { urgency: 'ROUTINE', escalated: false }),
      c('unscreened', '2026-09-02T00:00:00Z', null),
      c('urgent-by-choice', '2026-10-03T00:00:00Z', { urgency: 'URGENT', escalated: false }),
      c('urgent-safety', '2026-10-04T00:00:00Z', { urgency: 'URGENT', escalated: true }),
      c('emergent-safety', '2026-10-05T00:00:00Z', { urgency: 'EMERGENT', escalated: true }),
      c('urgent-safety-older', '2026-10-01T00:00:00Z', { urgency: 'URGENT', escalated: true }),
    ]);
    expect(sorted.map((s) => s.id)).toEqual([
      'emergent-safety',
      'urgent-safety-older',
      'urgent-safety',
      'urgent-by-choice',
      'routine-old',
      'unscreened',
    ]);
  });

  it('an escalation beyond the loaded page is shown first, and nobody twice', () => {
    const c = (id: string, escalated: boolean) => ({
      id,
      currentEpisode: {
        openedAt: '2026-10-01T00:00:00Z',
        screening: { urgency: escalated ? ('URGENT' as const) : ('ROUTINE' as const), escalated },
      },
    });
    const page = [c('Adams', false), c('Baker', true), c('Cole', false)];
    const escalated = [c('Baker', true), c('Zimmer', true)];
    expect(intakeRows(page, escalated).map((r) => r.id)).toEqual([
      'Baker',
      'Zimmer',
      'Adams',
      'Cole',
    ]);
  });
});

describe('what intake does next', () => {
  it('follows the lifecycle', () => {
    expect(nextIntakeStep('INQUIRY')).toBe('Screen');
    expect(nextIntakeStep('ASSESSMENT')).toBe('Decide on admission');
    expect(nextIntakeStep('ACTIVE')).toBeNull();
  });

  it('an empty list explains, or offers to clear the filters', () => {
    expect(emptyIntakeMessage({ programId: null, status: null }).canClear).toBe(false);
    expect(emptyIntakeMessage({ programId: null, status: 'INQUIRY' }).canClear).toBe(true);
  });
});
