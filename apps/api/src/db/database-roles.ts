import { createHash } from 'node:crypto';
import pg from 'pg';
import type { EntityManager } from 'typeorm';

/**
 * The two database roles Waypoint runs with. The owner owns the schema and runs migrations; the
 * API runs as the app role, which may read and write rows but may not change the schema, own a
 * table, or touch the audit trail except to add to it and read it. So a compromised or buggy API
 * cannot disable the audit trail's append-only trigger (`ALTER TABLE … DISABLE TRIGGER` needs the
 * owner; `SET session_replication_role` needs a superuser).
 */
export interface DatabaseRoles {
  /** The API's restricted role (DATABASE_URL). */
  appUrl: string;
  /** The schema's owner, which runs migrations (DATABASE_MIGRATION_URL). */
  ownerUrl: string;
}

/**
 * What the app role may do to the tables that are not ordinary rows to read and write. Every other
 * table in the schema gets SELECT, INSERT, UPDATE, DELETE (never TRUNCATE, REFERENCES, TRIGGER).
 */
const RESTRICTED_TABLES: Record<string, string> = {
  audit_event: 'SELECT, INSERT',
  // Status history: each change is a new row (the table's trigger also refuses the rest).
  plan_status_change: 'SELECT, INSERT',
  // Moved only by seal_audit_chain (SECURITY DEFINER): the API only reads it to verify.
  audit_chain_head: 'SELECT',
  migrations: 'SELECT',
  // Settings versions are history: added to, never changed.
  program_settings_version: 'SELECT, INSERT',
  // A safety follow-up and a week's random screening pick are written once, never changed.
  safety_follow_up: 'SELECT, INSERT',
  random_screening_pick: 'SELECT, INSERT',
  // How each screening escalation was handled: recorded once, never changed.
  intake_screening_escalation: 'SELECT, INSERT',
  // Disclosures made and referral status changes: the accounting and history, never changed.
  disclosure: 'SELECT, INSERT',
  referral_status_change: 'SELECT, INSERT',
  // Amendments to signed notes: appended, never changed.
  progress_note_amendment: 'SELECT, INSERT',
};

/**
 * The functions running with the owner's rights (SECURITY DEFINER) that the app role may call;
 * their EXECUTE is revoked from PUBLIC by the migration that creates them.
 */
const APP_FUNCTIONS = ['seal_audit_chain(integer)'];

const PROVISION_LOCK_KEY = 7_243_102;

/** `waypoint` → `waypoint_owner`, `waypoint_app`: one pair per database, so databases never share. */
export function derivedRoleNames(database: string): { owner: string; app: string } {
  const base = database.slice(0, 63 - '_owner'.length);
  return { owner: `${base}_owner`, app: `${base}_app` };
}

/**
 * Only whoever knows the administrator's URL (and so its password) can work the derived passwords
 * out, and they are the same on every start, so running processes keep connecting.
 */
function derivedPassword(adminUrl: string, role: string): string {
  return createHash('sha256').update(`waypoint-role\0${adminUrl}\0${role}`).digest('hex');
}

function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/**
 * Development and tests: from one administrator URL (a superuser, e.g. the embedded PostgreSQL's
 * `postgres`), creates or updates the owner and app roles of that URL's database, makes the owner
 * own the database and everything already in its `public` schema (databases created before the
 * roles existed), and returns both roles' URLs. Idempotent; concurrent callers take turns.
 */
export async function provisionRoles(adminUrl: string): Promise<DatabaseRoles> {
  const database = decodeURIComponent(new URL(adminUrl).pathname.slice(1));
  if (!database) throw new Error('the database URL names no database');
  const names = derivedRoleNames(database);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const id = (s: string) => client.escapeIdentifier(s);
  const lit = (s: string) => client.escapeLiteral(s);
  try {
    const { rows } = await client.query<{ rolsuper: boolean }>(
      'SELECT rolsuper FROM pg_roles WHERE rolname = current_user',
    );
    if (!rows[0]?.rolsuper) {
      throw new Error(
        'DATABASE_URL alone must name a superuser, from which the owner and app roles are derived; ' +
          'otherwise set DATABASE_URL to the app role and DATABASE_MIGRATION_URL to the owner role',
      );
    }
    await client.query('SELECT pg_advisory_lock($1)', [PROVISION_LOCK_KEY]);
    try {
      const roleOptions = {
        // CREATEDB only so that tests can make scratch databases of their own.
        [names.owner]: 'LOGIN NOSUPERUSER CREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS',
        [names.app]:
          'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT',
      };
      for (const [role, options] of Object.entries(roleOptions)) {
        const password = lit(derivedPassword(adminUrl, role));
        const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [
          role,
        ]);
        const verb = rowCount ? 'ALTER' : 'CREATE';
        await client.query(`${verb} ROLE ${id(role)} ${options} PASSWORD ${password}`);
      }
      // OLTP: the API's statements are short, and a plan compiled by JIT (PostgreSQL 15's
      // default above a cost of 100,000) costs more than it saves; see docs/database.md.
      await client.query(`ALTER ROLE ${id(names.app)} IN DATABASE ${id(database)} SET jit = off`);
      await client.query(`ALTER DATABASE ${id(database)} OWNER TO ${id(names.owner)}`);
      await client.query(`SELECT set_config('waypoint.owner', $1, false)`, [names.owner]);
      await client.query(TRANSFER_PUBLIC_SCHEMA);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PROVISION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
  return {
    ownerUrl: withCredentials(adminUrl, names.owner, derivedPassword(adminUrl, names.owner)),
    appUrl: withCredentials(adminUrl, names.app, derivedPassword(adminUrl, names.app)),
  };
}

/**
 * Drops the owner and app roles provisionRoles made for `database`, once that database is gone
 * (a scratch database, e.g. the bench's): roles belong to the server, not to the database, and
 * would otherwise pile up on a shared one. `adminUrl` names a superuser and a database that exists.
 */
export async function dropProvisionedRoles(adminUrl: string, database: string): Promise<void> {
  const names = derivedRoleNames(database);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const id = (s: string) => client.escapeIdentifier(s);
    await client.query(`DROP ROLE IF EXISTS ${id(names.app)}, ${id(names.owner)}`);
  } finally {
    await client.end();
  }
}

/**
 * Gives the owner (named in the `waypoint.owner` setting) the `public` schema and every table,
 * view, sequence, function and type in it that someone else owns. Objects that belong to an
 * extension, and sequences that belong to a table (identity, serial), are left to follow their
 * owner.
 */
const TRANSFER_PUBLIC_SCHEMA = `DO $$
DECLARE
  owner text := current_setting('waypoint.owner');
  r record;
BEGIN
  IF (SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public')
       NOT IN (owner, 'pg_database_owner') THEN
    EXECUTE format('ALTER SCHEMA public OWNER TO %I', owner);
  END IF;
  FOR r IN
    SELECT c.oid::regclass AS name,
           CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                          WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
      AND pg_get_userbyid(c.relowner) <> owner
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                        AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO %I', r.kind, r.name, owner);
  END LOOP;
  FOR r IN
    SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> owner
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                        AND d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.name, owner);
  END LOOP;
  FOR r IN
    SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> owner
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                        AND d.objid = t.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER TYPE %s OWNER TO %I', r.name, owner);
  END LOOP;
END $$`;

/**
 * Run by the owner after migrating, in one transaction (running replicas never see a gap): the
 * app role gets exactly the privileges it needs on the schema as it now is, whatever it had
 * before.
 */
export async function grantAppPrivileges(manager: EntityManager, appRole: string): Promise<void> {
  // Granting "exactly what the app needs" to the owner itself would strip the owner's own rights
  // (and the audit sealer runs with them), so the same role for both is refused first.
  const [{ owner }] = await manager.query<[{ owner: boolean }]>(
    `SELECT pg_has_role($1, current_user, 'MEMBER') AS owner`,
    [appRole],
  );
  if (owner) throw unrestrictedRole(appRole, ['owns the schema (or may act as its owner)']);
  const role = `"${appRole.replaceAll('"', '""')}"`;
  const lit = (v: string) => `'${v.replaceAll("'", "''")}'`;
  await manager.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  await manager.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`);
  await manager.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${role}`);
  await manager.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
  await manager.query(
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
  );
  await manager.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  for (const table of await existingTables(manager, Object.keys(RESTRICTED_TABLES))) {
    await manager.query(`REVOKE ALL ON "${table}" FROM ${role}`);
    await manager.query(`GRANT ${RESTRICTED_TABLES[table]} ON "${table}" TO ${role}`);
  }
  // Partitions are reached through their parent (whose privileges apply); the app gets none on
  // them directly, so a partition of an append-only table cannot be written around its parent.
  await manager.query(`DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT i.inhrelid::regclass AS part FROM pg_inherits i
             JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace n ON n.oid = p.relnamespace
             WHERE n.nspname = 'public' AND p.relkind = 'p' LOOP
      EXECUTE format('REVOKE ALL ON %s FROM %I', r.part, ${lit(appRole)});
    END LOOP; END $$`);
  for (const fn of APP_FUNCTIONS) {
    const [{ exists }] = await manager.query<[{ exists: boolean }]>(
      `SELECT to_regprocedure($1) IS NOT NULL AS exists`,
      [`public.${fn}`],
    );
    if (exists) await manager.query(`GRANT EXECUTE ON FUNCTION public.${fn} TO ${role}`);
  }
}

async function existingTables(manager: EntityManager, names: string[]): Promise<string[]> {
  const rows = await manager.query<{ name: string }[]>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relname = ANY($1::text[])`,
    [names],
  );
  return rows.map((r) => r.name);
}

/**
 * Refuses to run the API as a role that could alter the audit trail: a superuser, a member of the
 * role that owns `audit_event`, or one that may update, delete, truncate or add triggers to it.
 */
export async function assertRestrictedAppRole(manager: EntityManager): Promise<void> {
  const [row] = await manager.query<
    { role: string; superuser: boolean; owner: boolean; alter: boolean; create: boolean }[]
  >(`SELECT current_user AS role,
            r.rolsuper OR r.rolbypassrls AS superuser,
            pg_has_role(current_user, c.relowner, 'MEMBER') AS owner,
            has_table_privilege(c.oid, 'UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES')
              OR EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhparent = c.oid AND
                has_table_privilege(i.inhrelid, 'UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES'))
              AS alter,
            has_schema_privilege('public', 'CREATE') AS create
     FROM pg_roles r, pg_class c
     WHERE r.rolname = current_user AND c.oid = 'public.audit_event'::regclass`);
  const problems = [
    row?.superuser && 'is a superuser',
    row?.owner && 'owns the schema (or may act as its owner)',
    row?.alter && 'may change or remove audit events',
    row?.create && 'may create objects in the schema',
  ].filter(Boolean);
  if (!row || problems.length) throw unrestrictedRole(row?.role ?? '?', problems);
}

function unrestrictedRole(role: string, problems: unknown[]): Error {
  return new Error(
    `the API's database role (DATABASE_URL, "${role}") ${problems.join(', ')}: ` +
      'run the API as a restricted role and migrations as the owner (DATABASE_MIGRATION_URL)',
  );
}
