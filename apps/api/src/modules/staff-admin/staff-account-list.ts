import type { DataSource } from 'typeorm';
import { decodeCursor, toConnection } from '../../graphql/connection.js';
import { selectColumns } from '../../db/select-columns.js';
import { SqlParams } from '../access/client-scope.js';
import { Staff } from '../staff/staff.entity.js';
import type { StaffAccountFilter } from './dto/staff-account.inputs.js';

/** SQL for each account status (see `staffAccountStatus` in the domain). */
const statusSql = {
  INVITED: 's.active AND s.password_hash IS NULL',
  ACTIVE: 's.active AND s.password_hash IS NOT NULL',
  DEACTIVATED: 'NOT s.active',
} as const;

function filterSql(filter: StaffAccountFilter | null | undefined, params: SqlParams): string[] {
  const where: string[] = [];
  const search = filter?.search?.trim();
  if (search) {
    const like = params.add(`%${search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    where.push(
      `(s.first_name ILIKE ${like} OR s.last_name ILIKE ${like} OR s.email ILIKE ${like}
        OR (s.first_name || ' ' || s.last_name) ILIKE ${like})`,
    );
  }
  if (filter?.role || filter?.programId) {
    const conditions = ['r.staff_id = s.id'];
    if (filter.role) conditions.push(`r.role = ${params.add(filter.role)}`);
    if (filter.programId) conditions.push(`r.program_id = ${params.add(filter.programId)}::uuid`);
    where.push(`EXISTS (SELECT 1 FROM staff_program_role r WHERE ${conditions.join(' AND ')})`);
  }
  if (filter?.status) where.push(statusSql[filter.status]);
  return where;
}

type SortedStaff = Staff & { sortLast: string; sortFirst: string };

/** Every account (active or not), by last name, first name and id (a keyset for cursors). */
export async function listStaffAccounts(
  db: DataSource,
  args: { first: number; after?: string | null; filter?: StaffAccountFilter | null },
) {
  const params = new SqlParams();
  const where = ['true', ...filterSql(args.filter, params)];
  const countSql = `SELECT count(*)::int AS n FROM staff s WHERE ${where.join(' AND ')}`;
  const countParams = [...params.values];
  if (args.after) {
    const [last, first, id] = decodeCursor(args.after, ['text', 'text', 'id']);
    where.push(
      `(lower(s.last_name), lower(s.first_name), s.id) > (${params.add(last)}, ${params.add(first)}, ${params.add(id)}::uuid)`,
    );
  }
  const [rows, [count]] = await Promise.all([
    db.query<SortedStaff[]>(
      `SELECT ${selectColumns(db, Staff, 's')},
         lower(s.last_name) AS "sortLast", lower(s.first_name) AS "sortFirst"
       FROM staff s WHERE ${where.join(' AND ')}
       ORDER BY lower(s.last_name), lower(s.first_name), s.id
       LIMIT ${args.first + 1}`,
      params.values,
    ),
    db.query<{ n: number }[]>(countSql, countParams),
  ]);
  return toConnection(rows, args.first, count?.n ?? 0, (s) => [s.sortLast, s.sortFirst, s.id]);
}
