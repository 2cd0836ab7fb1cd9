import { createHash } from 'node:crypto';

/**
 * Statements with parameters run as named prepared statements, named after their text: each
 * connection parses and analyses a statement once and then only binds and executes it, and
 * PostgreSQL may keep its plan (after five executions, when a generic plan costs no more than the
 * custom ones). Every request sends the same few texts (session, scope, audit insert), so this
 * saves the server the parse and plan of each of them on each request.
 *
 * Texts built with inline values would pile up on a long-lived connection: a connection prepares
 * at most PREPARED_PER_CONNECTION texts and runs any later new one unnamed. Behind a pooler in
 * transaction mode, PgBouncer 1.21+ with `max_prepared_statements` keeps this working.
 */
export const PREPARED_PER_CONNECTION = 250;

// The name of each text seen (hashing a long statement costs more than looking it up).
const names = new Map<string, string>();
const NAMES_KEPT = 5000;

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `wp_${createHash('sha1').update(text).digest('base64url')}`;
    if (names.size < NAMES_KEPT) names.set(text, name);
  }
  return name;
}

/**
 * `client.query(text, values, ...)` as a named statement when it has values and `prepared` (the
 * connection's names so far) has room; otherwise the arguments as they were.
 */
export function asPrepared(args: unknown[], prepared: Set<string>): unknown[] {
  const [text, values, ...rest] = args;
  if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) return args;
  const name = nameOf(text);
  if (!prepared.has(name)) {
    if (prepared.size >= PREPARED_PER_CONNECTION) return args;
    prepared.add(name);
  }
  return [{ name, text, values }, ...rest];
}
