// prints the SQL TypeORM would run to build the schema from the entities on an empty database
import 'reflect-metadata';
const { createDataSource } = await import(process.cwd() + '/dist/db/data-source.js');
const ds = createDataSource(process.env.DATABASE_URL);
await ds.initialize();
const log = await ds.driver.createSchemaBuilder().log();
for (const q of log.upQueries) console.log(q.query + ';');
console.log('--- DOWN');
for (const q of log.downQueries.reverse()) console.log(q.query + ';');
await ds.destroy();
