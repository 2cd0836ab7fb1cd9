import type { ApolloCache, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  settleElement,
  typenameOf,
  type ElementRecord,
  type ElementSaveResult,
} from './element-result';
import {
  addFields,
  changedElementFields,
  type ElementKind,
  type ElementValues,
  type FieldOf,
} from './element-specs';
import { appendChild, removeChild, useRefreshPlan } from './plan-cache';
import { attemptSave } from './plan-errors';

/** Where each kind of element sits: its parent's type and the parent's list of them. */
const parentOf = {
  PROBLEM: { __typename: 'TreatmentPlan', field: 'problems' },
  GOAL: { __typename: 'PlanProblem', field: 'goals' },
  OBJECTIVE: { __typename: 'PlanGoal', field: 'objectives' },
  INTERVENTION: { __typename: 'PlanObjective', field: 'interventions' },
} as const satisfies Record<ElementKind, { __typename: string; field: string }>;

type Versioned = { id: string; version: number };
type Against<K extends ElementKind> = { version: number; values: ElementValues<K> };
type Input<TVariables> = TVariables extends { input: infer I } ? I : never;

/** One call of a plan-element mutation, as the hook's arguments describe it. */
interface ElementCall<TData, TVariables> {
  variables: TVariables;
  /** The cache after a save (not after a conflict: nothing changed then). */
  update?: (cache: ApolloCache, data: TData | null | undefined) => void;
}

/**
 * An element save's answer under its one root field: the element, or the API's
 * `<Element>Conflict` whose `current` (selected with the element's fields) is their version.
 */
type ElementAnswer =
  | {
      __typename: `${string}Conflict`;
      message: string;
      current?: ElementRecord | null;
      savedBy?: { displayName: string } | null;
    }
  | { __typename: string };

function rootAnswer(result: { data?: unknown }): ElementAnswer | undefined {
  const data = result.data as Record<string, ElementAnswer> | null | undefined;
  return data ? Object.values(data)[0] : undefined;
}

const isConflictAnswer = (answer: ElementAnswer | undefined) =>
  answer?.__typename.endsWith('Conflict') ?? false;

/**
 * The body every add/update/remove hook shares: run the mutation and describe the outcome as a
 * form acts on it. On a conflict their version is already in the cache (the answer's `current`,
 * by id). `prepare` must be stable (module level), so the returned callback keeps its identity.
 */
function usePlanElementMutation<
  K extends ElementKind,
  TData,
  TVariables extends OperationVariables,
  Args extends unknown[],
>(
  kind: K,
  document: TypedDocumentNode<TData, TVariables>,
  prepare: (...args: Args) => ElementCall<TData, TVariables>,
): (...args: Args) => Promise<ElementSaveResult<K>> {
  const [mutate] = useMutation(document);
  const refresh = useRefreshPlan();
  return useCallback(
    async (...args: Args): Promise<ElementSaveResult<K>> => {
      const call = prepare(...args);
      const { update } = call;
      const options = {
        variables: call.variables,
        ...(update && {
          update: (cache: ApolloCache, { data }: { data?: TData | null }) => {
            if (!isConflictAnswer(rootAnswer({ data }))) update(cache, data);
          },
        }),
      };
      const result = await attemptSave(
        () => (mutate as (o: typeof options) => Promise<{ data?: unknown }>)(options),
        rootAnswer,
      );
      return settleElement(kind, result, refresh);
    },
    [kind, prepare, mutate, refresh],
  );
}

/**
 * The add/update/remove hooks of one kind of plan element. Each input is built from the fields
 * the form filled in (`addFields`) or changed (`changedElementFields`).
 */
export function planElementMutations<
  K extends ElementKind,
  TAdd,
  TAddVariables extends { input: unknown },
  TUpdate,
  TUpdateVariables extends { input: unknown },
  TRemove,
>(
  kind: K,
  spec: {
    add: {
      document: TypedDocumentNode<TAdd, TAddVariables>;
      input: (parentId: string, f: Record<FieldOf<K>, string | null>) => Input<TAddVariables>;
      newId: (data: TAdd) => string;
    };
    update: {
      document: TypedDocumentNode<TUpdate, TUpdateVariables>;
      input: (
        id: string,
        version: number,
        c: Partial<Record<FieldOf<K>, string | null>>,
      ) => Input<TUpdateVariables>;
    };
    remove: TypedDocumentNode<TRemove, { input: { id: string; version: number } }>;
  },
) {
  const parent = (id: string) => ({ __typename: parentOf[kind].__typename, id });
  const field = parentOf[kind].field;
  const typename = typenameOf[kind];

  const prepareAdd = (
    parentId: string,
    values: ElementValues<K>,
  ): ElementCall<TAdd, TAddVariables> => ({
    variables: { input: spec.add.input(parentId, addFields(kind, values)) } as TAddVariables,
    update(cache, data) {
      if (!data) return;
      appendChild(cache, parent(parentId), field, {
        __typename: typename,
        id: spec.add.newId(data),
      });
    },
  });

  const prepareUpdate = (
    id: string,
    against: Against<K>,
    mine: ElementValues<K>,
  ): ElementCall<TUpdate, TUpdateVariables> => ({
    variables: {
      input: spec.update.input(
        id,
        against.version,
        changedElementFields(kind, against.values, mine),
      ),
    } as TUpdateVariables,
  });

  const prepareRemove = (
    parentId: string,
    element: Versioned,
  ): ElementCall<TRemove, { input: Versioned }> => ({
    variables: { input: { id: element.id, version: element.version } },
    update(cache) {
      removeChild(cache, parent(parentId), field, { __typename: typename, id: element.id });
    },
  });

  function useAdd() {
    return usePlanElementMutation(kind, spec.add.document, prepareAdd);
  }
  function useUpdate() {
    return usePlanElementMutation(kind, spec.update.document, prepareUpdate);
  }
  function useRemove() {
    return usePlanElementMutation(kind, spec.remove, prepareRemove);
  }
  return { useAdd, useUpdate, useRemove };
}
