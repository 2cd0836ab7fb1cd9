import { describe, expect, it } from 'vitest';
import { accessRows, operationLabel, type AccessEvent } from './access-log-events';

const jonah = { id: 's1', displayName: 'Jonah Whitfield, LCSW' };
const helena = { id: 's2', displayName: 'Helena Marsh, PsyD' };
let n = 100;
const event = (over: Partial<AccessEvent>): AccessEvent => ({
  id: String(n--),
  occurredAt: '2026-11-27T09:00:00Z',
  action: 'READ',
  outcome: 'SUCCESS',
  recordType: 'Client',
  requestId: 'r1',
  actor: jonah,
  ...over,
});

describe('who opened this chart', () => {
  it('one chart opening (client and its episodes) reads as one row', () => {
    const rows = accessRows([
      event({ recordType: 'Episode' }),
      event({ recordType: 'Episode' }),
      event({ recordType: 'Client' }),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      who: 'Jonah Whitfield, LCSW',
      action: 'READ',
      records: 'Client details, 2 episodes',
    });
  });

  it('different requests, people or outcomes stay apart, in the order given', () => {
    const rows = accessRows([
      event({ requestId: 'r3', actor: helena }),
      event({ requestId: 'r2', action: 'BREAK_GLASS', note: 'Covering a crisis call' }),
      event({ requestId: 'r1', outcome: 'DENIED' }),
    ]);
    expect(rows.map((r) => [r.who, r.action, r.outcome])).toEqual([
      ['Helena Marsh, PsyD', 'READ', 'SUCCESS'],
      ['Jonah Whitfield, LCSW', 'BREAK_GLASS', 'SUCCESS'],
      ['Jonah Whitfield, LCSW', 'READ', 'DENIED'],
    ]);
    expect(rows[1]?.note).toBe('Covering a crisis call');
  });

  it('a single episode is counted too', () => {
    expect(accessRows([event({ recordType: 'Episode' }), event({})])[0]?.records).toBe(
      'Client details, 1 episode',
    );
  });

  it('an event without a known actor still shows', () => {
    expect(accessRows([event({ actor: null, recordType: 'Mystery' })])[0]).toMatchObject({
      who: 'Unknown',
      records: 'Mystery',
    });
  });
});

describe('where an access came from', () => {
  it('names the operation in words', () => {
    expect(operationLabel('client')).toBe('Opened the chart');
    expect(operationLabel('clients')).toBe('Listed in the caseload');
    expect(operationLabel('dashboardClients')).toBe('Dashboard list');
    expect(operationLabel('updateClient')).toBe('Changed details');
    expect(operationLabel('signIn')).toBe('Signed in');
  });

  it('shows unknown operations plainly, joins several, and nothing when none was recorded', () => {
    expect(operationLabel('somethingNew')).toBe('somethingNew');
    expect(operationLabel('client,myWorklist')).toBe('Opened the chart · Worklist');
    expect(operationLabel(null)).toBeNull();
    expect(operationLabel('')).toBeNull();
  });

  it('each row says how the chart was reached; a list and an opening stay apart', () => {
    const rows = accessRows([
      event({ requestId: 'r2', operation: 'client' }),
      event({ requestId: 'r2', operation: 'client', recordType: 'Episode' }),
      event({ requestId: 'r1', operation: 'clients' }),
      event({ requestId: 'r0' }),
    ]);
    expect(rows.map((r) => [r.via, r.records])).toEqual([
      ['Opened the chart', 'Client details, 1 episode'],
      ['Listed in the caseload', 'Client details'],
      [null, 'Client details'],
    ]);
  });
});
