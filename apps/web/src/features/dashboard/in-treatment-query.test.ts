import { statusesInPhase } from '@waypoint/domain';
import { Kind, type ArgumentNode, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DashboardInTreatmentQuery, mergeClientLists } from './in-treatment-query';

function censusKeys(): string[] {
  const op = DashboardInTreatmentQuery.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fields = (op?.selectionSet.selections ?? []).filter(
    (s): s is FieldNode => s.kind === Kind.FIELD,
  );
  return fields.map((f) => {
    const input = f.arguments?.find((a: ArgumentNode) => a.name.value === 'input')?.value;
    if (input?.kind !== Kind.OBJECT) return '';
    const key = input.fields.find((x) => x.name.value === 'key')?.value;
    return key?.kind === Kind.STRING ? key.value : '';
  });
}

describe('everyone in treatment', () => {
  it('asks for exactly the statuses of the treatment phase', () => {
    expect(censusKeys().sort()).toEqual([...statusesInPhase('IN_TREATMENT')].sort());
  });

  it('puts the lists together, counting across them', () => {
    expect(
      mergeClientLists([
        { totalCount: 2, rows: ['a', 'b'] },
        undefined,
        { totalCount: 1, rows: ['c'] },
      ]),
    ).toEqual({ totalCount: 3, rows: ['a', 'b', 'c'] });
  });
});
