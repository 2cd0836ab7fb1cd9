import { describe, expect, it } from 'vitest';
import { diffView, type DiffTree, type KindDiffInput } from './plan-diff';

const staff = { id: 's1', displayName: 'Jonah Whitfield, LCSW' };
const from: DiffTree = {
  problems: [
    {
      id: 'p1-v1',
      domain: 'SUBSTANCE_USE',
      clientWords: 'I drink every night to sleep',
      goals: [
        {
          id: 'g1-v1',
          description: 'Stop drinking at night',
          objectives: [
            {
              id: 'o1-v1',
              description: 'Use a sleep routine',
              interventions: [
                { id: 'i1-v1', modality: 'CBT', frequency: 'Weekly', responsibleStaff: null },
              ],
            },
          ],
        },
      ],
    },
  ],
};
const to: DiffTree = {
  problems: [
    {
      id: 'p1-v2',
      domain: 'SUBSTANCE_USE',
      clientWords: 'I drink every night to sleep',
      goals: [
        {
          id: 'g1-v2',
          description: 'Stop drinking at night',
          objectives: [],
        },
        { id: 'g2-v2', description: 'Repair things with my sister', objectives: [] },
      ],
    },
  ],
};
const kinds: KindDiffInput[] = [
  { kind: 'PROBLEM', added: 0, removed: 0, changed: 0, changes: [] },
  {
    kind: 'GOAL',
    added: 1,
    removed: 0,
    changed: 1,
    changes: [
      {
        change: 'CHANGED',
        lineageId: 'g1',
        fromId: 'g1-v1',
        toId: 'g1-v2',
        fields: [
          { field: 'targetDate', from: '2026-12-01', to: '2027-01-15' },
          { field: 'achievementStatus', from: 'IN_PROGRESS', to: 'IMPROVING' },
          { field: 'horizon', from: null, to: 'IMMEDIATE' },
        ],
      },
      { change: 'ADDED', lineageId: 'g2', fromId: null, toId: 'g2-v2', fields: [] },
    ],
  },
  {
    kind: 'OBJECTIVE',
    added: 0,
    removed: 1,
    changed: 0,
    changes: [{ change: 'REMOVED', lineageId: 'o1', fromId: 'o1-v1', toId: null, fields: [] }],
  },
  {
    kind: 'INTERVENTION',
    added: 0,
    removed: 0,
    changed: 1,
    changes: [
      {
        change: 'CHANGED',
        lineageId: 'i1',
        fromId: 'i1-v1',
        toId: 'i1-v1',
        fields: [{ field: 'responsibleStaffId', from: null, to: 's1' }],
      },
    ],
  },
];
// The intervention's new staff appears only in the later tree.
const toWithStaff: DiffTree = {
  problems: [
    ...to.problems,
    {
      id: 'p9',
      domain: 'HOUSING',
      clientWords: 'x',
      goals: [
        {
          id: 'g9',
          description: 'y',
          objectives: [
            {
              id: 'o9',
              description: 'z',
              interventions: [
                {
                  id: 'i9',
                  modality: 'CASE_MANAGEMENT',
                  frequency: 'Weekly',
                  responsibleStaff: staff,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('comparing two versions', () => {
  const view = diffView(kinds, from, toWithStaff);

  it('names each element by its words and its place in the plan', () => {
    const goals = view.sections.find((s) => s.kind === 'GOAL')!;
    expect(goals.items.map((i) => [i.change, i.label, i.where])).toEqual([
      ['CHANGED', 'Stop drinking at night', 'Problem 1'],
      ['ADDED', 'Repair things with my sister', 'Problem 1'],
    ]);
    const removed = view.sections.find((s) => s.kind === 'OBJECTIVE')!.items[0]!;
    // A removed element is named from the earlier version.
    expect([removed.change, removed.label, removed.where]).toEqual([
      'REMOVED',
      'Use a sleep routine',
      'Problem 1, goal 1',
    ]);
  });

  it('shows old → new values as staff read them', () => {
    const changed = view.sections.find((s) => s.kind === 'GOAL')!.items[0]!;
    expect(changed.fields).toEqual([
      { field: 'targetDate', label: 'Target date', from: '1 Dec 2026', to: '15 Jan 2027' },
      { field: 'achievementStatus', label: 'Achievement', from: 'In progress', to: 'Improving' },
      { field: 'horizon', label: 'Horizon', from: null, to: 'Immediate' },
    ]);
    const staffChange = view.sections.find((s) => s.kind === 'INTERVENTION')!.items[0]!.fields[0];
    expect(staffChange).toMatchObject({ from: null, to: 'Jonah Whitfield, LCSW' });
  });

  it('counts what changed and keeps every kind, even unchanged ones', () => {
    expect(view.total).toBe(4);
    expect(view.sections.map((s) => s.title)).toEqual([
      'Problems',
      'Goals',
      'Objectives',
      'Interventions',
    ]);
    expect(view.sections[0]?.items).toEqual([]);
  });
});
