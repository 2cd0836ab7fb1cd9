import { inject, expect, it } from 'vitest';
import { createDataSource } from '../data-source.js';

it('the migrations build exactly the schema the entities describe (no pending changes)', async () => {
  const ds = createDataSource(inject('databaseUrl'), 1);
  await ds.initialize();
  try {
    expect(await ds.showMigrations()).toBe(false);
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  } finally {
    await ds.destroy();
  }
});
