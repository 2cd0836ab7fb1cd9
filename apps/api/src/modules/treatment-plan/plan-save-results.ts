import type { DataSource } from 'typeorm';
import type { ClassType } from 'type-graphql';
import { conflictType, saveResult, type FindCurrent } from '../../graphql/conflict.js';
import { locate, type PlanTargetKind } from './plan-access.js';
import {
  PlanGoal,
  PlanIntervention,
  PlanObjective,
  PlanProblem,
  TreatmentPlan,
} from './treatment-plan.entity.js';
import { ReviewPlanPayload } from './treatment-plan.types.js';

/** A plan or element as it stands, with the client of the episode it belongs to. */
function planRecord<T extends { id: string }>(
  kind: Exclude<PlanTargetKind, 'EPISODE'>,
  entity: ClassType<T>,
): FindCurrent<T> {
  return async (db: DataSource, id: string) => {
    const record = await db.getRepository(entity).findOneBy({ id } as never);
    if (!record) return null;
    return { record, clientId: (await locate(db, kind, id)).clientId };
  };
}

export const TreatmentPlanConflict = conflictType(
  'TreatmentPlan',
  TreatmentPlan,
  planRecord('PLAN', TreatmentPlan),
);
export const PlanProblemConflict = conflictType(
  'PlanProblem',
  PlanProblem,
  planRecord('PROBLEM', PlanProblem),
);
export const PlanGoalConflict = conflictType('PlanGoal', PlanGoal, planRecord('GOAL', PlanGoal));
export const PlanObjectiveConflict = conflictType(
  'PlanObjective',
  PlanObjective,
  planRecord('OBJECTIVE', PlanObjective),
);
export const PlanInterventionConflict = conflictType(
  'PlanIntervention',
  PlanIntervention,
  planRecord('INTERVENTION', PlanIntervention),
);

export const TreatmentPlanSaveResult = saveResult(
  'TreatmentPlanSaveResult',
  TreatmentPlan,
  TreatmentPlanConflict.type,
);
export const ReviewPlanResult = saveResult(
  'ReviewPlanResult',
  ReviewPlanPayload,
  TreatmentPlanConflict.type,
);
export const PlanProblemSaveResult = saveResult(
  'PlanProblemSaveResult',
  PlanProblem,
  PlanProblemConflict.type,
);
export const PlanGoalSaveResult = saveResult('PlanGoalSaveResult', PlanGoal, PlanGoalConflict.type);
export const PlanObjectiveSaveResult = saveResult(
  'PlanObjectiveSaveResult',
  PlanObjective,
  PlanObjectiveConflict.type,
);
export const PlanInterventionSaveResult = saveResult(
  'PlanInterventionSaveResult',
  PlanIntervention,
  PlanInterventionConflict.type,
);

/** The resolvers of every plan conflict's `current`, for the schema. */
export const planConflictResolvers = [
  TreatmentPlanConflict.resolver,
  PlanProblemConflict.resolver,
  PlanGoalConflict.resolver,
  PlanObjectiveConflict.resolver,
  PlanInterventionConflict.resolver,
] as const;
