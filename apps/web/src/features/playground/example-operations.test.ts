import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaSdl from '../../../../api/schema.graphql?raw';
import { exampleTabs } from './example-operations';

const schema = buildSchema(schemaSdl);

describe('playground examples', () => {
  const tabs = exampleTabs('3f2b6a4e-0000-4000-8000-000000000001');

  it.each(tabs.map((t) => [t.query.split('\n')[0], t] as const))(
    '%s is valid against the API schema',
    (_, tab) => {
      expect(validate(schema, parse(tab.query))).toEqual([]);
    },
  );

  it('every example explains itself in a comment and has valid JSON variables', () => {
    for (const tab of tabs) {
      expect(tab.query.startsWith('# ')).toBe(true);
      if (tab.variables) expect(() => JSON.parse(tab.variables ?? '') as unknown).not.toThrow();
    }
  });

  it('uses the program that was looked up, so the examples run as they are', () => {
    expect(tabs[0]?.variables).toContain('3f2b6a4e-0000-4000-8000-000000000001');
    expect(exampleTabs(null)[0]?.variables).toContain('paste-a-program-id');
  });
});

it('example lines fit the editor without scrolling sideways', () => {
  for (const tab of exampleTabs('3f2b6a4e-0000-4000-8000-000000000001')) {
    for (const line of tab.query.split('\n')) expect(line.length).toBeLessThanOrEqual(62);
  }
});
