import type { DataSource } from 'typeorm';
import {
  Authorized,
  createUnionType,
  Ctx,
  Field,
  FieldResolver,
  ObjectType,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import { Staff } from '../modules/staff/staff.entity.js';
import type { GraphQLContext } from './context.js';
import { DomainError } from './errors.js';
import {
  recordTypeOf,
  requireTarget,
  type PlanTargetKind,
} from '../modules/treatment-plan/plan-access.js';

/** Built on first use: plan-access imports this module, so its table is not ready at load. */
let kinds: Map<string, PlanTargetKind> | undefined;
const kindOfRecordType = (recordType: string) =>
  (kinds ??= new Map(
    (Object.entries(recordTypeOf) as [PlanTargetKind, string][]).map(([kind, type]) => [
      type,
      kind,
    ]),
  )).get(recordType);

/*
 * How a stale write answers.
 *
 * Design: every save that names a `version` returns a union `<Record>SaveResult = <Record> |
 * <Record>Conflict`; the conflict carries `message` and `current: <Record>`, a field of the
 * record's own GraphQL type. Chosen over a payload with a nullable `conflict` field because the
 * union says "exactly one of these" in the schema (a client cannot read a half-filled payload),
 * and because `current` is then an ordinary typed object: the web app selects the same fragments
 * it shows the record with, Apollo's cache takes their version by id, and no one parses JSON.
 * One union per record type (not per mutation) keeps the schema small: every save of a goal
 * answers `PlanGoalSaveResult`.
 *
 * `current` is resolved lazily by the field, after the failed write's transaction has rolled
 * back (so it shows only committed data), through the same check and audit as any read of that
 * record (`readCurrent`): a caller who may not read it gets `current: null` with a FORBIDDEN
 * error (the refusal audited as DENIED), and a caller who may gets one READ audit row naming
 * the operation. `savedBy` names who saved that version (from the audit trail), for the same
 * callers only. Nothing of the record travels in `extensions` any more; a conflict that
 * reaches the client as an error (a record type the mutation's union does not name) carries
 * only `code: CONFLICT` and the record type.
 */

const DEFAULT_MESSAGE = (recordType: string) =>
  `${recordType} was changed by someone else; review the current version`;

/**
 * Thrown by services when a write names a version that is no longer current (or would collide
 * with a record someone else created first): the transaction rolls back, so nothing changes.
 * Resolvers turn it into the typed conflict with `orConflict`. It keeps only the record's id,
 * never its content.
 */
export class ConflictError extends DomainError {
  readonly recordId: string;

  constructor(
    readonly recordType: string,
    current: { id: string },
    message = DEFAULT_MESSAGE(recordType),
  ) {
    super('CONFLICT', message, { recordType });
    this.recordId = current.id;
  }
}

/** What a conflicting save answers: the `<Record>Conflict` member of its result union. */
export class Conflict {
  /** The record as it stands, found once for the fields that need it. */
  private found: Promise<{ record: unknown; clientId: string } | null> | undefined;

  constructor(
    readonly recordType: string,
    readonly recordId: string,
    readonly message: string,
  ) {}

  find<T>(db: DataSource, find: FindCurrent<T>): Promise<{ record: T; clientId: string } | null> {
    this.found ??= find(db, this.recordId);
    return this.found as Promise<{ record: T; clientId: string } | null>;
  }
}

/**
 * Runs a save and answers its conflict on `recordType` as data. A conflict on another record
 * type (which the mutation's union cannot express) stays a plain CONFLICT error without data.
 */
export async function orConflict<T>(
  recordType: string,
  save: () => Promise<T>,
): Promise<T | Conflict> {
  try {
    return await save();
  } catch (err) {
    if (err instanceof ConflictError && err.recordType === recordType) {
      return new Conflict(err.recordType, err.recordId, err.message);
    }
    throw err;
  }
}

/** A record as it stands now, with the client whose chart it belongs to; null if gone. */
export type FindCurrent<T> = (
  db: DataSource,
  id: string,
) => Promise<{ record: T; clientId: string } | null>;

/**
 * The one read of a conflict's current record, checked and audited as any read of it. When the
 * per-request loaders become scoped (checking and auditing each record themselves), this body
 * becomes a call to the record type's scoped loader.
 */
async function readCurrent<T>(
  ctx: GraphQLContext,
  conflict: Conflict,
  find: FindCurrent<T>,
): Promise<T | null> {
  const scope = ctx.scope();
  const found = await conflict.find(scope.db, find);
  if (!found) return null; // removed since: nothing to show
  // A record of an episode is judged by its own episode; the client's own record by the client.
  const kind = kindOfRecordType(conflict.recordType);
  if (kind === 'EPISODE') await requireTarget(scope, 'READ_CHART', kind, conflict.recordId);
  else if (kind) await requireTarget(scope, 'READ_CHART', kind, conflict.recordId);
  else {
    await scope.require('READ_CHART', found.clientId, {
      recordType: conflict.recordType,
      recordId: conflict.recordId,
    });
  }
  scope.audit.read(conflict.recordType, conflict.recordId, found.clientId);
  return found.record;
}

/**
 * Who saved the record last, from the audit trail (the change that made the caller's version
 * stale), for a caller who may read the record; null otherwise or when no change is recorded.
 */
async function readSavedBy<T>(
  ctx: GraphQLContext,
  conflict: Conflict,
  find: FindCurrent<T>,
): Promise<Staff | null> {
  const scope = ctx.scope();
  const found = await conflict.find(scope.db, find);
  if (!found || !(await scope.allows('READ_CHART', found.clientId))) return null;
  const [last] = await scope.db.query<{ staffId: string | null }[]>(
    `SELECT actor_staff_id AS "staffId" FROM audit_event
     WHERE client_id = $1 AND record_type = $2 AND record_id = $3 AND outcome = 'SUCCESS'
       AND action IN ('CREATE', 'UPDATE', 'DELETE')
     ORDER BY occurred_at DESC, id DESC LIMIT 1`,
    [found.clientId, conflict.recordType, conflict.recordId],
  );
  return last?.staffId ? ctx.loaders.staff.load(last.staffId) : null;
}

/**
 * The `<recordType>Conflict` object type and the resolver of its `current` field (register the
 * resolver in the schema).
 */
export function conflictType<T extends object>(
  recordType: string,
  record: ClassType<T>,
  find: FindCurrent<T>,
) {
  @ObjectType(`${recordType}Conflict`, {
    description: `Your save was refused: someone else changed this ${recordType} (or made one) first. Nothing was saved.`,
  })
  class RecordConflict {
    @Field(() => String)
    message: string;
  }

  @Resolver(() => RecordConflict)
  class RecordConflictResolver {
    @Authorized('READ_CHART')
    @FieldResolver(() => record, {
      nullable: true,
      description:
        'The version saved now, read (and audited) like any read of it; null with FORBIDDEN ' +
        'when you may not read it, null when it has been removed.',
    })
    current(@Root() conflict: Conflict, @Ctx() ctx: GraphQLContext): Promise<T | null> {
      return readCurrent(ctx, conflict, find);
    }

    @Authorized('READ_CHART')
    @FieldResolver(() => Staff, {
      nullable: true,
      description:
        'Who saved the current version, as the audit trail records it; null when not recorded ' +
        'or when you may not read the record.',
    })
    savedBy(@Root() conflict: Conflict, @Ctx() ctx: GraphQLContext): Promise<Staff | null> {
      return readSavedBy(ctx, conflict, find);
    }
  }
  Object.defineProperty(RecordConflict, 'name', { value: `${recordType}Conflict` });
  Object.defineProperty(RecordConflictResolver, 'name', {
    value: `${recordType}ConflictResolver`,
  });
  return { type: RecordConflict as ClassType, resolver: RecordConflictResolver as ClassType };
}

/** `<name> = success | conflict`: what a versioned save answers. */
export function saveResult(name: string, success: ClassType, conflict: ClassType) {
  return createUnionType({
    name,
    description: 'Saved (the record as it is now), or refused because someone saved first.',
    types: () => [success, conflict] as const,
    resolveType: (value) => (value instanceof Conflict ? conflict : success),
  });
}
