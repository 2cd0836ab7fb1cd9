import type { ApolloCache, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { cachedFields, settleElement, typenameOf, type ElementSaveResult } from './element-result';
import {
  addFields,
  changedElementFields,
  type ElementKind,
  type ElementValues,
  type FieldOf,
} from './element-specs';
import { appendChild, removeChild, useRefreshPlan, writeCurrent } from './plan-cache';
import { attempt } from './plan-errors';

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
  update?: (cache: ApolloCache, data: TData | null | undefined) => void;
  /** The element whose cached copy takes their version when someone saved first. */
  conflictId?: string;
  /** More to do with their version (after it is written to the cache). */
  onConflict?: (current: Readonly<Record<string, unknown>>, refresh: () => void) => void;
}

/**
 * The body every add/update/remove hook shares: run the mutation, write their version over ours
 * on CONFLICT, and describe the outcome as a form acts on it. `prepare` must be stable (module
 * level), so the returned callback keeps its identity across renders.
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
  const [mutate, { client }] = useMutation(document);
  const refresh = useRefreshPlan();
  return useCallback(
    async (...args: Args): Promise<ElementSaveResult<K>> => {
      const call = prepare(...args);
      const { update } = call;
      const options = {
        variables: call.variables,
        ...(update && {
          update: (cache: ApolloCache, { data }: { data?: TData | null }) => update(cache, data),
        }),
      };
      const result = await attempt(() =>
        (mutate as (o: typeof options) => Promise<unknown>)(options),
      );
      if (result.kind === 'conflict' && result.current && call.conflictId !== undefined) {
        writeCurrent(
          client.cache,
          { __typename: typenameOf[kind], id: call.conflictId },
          result.current,
          cachedFields[kind],
        );
        call.onConflict?.(result.current, refresh);
      }
      return settleElement(kind, result, refresh);
    },
    [kind, prepare, mutate, client, refresh],
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
      onConflict?: (
        current: Readonly<Record<string, unknown>>,
        against: Against<K>,
        refresh: () => void,
      ) => void;
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
  ): ElementCall<TUpdate, TUpdateVariables> => {
    const onConflict = spec.update.onConflict;
    const c = changedElementFields(kind, against.values, mine);
    return {
      variables: { input: spec.update.input(id, against.version, c) } as TUpdateVariables,
      conflictId: id,
      ...(onConflict && {
        onConflict: (current, refresh) => onConflict(current, against, refresh),
      }),
    };
  };

  const prepareRemove = (
    parentId: string,
    element: Versioned,
  ): ElementCall<TRemove, { input: Versioned }> => ({
    variables: { input: { id: element.id, version: element.version } },
    update(cache) {
      removeChild(cache, parent(parentId), field, { __typename: typename, id: element.id });
    },
    conflictId: element.id,
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
