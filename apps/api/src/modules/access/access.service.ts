import { BREAK_GLASS_MINUTES, breakGlassReasonProblem } from '@waypoint/domain';
import { BadUserInputError } from '../../graphql/errors.js';
import { decodeCursor, toConnection } from '../../graphql/connection.js';
import { selectColumns } from '../../db/select-columns.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { programsWhere } from '../auth/viewer.js';
import { BreakGlassGrant } from './break-glass-grant.entity.js';
import { SqlParams, type ClientScope } from './client-scope.js';

/**
 * Emergency access: allowed only where the policy grants BREAK_GLASS, with a reason that says why
 * (trimmed, the domain's rule); the grant and its audit event commit together. The payload
 * (BreakGlassGrant) is readable by the grant's holder, so the answer never says FORBIDDEN about
 * a grant that was made.
 */
export async function breakGlass(
  scope: ClientScope,
  clientId: string,
  rawReason: string,
): Promise<BreakGlassGrant> {
  await scope.require('BREAK_GLASS', clientId);
  const reason = rawReason.trim();
  const problem = breakGlassReasonProblem(reason);
  if (problem) throw new BadUserInputError([{ field: 'reason', message: problem }]);
  return scope.db.transaction(async (tx) => {
    const [grant] = await tx.query<BreakGlassGrant[]>(
      `INSERT INTO break_glass_grant (staff_id, client_id, reason, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(mins => $4))
       RETURNING ${selectColumns(scope.db, BreakGlassGrant, 'break_glass_grant')}`,
      [scope.viewer.staffId, clientId, reason, BREAK_GLASS_MINUTES],
    );
    await scope.audit.write(
      {
        action: 'BREAK_GLASS',
        recordType: 'Client',
        recordId: clientId,
        clientId,
        outcome: 'SUCCESS',
        note: reason,
      },
      tx,
    );
    return grant!;
  });
}

/** Break-glass accesses to clients of the programs the viewer directs, newest first. */
export async function listBreakGlassGrants(
  scope: ClientScope,
  first: number,
): Promise<BreakGlassGrant[]> {
  const programs = programsWhere(scope.viewer, ['DIRECTOR']);
  const grants = await scope.db.query<BreakGlassGrant[]>(
    `SELECT ${selectColumns(scope.db, BreakGlassGrant, 'g')} FROM break_glass_grant g
     WHERE EXISTS (SELECT 1 FROM episode e WHERE e.client_id = g.client_id AND e.program_id = ANY($1::uuid[]))
     ORDER BY g.granted_at DESC LIMIT $2`,
    [programs, first],
  );
  for (const g of grants) scope.audit.read('BreakGlassGrant', g.id, g.clientId);
  return grants;
}

/** Who opened or changed a client's chart, and when (newest first); for directors. */
export async function chartAccessLog(
  scope: ClientScope,
  clientId: string,
  first: number,
  after?: string | null,
) {
  await scope.require('READ_AUDIT_TRAIL', clientId, {
    recordType: 'ChartAccessLog',
    recordId: clientId,
  });
  scope.audit.read('ChartAccessLog', clientId, clientId);
  const params = new SqlParams([clientId]);
  let where = 'a.client_id = $1';
  if (after) {
    const [id] = decodeCursor(after, ['integer']);
    where += ` AND a.id < ${params.add(String(id))}::bigint`;
  }
  const [rows, [count]] = await Promise.all([
    scope.db.query<AuditEvent[]>(
      `SELECT ${selectColumns(scope.db, AuditEvent, 'a')} FROM audit_event a WHERE ${where}
       ORDER BY a.id DESC LIMIT ${first + 1}`,
      params.values,
    ),
    scope.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE client_id = $1`,
      [clientId],
    ),
  ]);
  return toConnection(rows, first, count?.n ?? 0, (a) => [a.id]);
}
