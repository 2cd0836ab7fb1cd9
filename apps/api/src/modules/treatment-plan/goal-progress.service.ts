import type { EntityManager } from 'typeorm';
import {
  amendProgressCapability,
  type ClientAction,
  amendReasonSchema,
  progressEntrySchema,
  type ProgressAmendment,
} from '@waypoint/domain';
import { selectColumns } from '../../db/select-columns.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import { ConflictError } from '../../graphql/conflict.js';
import type { ClientScope } from '../access/client-scope.js';
import type {
  CorrectGoalProgressInput,
  RecordGoalProgressInput,
  VoidGoalProgressInput,
} from './dto/progress.input.js';
import { lockPlan, requireTarget, todayAt, type EpisodeTarget } from './plan-access.js';
import { admissionDate } from './plan-clock.js';
import { parseField, parseWith } from './plan-input.js';
import { capabilitiesInTx, enforce, lockEpisodeStatus } from './plan-transition.js';
import { toProgress } from './treatment-plan.loader.js';
import { GoalProgress } from './treatment-plan.entity.js';

/** An entry's values, checked by the domain's schema against the episode's dates. */
function entryValues(
  target: EpisodeTarget,
  input: RecordGoalProgressInput | CorrectGoalProgressInput,
) {
  return parseWith(
    progressEntrySchema({
      admittedOn: admissionDate(target, target.program.timeZone),
      today: todayAt(target),
    }),
    {
      recordedOn: input.recordedOn,
      rating: input.rating,
      measureValue: input.measureValue,
      note: input.note,
    },
  );
}

async function insertEntry(
  scope: ClientScope,
  tx: EntityManager,
  target: EpisodeTarget,
  row: {
    goalLineageId: string;
    objectiveLineageId: string | null;
    recordedOn: string;
    rating: number | null;
    measureValue: number | null;
    note: string | null;
    amendsId?: string;
    amendment?: ProgressAmendment;
    amendReason?: string;
    sessionId?: string | null;
  },
): Promise<GoalProgress> {
  const [inserted] = await tx.query<GoalProgress[]>(
    `INSERT INTO goal_progress AS x (episode_id, goal_lineage_id, objective_lineage_id,
       recorded_on, rating, measure_value, note, author_staff_id, amends_id, amendment, amend_reason,
       session_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     RETURNING ${selectColumns(scope.db, GoalProgress, 'x')}`,
    [
      target.episodeId,
      row.goalLineageId,
      row.objectiveLineageId,
      row.recordedOn,
      row.rating,
      row.measureValue,
      row.note,
      scope.viewer.staffId,
      row.amendsId ?? null,
      row.amendment ?? null,
      row.amendReason ?? null,
      row.sessionId ?? null,
    ],
  );
  await scope.audit.write(
    {
      action: 'CREATE',
      recordType: 'GoalProgress',
      recordId: inserted!.id,
      clientId: target.clientId,
      outcome: 'SUCCESS',
      note: row.amendment ? `${row.amendment.toLowerCase()} of ${row.amendsId}` : undefined,
    },
    tx,
  );
  return toProgress(inserted!);
}

/**
 * A dated progress entry. It is keyed by the goal's lineage, so the history follows the goal
 * into later plan versions. Never changed: corrected or voided by a new row.
 */
export async function recordGoalProgress(
  scope: ClientScope,
  input: RecordGoalProgressInput,
  /** From a progress note: inside its transaction, with its session attached. */
  fromNote?: { tx: EntityManager; sessionId: string },
): Promise<GoalProgress> {
  const target = await requireTarget(scope, 'EDIT_CHART', 'GOAL', input.goalId);
  const values = entryValues(target, input);
  const record = async (tx: EntityManager) => {
    const plan = await lockPlan(tx, target.planId, 'SHARE');
    const capabilities = await capabilitiesInTx(scope, tx, target, plan, target.episodeStatus);
    enforce(capabilities.recordProgress, plan);
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
    return insertEntry(scope, tx, target, {
      goalLineageId: goal.lineageId,
      objectiveLineageId: goal.objectiveLineageId,
      recordedOn: values.recordedOn,
      rating: values.rating ?? null,
      measureValue: values.measureValue ?? null,
      note: values.note ?? null,
      sessionId: fromNote?.sessionId ?? null,
    });
  };
  return fromNote ? record(fromNote.tx) : scope.db.transaction(record);
}

/** A progress entry's episode, after checking the viewer may perform `action` on its chart. */
export async function requireProgressTarget(
  scope: ClientScope,
  action: ClientAction,
  progressId: string,
): Promise<EpisodeTarget> {
  const [located] = await scope.db.query<{ episodeId: string }[]>(
    'SELECT episode_id AS "episodeId" FROM goal_progress WHERE id = $1',
    [progressId],
  );
  if (!located) throw new NotFoundError('GoalProgress');
  return requireTarget(scope, action, 'EPISODE', located.episodeId);
}

/** The entry to amend, after checking the viewer may change its episode's chart. */
async function amendable(
  scope: ClientScope,
  progressId: string,
): Promise<{ entry: GoalProgress; target: EpisodeTarget }> {
  const target = await requireProgressTarget(scope, 'EDIT_CHART', progressId);
  const [entry] = await scope.db.query<GoalProgress[]>(
    `SELECT ${selectColumns(scope.db, GoalProgress, 'x')} FROM goal_progress x WHERE x.id = $1`,
    [progressId],
  );
  return { entry: toProgress(entry!), target };
}

/**
 * Adds the row that corrects or voids an entry, once: an entry already amended (or a void itself)
 * is a CONFLICT carrying the row that amended it; the unique index settles races the same way.
 */
async function amend(
  scope: ClientScope,
  progressId: string,
  reasonInput: string,
  row: (
    entry: GoalProgress,
    target: EpisodeTarget,
  ) => {
    recordedOn: string;
    rating: number | null;
    measureValue: number | null;
    note: string | null;
    objectiveLineageId: string | null;
  },
  amendment: ProgressAmendment,
): Promise<GoalProgress> {
  const { entry, target } = await amendable(scope, progressId);
  const reason = parseField('reason', amendReasonSchema, reasonInput);
  const values = row(entry, target);
  return scope.db.transaction(async (tx) => {
    const episodeStatus = await lockEpisodeStatus(tx, target.episodeId);
    const capability = amendProgressCapability({ episodeStatus, viewer: { canEditChart: true } });
    if (!capability.allowed) {
      throw new DomainError(capability.code ?? 'FORBIDDEN', capability.reason ?? 'Not allowed', {
        episodeStatus,
      });
    }
    if (entry.amendment === 'VOID') {
      throw new DomainError('INVALID_TRANSITION', 'A void is final; it is not amended', {
        recordType: 'GoalProgress',
      });
    }
    // The original stays; its row is only read (goal_progress refuses UPDATE and DELETE).
    const [existing] = await tx.query<GoalProgress[]>(
      `SELECT ${selectColumns(scope.db, GoalProgress, 'x')} FROM goal_progress x
       WHERE x.amends_id = $1`,
      [entry.id],
    );
    const conflict = (current: GoalProgress) =>
      new ConflictError(
        'GoalProgress',
        current,
        current.amendment === 'VOID'
          ? 'This entry was voided already'
          : 'This entry was corrected already; amend the correction instead',
      );
    if (existing) throw conflict(existing);
    // A concurrent amendment of the same entry loses on the unique index; the savepoint keeps
    // the transaction usable to read the winner.
    await tx.query('SAVEPOINT amend');
    try {
      return await insertEntry(scope, tx, target, {
        goalLineageId: entry.goalLineageId,
        ...values,
        amendsId: entry.id,
        amendment,
        amendReason: reason,
      });
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      await tx.query('ROLLBACK TO SAVEPOINT amend');
      const [winner] = await tx.query<GoalProgress[]>(
        `SELECT ${selectColumns(scope.db, GoalProgress, 'x')} FROM goal_progress x
         WHERE x.amends_id = $1`,
        [entry.id],
      );
      throw conflict(winner!);
    }
  });
}

/** A correction: a whole new entry with the right values, in the original's place. */
export function correctGoalProgress(
  scope: ClientScope,
  input: CorrectGoalProgressInput,
): Promise<GoalProgress> {
  return amend(
    scope,
    input.progressId,
    input.reason,
    (entry, target) => {
      const values = entryValues(target, input);
      return {
        recordedOn: values.recordedOn,
        rating: values.rating ?? null,
        measureValue: values.measureValue ?? null,
        note: values.note ?? null,
        objectiveLineageId: entry.objectiveLineageId,
      };
    },
    'CORRECTION',
  );
}

/** A void: the entry no longer counts; it stays visible with who voided it, when and why. */
export async function voidGoalProgress(
  scope: ClientScope,
  input: VoidGoalProgressInput,
): Promise<GoalProgress> {
  await amend(
    scope,
    input.progressId,
    input.reason,
    (entry) => ({
      recordedOn: entry.recordedOn,
      rating: null,
      measureValue: null,
      note: null,
      objectiveLineageId: entry.objectiveLineageId,
    }),
    'VOID',
  );
  const [voided] = await scope.db.query<GoalProgress[]>(
    `SELECT ${selectColumns(scope.db, GoalProgress, 'x')} FROM goal_progress x WHERE x.id = $1`,
    [input.progressId],
  );
  return toProgress(voided!);
}
