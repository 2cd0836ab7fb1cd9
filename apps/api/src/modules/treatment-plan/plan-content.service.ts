import type { EntityManager } from 'typeorm';
import {
  REVISION_PENDING_MESSAGE,
  planElementSchemas,
  statusChangeSchema,
  type StatusChange,
  type Capability,
  type PlanCapabilities,
} from '@waypoint/domain';
import { selectColumns } from '../../db/select-columns.js';
import { ConflictError } from '../../graphql/conflict.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import type { AddGoalInput, SetGoalStatusInput, UpdateGoalInput } from './dto/goal.input.js';
import type { AddInterventionInput, UpdateInterventionInput } from './dto/intervention.input.js';
import type {
  AddObjectiveInput,
  SetObjectiveStatusInput,
  UpdateObjectiveInput,
} from './dto/objective.input.js';
import type { AddProblemInput, UpdateProblemInput } from './dto/problem.input.js';
import type { ReorderPlanElementsInput } from './dto/element.input.js';
import type { PlanElementKind } from './plan-diff.js';
import {
  lockPlan,
  recordTypeOf,
  requireTarget,
  type PlanTarget,
  type PlanTargetKind,
} from './plan-access.js';
import { capabilitiesInTx, enforce, openRevisionOf } from './plan-transition.js';
import { admissionDate } from './plan-clock.js';
import { parseWith } from './plan-input.js';
import type { TrackedElementKind } from './status-change.entity.js';
import { recordStatusChange, statusesAtVersion, type TrackedStatuses } from './status-history.js';
import {
  PlanGoal,
  PlanIntervention,
  PlanObjective,
  PlanProblem,
  TreatmentPlan,
} from './treatment-plan.entity.js';

/** Where each kind of element lives and what it hangs under. */
const elements = {
  PROBLEM: { table: 'plan_problem', entity: PlanProblem, parent: 'PLAN', parentColumn: 'plan_id' },
  GOAL: { table: 'plan_goal', entity: PlanGoal, parent: 'PROBLEM', parentColumn: 'problem_id' },
  OBJECTIVE: {
    table: 'plan_objective',
    entity: PlanObjective,
    parent: 'GOAL',
    parentColumn: 'goal_id',
  },
  INTERVENTION: {
    table: 'plan_intervention',
    entity: PlanIntervention,
    parent: 'OBJECTIVE',
    parentColumn: 'objective_id',
  },
} as const satisfies Record<
  PlanElementKind,
  { table: string; entity: unknown; parent: PlanTargetKind; parentColumn: string }
>;

/** The kind of record an element of `kind` hangs under. */
export const parentKindOf = (kind: PlanElementKind): PlanTargetKind => elements[kind].parent;

type ElementOf<K extends PlanElementKind> = InstanceType<(typeof elements)[K]['entity']>;

const parentTable: Partial<Record<PlanTargetKind, string>> = {
  PROBLEM: 'plan_problem',
  GOAL: 'plan_goal',
  OBJECTIVE: 'plan_objective',
};

/**
 * Locks the element whose children change (the plan itself is locked by the caller), so that
 * concurrent additions get distinct positions and a reorder sees a stable set of children.
 */
async function lockParent(tx: EntityManager, kind: PlanTargetKind, id: string): Promise<void> {
  const table = parentTable[kind];
  if (!table) return;
  const locked = await tx.query<unknown[]>(
    `SELECT 1 FROM ${table} WHERE id = $1 FOR NO KEY UPDATE`,
    [id],
  );
  if (!locked.length) throw new NotFoundError(recordTypeOf[kind]);
}

function columnsOf(
  scope: ClientScope,
  kind: PlanElementKind,
  values: Record<string, unknown>,
  params: SqlParams,
): { names: string[]; placeholders: string[] } {
  const metadata = scope.db.getMetadata(elements[kind].entity);
  const entries = Object.entries(values).filter(([, v]) => v !== undefined);
  return {
    names: entries.map(([k]) => `"${metadata.findColumnWithPropertyName(k)!.databaseName}"`),
    placeholders: entries.map(([, v]) => params.add(v)),
  };
}

/**
 * Adds an element last among its siblings. The parent row is locked, so concurrent additions
 * under one parent get distinct positions; the plan is locked so its status cannot change meanwhile.
 */
async function addElement<K extends PlanElementKind>(
  scope: ClientScope,
  kind: K,
  parentId: string,
  valuesFor: (target: PlanTarget) => Record<string, unknown>,
  validate?: (target: PlanTarget, tx: EntityManager) => Promise<void> | void,
): Promise<ElementOf<K>> {
  const spec = elements[kind];
  const target = await requireTarget(scope, 'EDIT_CHART', spec.parent, parentId);
  const values = valuesFor(target);
  return scope.db.transaction(async (tx) => {
    const plan = await lockPlan(
      tx,
      target.planId,
      spec.parent === 'PLAN' ? 'NO KEY UPDATE' : 'SHARE',
    );
    enforce((await capabilitiesInTx(scope, tx, target, plan, target.episodeStatus)).edit, plan);
    await lockParent(tx, spec.parent, parentId);
    await validate?.(target, tx);
    const params = new SqlParams([parentId]);
    const { names, placeholders } = columnsOf(scope, kind, values, params);
    const [row] = await tx.query<ElementOf<K>[]>(
      `INSERT INTO ${spec.table} AS x (lineage_id, position, ${spec.parentColumn}, ${names.join(', ')})
       VALUES (gen_random_uuid(),
         (SELECT coalesce(max(s.position), 0) + 1 FROM ${spec.table} s WHERE s.${spec.parentColumn} = $1),
         $1, ${placeholders.join(', ')})
       RETURNING ${selectColumns(scope.db, spec.entity, 'x')}`,
      params.values,
    );
    await scope.audit.write(
      {
        action: 'CREATE',
        recordType: recordTypeOf[kind],
        recordId: row!.id,
        clientId: target.clientId,
        outcome: 'SUCCESS',
      },
      tx,
    );
    return row!;
  });
}

async function currentElement<K extends PlanElementKind>(
  tx: EntityManager,
  scope: ClientScope,
  kind: K,
  id: string,
): Promise<ElementOf<K>> {
  const spec = elements[kind];
  const [current] = await tx.query<ElementOf<K>[]>(
    `SELECT ${selectColumns(scope.db, spec.entity, 'x')} FROM ${spec.table} x WHERE x.id = $1`,
    [id],
  );
  if (!current) throw new NotFoundError(recordTypeOf[kind]);
  return current;
}

/**
 * Changes an element if the caller read its current version: the guard is in the UPDATE itself,
 * so of concurrent writers exactly one wins and the others get a conflict naming the record.
 */
async function updateElement<K extends PlanElementKind>(
  scope: ClientScope,
  kind: K,
  id: string,
  version: number,
  valuesFor: (target: PlanTarget) => Record<string, unknown>,
  options: {
    /** Which capability allows the change (editing content unless given). */
    allowedBy?: (capabilities: PlanCapabilities) => Capability;
    validate?: (target: PlanTarget) => Promise<void> | void;
    /** Reads in the same transaction, once the change is allowed and before it is made. */
    before?: (tx: EntityManager) => Promise<void>;
    /** More writes in the same transaction, after the element changed. */
    after?: (
      tx: EntityManager,
      target: PlanTarget,
      plan: TreatmentPlan,
      updated: ElementOf<K>,
    ) => Promise<void>;
  } = {},
): Promise<ElementOf<K>> {
  const spec = elements[kind];
  const target = await requireTarget(scope, 'EDIT_CHART', kind, id);
  const values = valuesFor(target);
  await options.validate?.(target);
  return scope.db.transaction(async (tx) => {
    const plan = await lockPlan(tx, target.planId, 'SHARE');
    const capabilities = await capabilitiesInTx(scope, tx, target, plan, target.episodeStatus);
    enforce((options.allowedBy ?? ((c) => c.edit))(capabilities), plan);
    await options.before?.(tx);
    const params = new SqlParams([id, version]);
    const { names, placeholders } = columnsOf(scope, kind, values, params);
    const sets = names.map((n, i) => `${n} = ${placeholders[i]}`);
    // TypeORM answers a raw UPDATE with [rows, affected count].
    const [[updated]] = await tx.query<[ElementOf<K>[], number]>(
      `UPDATE ${spec.table} x SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
       WHERE x.id = $1 AND x.version = $2 RETURNING ${selectColumns(scope.db, spec.entity, 'x')}`,
      params.values,
    );
    if (!updated)
      throw new ConflictError(recordTypeOf[kind], await currentElement(tx, scope, kind, id));
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: recordTypeOf[kind],
        recordId: id,
        clientId: target.clientId,
        outcome: 'SUCCESS',
      },
      tx,
    );
    await options.after?.(tx, target, plan, updated);
    return updated;
  });
}

/** Removes an element and (by cascade) everything under it; the version read must be current. */
async function removeElement<K extends PlanElementKind>(
  scope: ClientScope,
  kind: K,
  id: string,
  version: number,
): Promise<ElementOf<K>> {
  const spec = elements[kind];
  const target = await requireTarget(scope, 'EDIT_CHART', kind, id);
  return scope.db.transaction(async (tx) => {
    const plan = await lockPlan(tx, target.planId, 'SHARE');
    enforce((await capabilitiesInTx(scope, tx, target, plan, target.episodeStatus)).edit, plan);
    const [[removed]] = await tx.query<[ElementOf<K>[], number]>(
      `DELETE FROM ${spec.table} x WHERE x.id = $1 AND x.version = $2
       RETURNING ${selectColumns(scope.db, spec.entity, 'x')}`,
      [id, version],
    );
    if (!removed)
      throw new ConflictError(recordTypeOf[kind], await currentElement(tx, scope, kind, id));
    await scope.audit.write(
      {
        action: 'DELETE',
        recordType: recordTypeOf[kind],
        recordId: id,
        clientId: target.clientId,
        outcome: 'SUCCESS',
      },
      tx,
    );
    return removed;
  });
}

/** Staff responsible for an intervention work in the episode's program. */
async function checkResponsibleStaff(
  tx: Pick<EntityManager, 'query'>,
  target: PlanTarget,
  staffId: string | null | undefined,
): Promise<void> {
  if (!staffId) return;
  const rows = await tx.query<unknown[]>(
    `SELECT 1 FROM staff s JOIN staff_program_role r ON r.staff_id = s.id
     WHERE s.id = $1 AND s.active AND r.program_id = $2 LIMIT 1`,
    [staffId, target.programId],
  );
  if (!rows.length) {
    throw new BadUserInputError([
      { field: 'responsibleStaffId', message: 'must be active staff of the program' },
    ]);
  }
}

/** The domain's schemas with this episode's admission date (clinical dates may not precede it). */
const schemasFor = (target: PlanTarget) =>
  planElementSchemas({ admittedOn: admissionDate(target, target.program.timeZone) });

export function addProblem(scope: ClientScope, input: AddProblemInput): Promise<PlanProblem> {
  const { domain, clientWords, strengths } = input;
  return addElement(scope, 'PROBLEM', input.planId, (target) =>
    parseWith(schemasFor(target).PROBLEM, { domain, clientWords, strengths }),
  );
}

export function updateProblem(scope: ClientScope, input: UpdateProblemInput): Promise<PlanProblem> {
  const { domain, clientWords, strengths } = input;
  return updateElement(scope, 'PROBLEM', input.id, input.version, (target) =>
    parseWith(schemasFor(target).PROBLEM.partial(), { domain, clientWords, strengths }),
  );
}

export function addGoal(scope: ClientScope, input: AddGoalInput): Promise<PlanGoal> {
  const { description, horizon, targetDate } = input;
  return addElement(scope, 'GOAL', input.problemId, (target) => ({
    ...parseWith(schemasFor(target).GOAL, { description, horizon, targetDate }),
    lifecycleStatus: input.lifecycleStatus ?? 'ACTIVE',
    achievementStatus: input.achievementStatus ?? 'IN_PROGRESS',
  }));
}

export function updateGoal(scope: ClientScope, input: UpdateGoalInput): Promise<PlanGoal> {
  const { description, horizon, targetDate } = input;
  return updateElement(scope, 'GOAL', input.id, input.version, (target) =>
    parseWith(schemasFor(target).GOAL.partial(), { description, horizon, targetDate }),
  );
}

export function addObjective(scope: ClientScope, input: AddObjectiveInput): Promise<PlanObjective> {
  const { description, measure, targetDate } = input;
  return addElement(scope, 'OBJECTIVE', input.goalId, (target) => ({
    ...parseWith(schemasFor(target).OBJECTIVE, { description, measure, targetDate }),
    lifecycleStatus: input.lifecycleStatus ?? 'ACTIVE',
    achievementStatus: input.achievementStatus ?? 'IN_PROGRESS',
  }));
}

export function updateObjective(
  scope: ClientScope,
  input: UpdateObjectiveInput,
): Promise<PlanObjective> {
  const { description, measure, targetDate } = input;
  return updateElement(scope, 'OBJECTIVE', input.id, input.version, (target) =>
    parseWith(schemasFor(target).OBJECTIVE.partial(), { description, measure, targetDate }),
  );
}

export function addIntervention(
  scope: ClientScope,
  input: AddInterventionInput,
): Promise<PlanIntervention> {
  const { modality, description, frequency, responsibleStaffId } = input;
  return addElement(
    scope,
    'INTERVENTION',
    input.objectiveId,
    (target) =>
      parseWith(schemasFor(target).INTERVENTION, {
        modality,
        description,
        frequency,
        responsibleStaffId,
      }),
    (target, tx) => checkResponsibleStaff(tx, target, input.responsibleStaffId),
  );
}

export function updateIntervention(
  scope: ClientScope,
  input: UpdateInterventionInput,
): Promise<PlanIntervention> {
  const { modality, description, frequency, responsibleStaffId } = input;
  return updateElement(
    scope,
    'INTERVENTION',
    input.id,
    input.version,
    (target) =>
      parseWith(schemasFor(target).INTERVENTION.partial(), {
        modality,
        description,
        frequency,
        responsibleStaffId,
      }),
    { validate: (target) => checkResponsibleStaff(scope.db, target, input.responsibleStaffId) },
  );
}

export function removeProblem(scope: ClientScope, id: string, version: number) {
  return removeElement(scope, 'PROBLEM', id, version);
}
export function removeGoal(scope: ClientScope, id: string, version: number) {
  return removeElement(scope, 'GOAL', id, version);
}
export function removeObjective(scope: ClientScope, id: string, version: number) {
  return removeElement(scope, 'OBJECTIVE', id, version);
}
export function removeIntervention(scope: ClientScope, id: string, version: number) {
  return removeElement(scope, 'INTERVENTION', id, version);
}

/**
 * A status changed on the ACTIVE version is carried into its revision while that is a DRAFT (the
 * element with the same lineage, if the draft still has it), so signing the revision never puts
 * back an older status. While the revision is pending signature the change is refused
 * (planCapabilities.setStatus): its content is frozen for the signatures being given.
 */
function carryIntoRevision(kind: 'GOAL' | 'OBJECTIVE', scope: ClientScope, id: string) {
  return async (tx: EntityManager, target: PlanTarget, plan: TreatmentPlan) => {
    if (plan.status !== 'ACTIVE') return;
    const open = await openRevisionOf(tx, target.episodeId, plan.id);
    if (!open) return;
    // Locked as any content edit locks its plan; a submission waiting on it sees the change.
    const revision = await lockPlan(tx, open.id, 'SHARE');
    if (revision.status !== 'DRAFT') {
      throw new DomainError('INVALID_TRANSITION', REVISION_PENDING_MESSAGE, {
        status: plan.status,
      });
    }
    const spec = elements[kind];
    const path =
      kind === 'GOAL'
        ? 'plan_problem pp ON pp.id = d2.problem_id'
        : 'plan_goal pg ON pg.id = d2.goal_id JOIN plan_problem pp ON pp.id = pg.problem_id';
    const carried = await tx.query<[{ id: string }[], number]>(
      `UPDATE ${spec.table} d SET lifecycle_status = s.lifecycle_status,
         achievement_status = s.achievement_status, version = d.version + 1, updated_at = now()
       FROM ${spec.table} s, ${spec.table} d2 JOIN ${path}
       WHERE s.id = $1 AND d2.id = d.id AND d.lineage_id = s.lineage_id AND pp.plan_id = $2
         AND (d.lifecycle_status, d.achievement_status)
           IS DISTINCT FROM (s.lifecycle_status, s.achievement_status)
       RETURNING d.id`,
      [id, revision.id],
    );
    await scope.audit.write(
      carried[0].map((row) => ({
        action: 'UPDATE' as const,
        recordType: recordTypeOf[kind],
        recordId: row.id,
        clientId: target.clientId,
        outcome: 'SUCCESS' as const,
        note: 'status carried from the active version',
      })),
      tx,
    );
  };
}

/**
 * Statuses track the client, not the plan's content: they change on an ACTIVE plan too. Each
 * change is validated by the domain's rule (a reason to cancel or to mark entered in error) and
 * added to the element's status history in the same transaction.
 */
function setStatus<K extends TrackedElementKind>(
  scope: ClientScope,
  kind: K,
  id: string,
  version: number,
  input: SetGoalStatusInput | SetObjectiveStatusInput,
): Promise<ElementOf<K>> {
  let change: StatusChange | undefined;
  let previous: TrackedStatuses | undefined;
  const carry = carryIntoRevision(kind, scope, id);
  return updateElement(
    scope,
    kind,
    id,
    version,
    () => {
      change = parseWith(statusChangeSchema, {
        lifecycleStatus: input.lifecycleStatus,
        achievementStatus: input.achievementStatus,
        reason: input.reason,
      });
      return {
        lifecycleStatus: change.lifecycleStatus ?? undefined,
        achievementStatus: change.achievementStatus ?? undefined,
      };
    },
    {
      allowedBy: (c) => c.setStatus,
      before: async (tx) => {
        previous = await statusesAtVersion(tx, kind, id, version);
      },
      after: async (tx, target, plan, updated) => {
        if (previous) {
          await recordStatusChange(scope, tx, {
            kind,
            target,
            element: updated,
            previous,
            reason: change?.reason,
          });
        }
        await carry(tx, target, plan);
      },
    },
  );
}

export function setGoalStatus(scope: ClientScope, input: SetGoalStatusInput): Promise<PlanGoal> {
  return setStatus(scope, 'GOAL', input.goalId, input.version, input);
}

export function setObjectiveStatus(
  scope: ClientScope,
  input: SetObjectiveStatusInput,
): Promise<PlanObjective> {
  return setStatus(scope, 'OBJECTIVE', input.objectiveId, input.version, input);
}

/**
 * Rewrites the positions of all of a parent's children in one statement. The list must name
 * exactly the current children (the parent is locked while that is checked), so a reorder made
 * on a stale view is a conflict answering the plan as it is rather than a silent mix.
 */
export async function reorderPlanElements(
  scope: ClientScope,
  input: ReorderPlanElementsInput,
): Promise<TreatmentPlan> {
  const spec = elements[input.kind];
  const target = await requireTarget(scope, 'EDIT_CHART', spec.parent, input.parentId);
  if (new Set(input.orderedIds).size !== input.orderedIds.length) {
    throw new BadUserInputError([{ field: 'orderedIds', message: 'must not repeat an id' }]);
  }
  return scope.db.transaction(async (tx) => {
    const plan = await lockPlan(
      tx,
      target.planId,
      spec.parent === 'PLAN' ? 'NO KEY UPDATE' : 'SHARE',
    );
    enforce((await capabilitiesInTx(scope, tx, target, plan, target.episodeStatus)).edit, plan);
    const table = parentTable[spec.parent];
    if (table)
      await tx.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR NO KEY UPDATE`, [input.parentId]);
    const current = await tx.query<{ id: string }[]>(
      `SELECT id FROM ${spec.table} WHERE ${spec.parentColumn} = $1 ORDER BY position, id`,
      [input.parentId],
    );
    const currentIds = current.map((c) => c.id);
    const wanted = new Set(input.orderedIds);
    if (currentIds.length !== wanted.size || currentIds.some((id) => !wanted.has(id))) {
      // The plan is the record answered: its content is the current order.
      throw new ConflictError(
        'TreatmentPlan',
        plan,
        'The list was changed by someone else; review the current order',
      );
    }
    const [moved] = await tx.query<[{ id: string }[], number]>(
      `UPDATE ${spec.table} x SET position = o.ord, version = x.version + 1, updated_at = now()
       FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ord)
       WHERE x.id = o.id AND x.${spec.parentColumn} = $1 AND x.position IS DISTINCT FROM o.ord
       RETURNING x.id`,
      [input.parentId, input.orderedIds],
    );
    await scope.audit.write(
      moved.map((m) => ({
        action: 'UPDATE' as const,
        recordType: recordTypeOf[input.kind],
        recordId: m.id,
        clientId: target.clientId,
        outcome: 'SUCCESS' as const,
        note: 'reordered',
      })),
      tx,
    );
    return plan;
  });
}
