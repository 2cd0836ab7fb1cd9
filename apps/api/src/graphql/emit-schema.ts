import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildWaypointSchema } from './schema.js';

/** Writes apps/api/schema.graphql, the contract the web app's generated code is built from. */
const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
const schema = await buildWaypointSchema();
await writeFile(target, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log(`schema written to ${path.relative(process.cwd(), target)}`);
