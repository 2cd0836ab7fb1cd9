import { describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'type-graphql';
import { buildWaypointSchema } from './schema.js';
import { operationsOnOwnAccount, operationsWithTargets } from './target-authorization.js';

describe('every mutation names the record it acts on', () => {
  it('each mutation that is not PUBLIC declares @AuthorizesTarget or @ActsOnOwnAccount', async () => {
    await buildWaypointSchema();
    const storage = getMetadataStorage();
    const isPublic = (target: object, methodName: string) =>
      storage.authorizedFields.some(
        (a) =>
          a.target === target &&
          a.fieldName === methodName &&
          (a.roles as string[]).includes('PUBLIC'),
      );
    const declared = new Set([...operationsWithTargets(), ...operationsOnOwnAccount()]);
    const mutations = storage.mutations.filter((m) => !isPublic(m.target, m.methodName));
    expect(mutations.length).toBeGreaterThan(20);
    expect(
      mutations.map((m) => `Mutation.${m.schemaName}`).filter((name) => !declared.has(name)),
    ).toEqual([]);
  });
});
