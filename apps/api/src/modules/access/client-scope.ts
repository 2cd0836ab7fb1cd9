import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import {
  grantsFor,
  isOpenEpisode,
  statusesInPhase,
  EpisodeStatus,
  type ClientAction,
  type EpisodePhase,
  type Relationship,
} from '@waypoint/domain';
import { DomainError, NotFoundError } from '../../graphql/errors.js';
import type { AuditAction } from '../audit/audit-event.entity.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { Viewer } from '../auth/viewer.js';

export const auditActionOf: Record<ClientAction, AuditAction> = {
  READ_CHART: 'READ',
  EDIT_CHART: 'UPDATE',
  READ_GROUP_RECORDS: 'READ',
  RECORD_ATTENDANCE: 'UPDATE',
  READ_AUDIT_TRAIL: 'READ',
  BREAK_GLASS: 'BREAK_GLASS',
  OPEN_EPISODE: 'CREATE',
  IDENTIFY_CRISIS_CALLER: 'READ',
};

/** Collects SQL parameters while a condition is built. */
export class SqlParams {
  constructor(readonly values: unknown[] = []) {}
  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}

/** The record a check was made for, named in a DENIED audit row (the client goes separately). */
export interface AccessTarget {
  recordType: string;
  recordId: string | null;
}

/** One relationship (with its phase limit) and the programs in which the viewer's roles grant it. */
interface Bucket {
  relationship: Relationship;
  phases?: readonly EpisodePhase[];
  neverAdmitted?: true;
  programIds: string[];
}

const statuses = Object.values(EpisodeStatus);
const OPEN_STATUSES = statuses.filter(isOpenEpisode);
const ENDED_STATUSES = statusesInPhase('ENDED');
/** Relationships that hold through the episode's care team (primary clinician, case manager). */
const CARE_TEAM: readonly Relationship[] = ['OWN_CASELOAD', 'RECENT_CARE_TEAM'];

/** SQL true when any of `parts` is (false when there are none). */
function anyOf(parts: readonly string[]): string {
  if (!parts.length) return 'false';
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/**
 * Access to client data, built from the caller (Medplum's repository-per-login idea). The policy
 * table (`@waypoint/domain`) is judged per EPISODE: `episodeCondition` is true for the episodes
 * on which the viewer may act, and every record that belongs to an episode (plan, assessment,
 * transition) is checked against its own episode, never against the client's other episodes.
 * The client's own chart (demographics) is open when at least one of its episodes grants the
 * action now (`condition`). The per-request loaders (graphql/loaders.ts) read only through these
 * conditions and audit what they return; services check by-id targets with `require*`.
 *
 * SQL shape (derived from the policy table, never a second copy of its rules): the viewer's roles
 * fold into one `program_id = ANY($programs)` predicate per program-wide grant and one care-team
 * predicate, over the episodes; break-glass is one more set. One EXISTS per role and program,
 * OR'ed, was priced so high on PostgreSQL 15 that every execution paid for JIT; scope-plans.int.test.ts
 * holds every list and dashboard statement to a cost budget on the scale clinic.
 */
export class ClientScope {
  private readonly allowsLoaders = new Map<string, DataLoader<string, boolean>>();
  private emergencyLoader: DataLoader<string, Date | null> | undefined;

  constructor(
    readonly db: DataSource,
    readonly viewer: Viewer,
    readonly audit: AuditTrail,
  ) {}

  /** The viewer's grants of `action`, grouped by relationship and phase limit across programs. */
  private buckets(action: ClientAction): Bucket[] {
    const byKey = new Map<string, Bucket>();
    for (const { programId, role } of this.viewer.programRoles) {
      for (const g of grantsFor(role, action)) {
        const key = `${g.relationship}:${g.phases?.join(',') ?? '*'}:${g.neverAdmitted ?? false}`;
        const bucket = byKey.get(key) ?? { ...g, programIds: [] };
        if (!bucket.programIds.includes(programId)) bucket.programIds.push(programId);
        byKey.set(key, bucket);
      }
    }
    return [...byKey.values()];
  }

  /**
   * A SQL condition on an episode row (alias `e`: id, client_id, program_id, status,
   * primary_clinician_id, case_manager_id), true when the viewer may perform `action` on that
   * episode and the records that belong to it.
   */
  episodeCondition(action: ClientAction, params: SqlParams, e = 'e'): string {
    const buckets = this.buckets(action);
    const parts = this.episodeParts(buckets, params, e);
    if (buckets.some((b) => b.relationship === 'EMERGENCY_ACCESS')) {
      parts.push(`${e}.client_id IN (${this.emergencySet(params)})`);
    }
    return anyOf(parts);
  }

  /**
   * The episode-level grants as the fewest index-friendly predicates: one per program-wide grant
   * (`program_id = ANY($programs)`, the programs of every role that grants it), and ONE care-team
   * predicate (`primary_clinician_id = $me OR case_manager_id = $me`, which the staff indexes
   * answer with a caseload's rows whatever the clinic's size) under which the open episodes and
   * the ended ones within their read window are told apart.
   */
  private episodeParts(buckets: Bucket[], params: SqlParams, e: string): string[] {
    const careTeam = buckets.filter((b) => CARE_TEAM.includes(b.relationship));
    const parts = buckets
      .filter((b) => !careTeam.includes(b) && b.relationship !== 'EMERGENCY_ACCESS')
      .map((b) => this.bucketSql(b, params, e))
      .filter((sql) => sql !== 'false');
    if (careTeam.length) {
      const me = params.add(this.viewer.staffId);
      const which = careTeam.map((b) => this.bucketSql(b, params, e));
      parts.push(
        `((${e}.primary_clinician_id = ${me} OR ${e}.case_manager_id = ${me}) AND ${anyOf(which)})`,
      );
    }
    return parts;
  }

  /**
   * A SQL condition on a client row (alias `c`), true when the viewer may perform `action` on the
   * client's own chart: some episode of the client grants it now, or a break-glass grant does.
   * For lists, `c.id IN (episode set UNION ALL break-glass set)`: uncorrelated, so PostgreSQL
   * runs it once, as a semi-join it may start from, instead of once per client. For a
   * few clients by id (`perClient`), EXISTS over each one's own episodes: an index probe per
   * client, so a chart's check costs the same in a clinic of any size.
   */
  condition(
    action: ClientAction,
    params: SqlParams,
    c = 'c',
    options: { emergency?: boolean; perClient?: boolean } = {},
  ): string {
    const buckets = this.buckets(action).filter(
      (b) => options.emergency !== false || b.relationship !== 'EMERGENCY_ACCESS',
    );
    const episodeParts = this.episodeParts(buckets, params, 'ae');
    const emergency = buckets.some((b) => b.relationship === 'EMERGENCY_ACCESS');
    if (options.perClient) {
      const parts = episodeParts.length
        ? [
            `EXISTS (SELECT 1 FROM episode ae WHERE ae.client_id = ${c}.id AND ${anyOf(episodeParts)})`,
          ]
        : [];
      if (emergency) {
        parts.push(`EXISTS (SELECT 1 FROM break_glass_grant g WHERE g.client_id = ${c}.id
          AND g.staff_id = ${params.add(this.viewer.staffId)} AND g.expires_at > now())`);
      }
      return anyOf(parts);
    }
    // One IN over one set (not two OR'ed): PostgreSQL turns it into a semi-join and may start
    // from the viewer's set (a caseload) instead of filtering every client of the clinic.
    const sets = episodeParts.length
      ? [`SELECT ae.client_id FROM episode ae WHERE ${anyOf(episodeParts)}`]
      : [];
    if (emergency) sets.push(this.emergencySet(params));
    return sets.length ? `${c}.id IN (${sets.join(' UNION ALL ')})` : 'false';
  }

  /** Clients under the viewer's unexpired break-glass grants: uncorrelated, so run once. */
  private emergencySet(params: SqlParams): string {
    return `SELECT g.client_id FROM break_glass_grant g
      WHERE g.staff_id = ${params.add(this.viewer.staffId)} AND g.expires_at > now()`;
  }

  /**
   * One grant's predicate, apart from the care team itself (`episodeParts` puts that in front of
   * OWN_CASELOAD and RECENT_CARE_TEAM once, for both).
   */
  private bucketSql(b: Bucket, params: SqlParams, e: string): string {
    // Added only when used: PostgreSQL cannot type an unused parameter (42P18), which broke the
    // first query asking for READ_GROUP_RECORDS (a group's members) when FACILITATES_GROUP is 'false'.
    const inPrograms = () => `${e}.program_id = ANY(${params.add(b.programIds)}::uuid[])`;
    const statusIn = (list: readonly EpisodeStatus[]) =>
      `${e}.status = ANY(${params.add(list)}::text[])`;
    const conditions: string[] = [];
    switch (b.relationship) {
      case 'OWN_CASELOAD':
        conditions.push(statusIn(OPEN_STATUSES));
        break;
      case 'RECENT_CARE_TEAM': {
        // Ended, and the transition into its final status is within the program's window. The
        // viewer's recently ended episodes as an array computed once (an InitPlan): as an IN set
        // the planner charged its whole cost again on every rescan (each row of a LATERAL).
        const me = params.add(this.viewer.staffId);
        conditions.push(`${e}.id = ANY(ARRAY(SELECT te.id FROM episode te
          JOIN episode_transition t ON t.episode_id = te.id AND t.to_status = te.status
          JOIN program p ON p.id = te.program_id
          WHERE (te.primary_clinician_id = ${me} OR te.case_manager_id = ${me})
            AND te.status = ANY(${params.add(ENDED_STATUSES)}::text[])
            AND t.occurred_at > now() - make_interval(days => p.care_team_read_days_after_discharge)))`);
        break;
      }
      case 'SAME_PROGRAM':
        break;
      case 'FACILITATES_GROUP': {
        // Episodes enrolled (ACTIVE or COMPLETED) in a group the viewer facilitates now, and
        // open: as an array computed once (an InitPlan), like the recent care team's.
        const me = params.add(this.viewer.staffId);
        conditions.push(statusIn(OPEN_STATUSES));
        conditions.push(`${e}.id = ANY(ARRAY(SELECT ge.episode_id FROM group_facilitator gf
          JOIN group_enrollment ge ON ge.group_id = gf.group_id AND ge.status IN ('ACTIVE', 'COMPLETED')
          WHERE gf.staff_id = ${me}))`);
        break;
      }
      case 'EMERGENCY_ACCESS': // client-wide, handled by the callers
        return 'false';
      case 'OTHER_PROGRAM':
        return 'true';
    }
    conditions.unshift(inPrograms());
    if (b.phases) conditions.push(statusIn(b.phases.flatMap(statusesInPhase)));
    if (b.neverAdmitted) conditions.push(`${e}.admitted_at IS NULL`);
    return `(${conditions.join(' AND ')})`;
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
      action: auditActionOf[action],
      recordType: 'Episode',
      recordId: null,
      clientId: null,
      outcome: 'DENIED',
    });
    throw new DomainError('FORBIDDEN', 'Your role in this program does not allow this');
  }

  /**
   * `allows` for many clients at once (one query per action per request): for per-row flags.
   * `emergency: false` leaves break-glass grants out (does the viewer have access of their own?).
   */
  allowsMany(
    action: ClientAction,
    options: { emergency: boolean } = { emergency: true },
  ): DataLoader<string, boolean> {
    const key = `${action}:${options.emergency}`;
    let loader = this.allowsLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (clientIds) => {
        const params = new SqlParams([clientIds]);
        const rows = await this.db.query<{ id: string }[]>(
          `SELECT c.id FROM client c
           WHERE c.id = ANY($1::uuid[]) AND ${this.condition(action, params, 'c', { ...options, perClient: true })}`,
          params.values,
        );
        const allowed = new Set(rows.map((r) => r.id));
        return clientIds.map((id) => allowed.has(id));
      });
      this.allowsLoaders.set(key, loader);
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

  /** Whether the viewer may perform `action` on the client's chart; false also when it does not exist. */
  async allows(
    action: ClientAction,
    clientId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const params = new SqlParams([clientId]);
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM client c WHERE c.id = $1 AND ${this.condition(action, params, 'c', { perClient: true })}`,
      params.values,
    );
    return rows.length > 0;
  }

  /** Whether the viewer may perform `action` on the episode (and its records). */
  async allowsEpisode(
    action: ClientAction,
    episodeId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const params = new SqlParams([episodeId]);
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM episode e WHERE e.id = $1 AND ${this.episodeCondition(action, params)}`,
      params.values,
    );
    return rows.length > 0;
  }

  /**
   * Refuses (and audits the refusal) unless the viewer may perform `action` on the client's
   * chart. NOT_FOUND when there is no such client; FORBIDDEN says whether break-glass is possible.
   * The DENIED row names `target` (the record asked for; the client by default).
   */
  async require(
    action: ClientAction,
    clientId: string,
    target: AccessTarget = { recordType: 'Client', recordId: clientId },
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    if (await this.allows(action, clientId, manager)) return;
    const exists =
      (await manager.query<unknown[]>('SELECT 1 FROM client WHERE id = $1', [clientId])).length > 0;
    if (!exists) throw new NotFoundError('Client');
    await this.deny(action, clientId, target, manager);
  }

  /**
   * Refuses (and audits the refusal, naming `target`) unless the viewer may perform `action` on
   * this episode: the check for the episode itself and for every record that belongs to it.
   */
  async requireEpisode(
    action: ClientAction,
    episode: { id: string; clientId: string },
    target: AccessTarget = { recordType: 'Episode', recordId: episode.id },
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    if (await this.allowsEpisode(action, episode.id, manager)) return;
    await this.deny(action, episode.clientId, target, manager);
  }

  /**
   * Audits a refusal and throws FORBIDDEN (saying whether break-glass would open the chart). The
   * DENIED row is written on the primary by itself, not through `manager`: that may be a read
   * replica (a query's reads), which refuses writes, or the refused mutation's transaction, whose
   * rollback would take the row with it.
   */
  async deny(
    action: ClientAction,
    clientId: string,
    target: AccessTarget,
    manager: EntityManager = this.db.manager,
  ): Promise<never> {
    await this.audit.write({
      action: auditActionOf[action],
      recordType: target.recordType,
      recordId: target.recordId,
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
