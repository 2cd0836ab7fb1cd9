import type { EntityManager } from 'typeorm';
import type { PlanVersionStatus } from '@waypoint/domain';
import { selectColumns } from '../../db/select-columns.js';
import { ConflictError } from '../../graphql/conflict.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import type { AddGoalInput, SetGoalStatusInput, UpdateGoalInput } from './dto/goal.input.js';
import type { AddInterventionInput, UpdateInterventionInput } from './dto/intervention.input.js';
import type {
  AddObjectiveInput,
  SetObjectiveStatusInput,
  UpdateObjectiveInput,
} from './dto/objective.input.js';
import type { AddProblemInput, UpdateProblemInput } from './dto/problem.input.js';
import type { RecordGoalProgressInput } from './dto/progress.input.js';
import type { ReorderPlanElementsInput } from './dto/element.input.js';
import type { PlanElementKind } from './plan-diff.js';
import {
  assertDraft,
  assertTracking,
  checkNotBeforeAdmission,
  lockPlan,
  recordTypeOf,
  requireTarget,
  todayAt,
  type PlanTarget,
  type PlanTargetKind,
} from './plan-access.js';
import { toProgress } from './treatment-plan.loader.js';
import {
  GoalProgress,
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

/** Trimmed text, or null for blank optional text; undefined (left out) stays undefined. */
const text = (v: string | null | undefined) => (v == null ? v : v.trim() || null);

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
  values: Record<string, unknown>,
  validate?: (target: PlanTarget, tx: EntityManager) => Promise<void> | void,
): Promise<ElementOf<K>> {
  const spec = elements[kind];
  const target = await requireTarget(scope, 'EDIT_CHART', spec.parent, parentId);
  return scope.db.transaction(async (tx) => {
    const plan = await lockPlan(
      tx,
      target.planId,
      spec.parent === 'PLAN' ? 'NO KEY UPDATE' : 'SHARE',
    );
    assertDraft(plan.status);
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
  values: Record<string, unknown>,
  options: {
    allowedWhile?: (status: PlanVersionStatus) => void;
    validate?: (target: PlanTarget) => Promise<void> | void;
  } = {},
): Promise<ElementOf<K>> {
  const spec = elements[kind];
  const target = await requireTarget(scope, 'EDIT_CHART', kind, id);
  await options.validate?.(target);
  return scope.db.transaction(async (tx) => {
    const plan = await lockPlan(tx, target.planId, 'SHARE');
    (options.allowedWhile ?? assertDraft)(plan.status);
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
    assertDraft(plan.status);
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

export function addProblem(scope: ClientScope, input: AddProblemInput): Promise<PlanProblem> {
  return addElement(scope, 'PROBLEM', input.planId, {
    domain: input.domain,
    clientWords: text(input.clientWords),
    strengths: text(input.strengths) ?? null,
  });
}

export function updateProblem(scope: ClientScope, input: UpdateProblemInput): Promise<PlanProblem> {
  return updateElement(scope, 'PROBLEM', input.id, input.version, {
    domain: input.domain ?? undefined,
    clientWords: text(input.clientWords) ?? undefined,
    strengths: text(input.strengths),
  });
}

export function addGoal(scope: ClientScope, input: AddGoalInput): Promise<PlanGoal> {
  return addElement(
    scope,
    'GOAL',
    input.problemId,
    {
      description: text(input.description),
      horizon: input.horizon,
      targetDate: input.targetDate ?? null,
      lifecycleStatus: input.lifecycleStatus ?? 'ACTIVE',
      achievementStatus: input.achievementStatus ?? 'IN_PROGRESS',
    },
    (target) => checkNotBeforeAdmission(target, 'targetDate', input.targetDate),
  );
}

export function updateGoal(scope: ClientScope, input: UpdateGoalInput): Promise<PlanGoal> {
  return updateElement(
    scope,
    'GOAL',
    input.id,
    input.version,
    {
      description: text(input.description) ?? undefined,
      horizon: input.horizon ?? undefined,
      targetDate: input.targetDate,
    },
    { validate: (target) => checkNotBeforeAdmission(target, 'targetDate', input.targetDate) },
  );
}

export function addObjective(scope: ClientScope, input: AddObjectiveInput): Promise<PlanObjective> {
  return addElement(
    scope,
    'OBJECTIVE',
    input.goalId,
    {
      description: text(input.description),
      measure: text(input.measure) ?? null,
      targetDate: input.targetDate ?? null,
      lifecycleStatus: input.lifecycleStatus ?? 'ACTIVE',
      achievementStatus: input.achievementStatus ?? 'IN_PROGRESS',
    },
    (target) => checkNotBeforeAdmission(target, 'targetDate', input.targetDate),
  );
}

export function updateObjective(
  scope: ClientScope,
  input: UpdateObjectiveInput,
): Promise<PlanObjective> {
  return updateElement(
    scope,
    'OBJECTIVE',
    input.id,
    input.version,
    {
      description: text(input.description) ?? undefined,
      measure: text(input.measure),
      targetDate: input.targetDate,
    },
    { validate: (target) => checkNotBeforeAdmission(target, 'targetDate', input.targetDate) },
  );
}

export function addIntervention(
  scope: ClientScope,
  input: AddInterventionInput,
): Promise<PlanIntervention> {
  return addElement(
    scope,
    'INTERVENTION',
    input.objectiveId,
    {
      modality: input.modality,
      description: text(input.description) ?? null,
      frequency: text(input.frequency),
      responsibleStaffId: input.responsibleStaffId ?? null,
    },
    (target, tx) => checkResponsibleStaff(tx, target, input.responsibleStaffId),
  );
}

export function updateIntervention(
  scope: ClientScope,
  input: UpdateInterventionInput,
): Promise<PlanIntervention> {
  return updateElement(
    scope,
    'INTERVENTION',
    input.id,
    input.version,
    {
      modality: input.modality ?? undefined,
      description: text(input.description),
      frequency: text(input.frequency) ?? undefined,
      responsibleStaffId: input.responsibleStaffId,
    },
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

function statusValues(input: SetGoalStatusInput | SetObjectiveStatusInput) {
  if (input.lifecycleStatus == null && input.achievementStatus == null) {
    throw new BadUserInputError([
      { field: 'lifecycleStatus', message: 'give a lifecycle or an achievement status' },
    ]);
  }
  return {
    lifecycleStatus: input.lifecycleStatus ?? undefined,
    achievementStatus: input.achievementStatus ?? undefined,
  };
}

/** Statuses track the client, not the plan's content: they change on an ACTIVE plan too. */
export function setGoalStatus(scope: ClientScope, input: SetGoalStatusInput): Promise<PlanGoal> {
  return updateElement(scope, 'GOAL', input.goalId, input.version, statusValues(input), {
    allowedWhile: assertTracking,
  });
}

export function setObjectiveStatus(
  scope: ClientScope,
  input: SetObjectiveStatusInput,
): Promise<PlanObjective> {
  return updateElement(scope, 'OBJECTIVE', input.objectiveId, input.version, statusValues(input), {
    allowedWhile: assertTracking,
  });
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
  if (new Set(input.orderedIds).size !== input.orderedIds.length) {
    throw new BadUserInputError([{ field: 'orderedIds', message: 'must not repeat an id' }]);
  }
  const target = await requireTarget(scope, 'EDIT_CHART', spec.parent, input.parentId);
  return scope.db.transaction(async (tx) => {
    const plan = await lockPlan(
      tx,
      target.planId,
      spec.parent === 'PLAN' ? 'NO KEY UPDATE' : 'SHARE',
    );
    assertDraft(plan.status);
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

/**
 * A dated progress entry. It is keyed by the goal's lineage, so the history follows the goal
 * into later plan versions. Never edited.
 */
export async function recordGoalProgress(
  scope: ClientScope,
  input: RecordGoalProgressInput,
): Promise<GoalProgress> {
  if (input.rating == null && input.measureValue == null) {
    throw new BadUserInputError([
      { field: 'rating', message: 'give a rating, a measure value or both' },
    ]);
  }
  const target = await requireTarget(scope, 'EDIT_CHART', 'GOAL', input.goalId);
  if (input.recordedOn > todayAt(target)) {
    throw new BadUserInputError([{ field: 'recordedOn', message: 'cannot be in the future' }]);
  }
  checkNotBeforeAdmission(target, 'recordedOn', input.recordedOn);
  return scope.db.transaction(async (tx) => {
    const plan = await lockPlan(tx, target.planId, 'SHARE');
    assertTracking(plan.status);
    const [goal] = await tx.query<{ lineageId: string; objectiveLineageId: string | null }[]>(
      `SELECT g.lineage_id AS "lineageId", o.lineage_id AS "objectiveLineageId"
       FROM plan_goal g LEFT JOIN plan_objective o ON o.goal_id = g.id AND o.id = $2
       WHERE g.id = $1`,
      [input.goalId, input.objectiveId ?? null],
    );
    if (!goal) throw new NotFoundError('PlanGoal');
    if (input.objectiveId && !goal.objectiveLineageId) {
      throw new BadUserInputError([
        { field: 'objectiveId', message: 'must be an objective of the goal' },
      ]);
    }
    const [row] = await tx.query<GoalProgress[]>(
      `INSERT INTO goal_progress AS x (episode_id, goal_lineage_id, objective_lineage_id,
         recorded_on, rating, measure_value, note, author_staff_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING ${selectColumns(scope.db, GoalProgress, 'x')}`,
      [
        target.episodeId,
        goal.lineageId,
        goal.objectiveLineageId,
        input.recordedOn,
        input.rating ?? null,
        input.measureValue ?? null,
        text(input.note) ?? null,
        scope.viewer.staffId,
      ],
    );
    await scope.audit.write(
      {
        action: 'CREATE',
        recordType: 'GoalProgress',
        recordId: row!.id,
        clientId: target.clientId,
        outcome: 'SUCCESS',
      },
      tx,
    );
    return toProgress(row!);
  });
}
