import { describe, expect, it } from 'vitest';
import { diffElements, diffPlans, fieldText, type PlanSnapshot } from './plan-diff.js';

const goal = (id: string, lineageId: string, extra: Record<string, unknown> = {}) => ({
  id,
  lineageId,
  description: 'Attend every group',
  horizon: 'IMMEDIATE',
  targetDate: '2026-05-01',
  lifecycleStatus: 'ACTIVE',
  achievementStatus: 'IN_PROGRESS',
  position: 1,
  // Never compared: they differ between versions by construction.
  version: 1,
  createdAt: new Date(),
  ...extra,
});

const empty: PlanSnapshot = { problems: [], goals: [], objectives: [], interventions: [] };

describe('comparing plan versions', () => {
  it('pairs elements by lineage, not by id, so a copied element is unchanged', () => {
    const diff = diffElements('GOAL', [goal('a1', 'L1')], [goal('b1', 'L1', { version: 4 })]);
    expect(diff).toEqual({
      kind: 'GOAL',
      added: 0,
      removed: 0,
      changed: 0,
      unchanged: 1,
      changes: [],
    });
  });

  it('reports each changed field with both values as text', () => {
    const diff = diffElements(
      'GOAL',
      [goal('a1', 'L1')],
      [goal('b1', 'L1', { description: 'Attend four groups', targetDate: null, position: 2 })],
    );
    expect(diff.changed).toBe(1);
    expect(diff.changes).toEqual([
      {
        kind: 'GOAL',
        lineageId: 'L1',
        change: 'CHANGED',
        fromId: 'a1',
        toId: 'b1',
        fields: [
          { field: 'description', from: 'Attend every group', to: 'Attend four groups' },
          { field: 'targetDate', from: '2026-05-01', to: null },
          { field: 'position', from: '1', to: '2' },
        ],
      },
    ]);
  });

  it('an element only in the later version is ADDED, only in the earlier one REMOVED', () => {
    const diff = diffElements(
      'GOAL',
      [goal('a1', 'L1'), goal('a2', 'L2')],
      [goal('b1', 'L1'), goal('b3', 'L3')],
    );
    expect(diff).toMatchObject({ added: 1, removed: 1, changed: 0, unchanged: 1 });
    expect(diff.changes.map((c) => [c.change, c.lineageId, c.fromId, c.toId])).toEqual([
      ['ADDED', 'L3', null, 'b3'],
      ['REMOVED', 'L2', 'a2', null],
    ]);
  });

  it('compares every kind separately', () => {
    const from = {
      ...empty,
      problems: [{ id: 'p1', lineageId: 'P', domain: 'AFFECT', clientWords: 'x', position: 1 }],
      interventions: [
        { id: 'i1', lineageId: 'I', modality: 'CBT', frequency: 'weekly', position: 1 },
      ],
    };
    const to = {
      ...empty,
      problems: [{ id: 'p2', lineageId: 'P', domain: 'AFFECT', clientWords: 'x', position: 1 }],
      goals: [goal('g2', 'G')],
      interventions: [
        { id: 'i2', lineageId: 'I', modality: 'DBT_SKILLS', frequency: 'weekly', position: 1 },
      ],
    };
    const diff = diffPlans(from, to);
    expect(Object.keys(diff)).toEqual(['PROBLEM', 'GOAL', 'OBJECTIVE', 'INTERVENTION']);
    expect(diff.PROBLEM).toMatchObject({ unchanged: 1, changes: [] });
    expect(diff.GOAL).toMatchObject({ added: 1 });
    expect(diff.OBJECTIVE).toMatchObject({ added: 0, removed: 0, changed: 0, unchanged: 0 });
    expect(diff.INTERVENTION.changes[0]!.fields).toEqual([
      { field: 'modality', from: 'CBT', to: 'DBT_SKILLS' },
    ]);
  });

  it('a missing optional value and null are the same', () => {
    expect(fieldText(undefined)).toBeNull();
    expect(fieldText(null)).toBeNull();
    expect(fieldText(0)).toBe('0');
    expect(fieldText(new Date('2026-03-01T00:00:00Z'))).toBe('2026-03-01T00:00:00.000Z');
    const withNull = { id: 'a', lineageId: 'O', measure: null };
    const without = { id: 'b', lineageId: 'O' };
    const diff = diffElements('OBJECTIVE', [withNull], [without]);
    expect(diff.unchanged).toBe(1);
  });
});
