import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import {
  grantsFor,
  statusesInPhase,
  type ClientAction,
  type EpisodePhase,
  type Relationship,
} from '@waypoint/domain';
import { DomainError, NotFoundError } from '../../graphql/errors.js';
import type { AuditAction } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { Viewer } from '../auth/viewer.js';

const auditActionOf: Record<ClientAction, AuditAction> = {
  READ_CHART: 'READ',
  EDIT_CHART: 'UPDATE',
  READ_GROUP_RECORDS: 'READ',
  READ_AUDIT_TRAIL: 'READ',
  BREAK_GLASS: 'BREAK_GLASS',
  OPEN_EPISODE: 'CREATE',
};

/** Collects SQL parameters while a condition is built. */
export class SqlParams {
  constructor(readonly values: unknown[] = []) {}
  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}

/**
 * Access to client data, built from the caller. Every service reaches clients through it: lists
 * filter by `condition()`, by-id lookups call `require()`, so no resolver can forget a check. The
 * conditions are the policy table (`@waypoint/domain`) translated to SQL, one relationship each.
 */
export class ClientScope {
  private readonly allowsLoaders = new Map<ClientAction, DataLoader<string, boolean>>();
  private emergencyLoader: DataLoader<string, Date | null> | undefined;

  constructor(
    readonly db: DataSource,
    readonly viewer: Viewer,
    readonly audit: AuditTrail,
  ) {}

  /** A SQL condition, true for the clients (alias `c`) on which the viewer may perform `action`. */
  condition(action: ClientAction, params: SqlParams, alias = 'c'): string {
    const parts = this.viewer.programRoles.flatMap(({ programId, role }) =>
      grantsFor(role, action).map((g) =>
        this.relationshipSql(g.relationship, programId, g.phases, params, alias),
      ),
    );
    return parts.length ? `(${parts.join(' OR ')})` : 'false';
  }

  private relationshipSql(
    relationship: Relationship,
    programId: string,
    phases: readonly EpisodePhase[] | undefined,
    params: SqlParams,
    c: string,
  ): string {
    const me = () => params.add(this.viewer.staffId);
    const program = () => params.add(programId);
    let sql: string;
    switch (relationship) {
      case 'OWN_CASELOAD':
        sql = `EXISTS (SELECT 1 FROM episode e WHERE e.client_id = ${c}.id AND e.program_id = ${program()}
                 AND (e.primary_clinician_id = ${me()} OR e.case_manager_id = ${me()}))`;
        break;
      case 'SAME_PROGRAM':
        sql = `EXISTS (SELECT 1 FROM episode e WHERE e.client_id = ${c}.id AND e.program_id = ${program()})`;
        break;
      case 'EMERGENCY_ACCESS':
        sql = `EXISTS (SELECT 1 FROM break_glass_grant g WHERE g.client_id = ${c}.id
                 AND g.staff_id = ${me()} AND g.expires_at > now())`;
        break;
      case 'FACILITATES_GROUP': // groups are not recorded yet: nobody facilitates one
        sql = 'false';
        break;
      case 'OTHER_PROGRAM':
        sql = 'true';
        break;
    }
    if (!phases) return sql;
    // Phase-limited grants look at the current episode, and it must be in this program.
    const statuses = params.add(phases.flatMap(statusesInPhase));
    return `(${sql} AND EXISTS (SELECT 1 FROM (SELECT e.program_id, e.status FROM episode e
              WHERE e.client_id = ${c}.id ORDER BY e.opened_at DESC, e.id DESC LIMIT 1) ce
              WHERE ce.program_id = ${program()} AND ce.status = ANY(${statuses}::text[])))`;
  }

  /**
   * Program-level acts (opening an inquiry): allowed when one of the viewer's roles in the
   * program grants `action` to staff of the same program. Refusals are audited.
   */
  async requireProgram(action: ClientAction, programId: string): Promise<void> {
    const allowed = this.viewer.programRoles.some(
      (r) =>
        r.programId === programId &&
        grantsFor(r.role, action).some((g) => g.relationship === 'SAME_PROGRAM'),
    );
    if (allowed) return;
    await this.audit.write({
      action: 'CREATE',
      recordType: 'Episode',
      recordId: null,
      clientId: null,
      outcome: 'DENIED',
    });
    throw new DomainError('FORBIDDEN', 'Your role in this program does not allow this');
  }

  /** `allows` for many clients at once (one query per action per request): for per-row flags. */
  allowsMany(action: ClientAction): DataLoader<string, boolean> {
    let loader = this.allowsLoaders.get(action);
    if (!loader) {
      loader = new DataLoader(async (clientIds) => {
        const params = new SqlParams([clientIds]);
        const rows = await this.db.query<{ id: string }[]>(
          `SELECT c.id FROM client c WHERE c.id = ANY($1::uuid[]) AND ${this.condition(action, params)}`,
          params.values,
        );
        const allowed = new Set(rows.map((r) => r.id));
        return clientIds.map((id) => allowed.has(id));
      });
      this.allowsLoaders.set(action, loader);
    }
    return loader;
  }

  /** Until when the viewer holds break-glass access to each client (null: none now). */
  emergencyAccessUntil(): DataLoader<string, Date | null> {
    return (this.emergencyLoader ??= new DataLoader(async (clientIds) => {
      const rows = await this.db.query<{ client_id: string; until: Date }[]>(
        `SELECT client_id, max(expires_at) AS until FROM break_glass_grant
         WHERE staff_id = $1 AND client_id = ANY($2::uuid[]) AND expires_at > now() GROUP BY client_id`,
        [this.viewer.staffId, clientIds],
      );
      const byClient = new Map(rows.map((r) => [r.client_id, r.until]));
      return clientIds.map((id) => byClient.get(id) ?? null);
    }));
  }

  /** Whether the viewer may perform `action` on the client; false also when it does not exist. */
  async allows(
    action: ClientAction,
    clientId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const params = new SqlParams([clientId]);
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM client c WHERE c.id = $1 AND ${this.condition(action, params)}`,
      params.values,
    );
    return rows.length > 0;
  }

  /**
   * Refuses (and audits the refusal) unless the viewer may perform `action` on the client.
   * NOT_FOUND when there is no such client; FORBIDDEN says whether break-glass is possible.
   */
  async require(
    action: ClientAction,
    clientId: string,
    recordType = 'Client',
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    if (await this.allows(action, clientId, manager)) return;
    const exists =
      (await manager.query<unknown[]>('SELECT 1 FROM client WHERE id = $1', [clientId])).length > 0;
    if (!exists) throw new NotFoundError('Client');
    await this.audit.write({
      action: auditActionOf[action],
      recordType,
      recordId: clientId,
      clientId,
      outcome: 'DENIED',
    });
    const breakGlassAvailable =
      action === 'READ_CHART' && (await this.allows('BREAK_GLASS', clientId, manager));
    throw new DomainError('FORBIDDEN', 'You do not have access to this client’s record', {
      breakGlassAvailable,
    });
  }
}
