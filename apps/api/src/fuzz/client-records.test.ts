import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildWaypointSchema } from '../graphql/schema.js';
import { clientRecordSources, notClientRecords, uncheckedClientRecords } from './client-records.js';

describe('the types the fuzzer’s scope check knows', () => {
  it('every type with an id is a checked client record, not client data, or listed as unchecked', async () => {
    const schema = await buildWaypointSchema();
    const withId = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith('__') && 'id' in t.getFields())
      .map((t) => t.name)
      .sort();
    const lists = [clientRecordSources, notClientRecords, uncheckedClientRecords];
    const classified = lists.flatMap((list) => Object.keys(list));
    // A new type fails here until someone says how its records are scoped.
    expect(withId.filter((name) => !classified.includes(name))).toEqual([]);
    // And a renamed or removed one does not linger in the lists.
    expect(classified.filter((name) => !withId.includes(name))).toEqual([]);
    expect(new Set(classified).size).toBe(classified.length);
  });
});
