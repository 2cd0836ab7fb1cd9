import { getMetadataStorage } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ClientAction, ProgramAction } from '@waypoint/domain';
import type { ClientScope } from '../modules/access/client-scope.js';
import { requireProgramAction } from '../modules/program/program-access.js';
import { requireTarget, type PlanTargetKind } from '../modules/treatment-plan/plan-access.js';
import { requireProgressTarget } from '../modules/treatment-plan/goal-progress.service.js';
import { requireAdministeredRecord } from '../modules/staff-admin/administered-record.js';
import { requireSessionTarget } from '../modules/attendance/attendance-roster.service.js';
import { requireGroupTarget, type GroupTargetKind } from '../modules/group/group-access.js';
import { requireNoteTarget } from '../modules/progress-note/progress-note.service.js';

/**
 * The kinds of record an operation can act on, each authorised through the caller's scope.
 * INSTALLATION: no one record, the installation as a whole (creating a program).
 */
export type TargetKind =
  | 'CLIENT'
  | 'PROGRAM'
  | 'PROGRESS'
  | 'STAFF'
  | 'INSTALLATION'
  | 'SESSION_ROSTER'
  | 'PROGRESS_NOTE'
  | PlanTargetKind
  | GroupTargetKind;

/**
 * What an operation's `@Authorized(...)` may name for its target to be checked against: a client
 * action, a program action, or staff administration.
 */
export type TargetAction = ClientAction | ProgramAction | 'ADMINISTER';

type Args = Readonly<Record<string, unknown>>;

interface Declaration {
  kind: TargetKind | ((args: Args) => TargetKind);
  /** Where the record's id is among the arguments, e.g. `input.episodeId`; '' for INSTALLATION. */
  idAt: string;
}

export interface OperationTarget {
  action: TargetAction;
  kind: TargetKind;
  idAt: string;
  /** Null when the operation names no record (INSTALLATION). */
  id: unknown;
}

type ClassConstructor = abstract new (...args: never[]) => unknown;
const declarations = new Map<ClassConstructor, Map<string, Declaration>>();

/**
 * Names the record an operation acts on, so that the caller's access to that record is checked
 * (and a refusal audited) before any input validation runs: a caller without access learns
 * FORBIDDEN, never what would have been wrong with the input. The action checked is the one the
 * operation's `@Authorized(...)` states. Every mutation that is not PUBLIC declares one (a test
 * fails otherwise). `kind` may depend on the arguments (reordering names the parent's kind).
 */
export function AuthorizesTarget(
  kind: TargetKind | ((args: Args) => TargetKind),
  idAt = '',
): MethodDecorator {
  return (prototype, methodName) => {
    const target = prototype.constructor as ClassConstructor;
    const forClass = declarations.get(target) ?? new Map<string, Declaration>();
    forClass.set(String(methodName), { kind, idAt });
    declarations.set(target, forClass);
  };
}

const ownAccountOperations = new Map<ClassConstructor, Set<string>>();

/**
 * Declares that a mutation acts only on the caller's own account (their password, their
 * sessions), found from the session rather than from an argument: there is no other record to
 * authorise, since it cannot reach anyone else's. Stands in for `@AuthorizesTarget`.
 */
export function ActsOnOwnAccount(): MethodDecorator {
  return (prototype, methodName) => {
    const target = prototype.constructor as ClassConstructor;
    const forClass = ownAccountOperations.get(target) ?? new Set<string>();
    forClass.add(String(methodName));
    ownAccountOperations.set(target, forClass);
  };
}

/** The mutations that act only on the caller's own account, by schema name (for the coverage test). */
export function operationsOnOwnAccount(): string[] {
  return getMetadataStorage()
    .mutations.filter((op) =>
      ownAccountOperations.get(op.target as ClassConstructor)?.has(op.methodName),
    )
    .map((op) => `Mutation.${op.schemaName}`);
}

const targetActions = new Set<string>([
  ...Object.values(ClientAction),
  ...Object.values(ProgramAction),
  'ADMINISTER',
]);
const programActions = new Set<string>(Object.values(ProgramAction));

interface IndexedDeclaration extends Declaration {
  action: TargetAction;
}
let index: Map<string, IndexedDeclaration> | undefined;

/** `Mutation.recordAssessment` → its declaration, from type-graphql's metadata (built once). */
function declarationIndex(): Map<string, IndexedDeclaration> {
  if (index) return index;
  const storage = getMetadataStorage();
  const built = new Map<string, IndexedDeclaration>();
  const operations = [
    ...storage.queries.map((op) => ({ op, type: 'Query' })),
    ...storage.mutations.map((op) => ({ op, type: 'Mutation' })),
  ];
  for (const { op, type } of operations) {
    const declaration = declarations.get(op.target as ClassConstructor)?.get(op.methodName);
    if (!declaration) continue;
    const roles = storage.authorizedFields.find(
      (a) => a.target === op.target && a.fieldName === op.methodName,
    )?.roles as string[] | undefined;
    const action = roles?.find((r): r is TargetAction => targetActions.has(r));
    if (!action) {
      throw new Error(`${op.target.name}.${op.methodName} names a target but no action`);
    }
    built.set(`${type}.${op.schemaName}`, { ...declaration, action });
  }
  return (index = built);
}

/** The operations that declared a target, by schema name (for the coverage test). */
export function operationsWithTargets(): string[] {
  return [...declarationIndex().keys()];
}

function valueAt(args: Args, path: string): unknown {
  let value: unknown = args;
  for (const key of path.split('.')) {
    value = value !== null && typeof value === 'object' ? (value as Args)[key] : undefined;
  }
  return value;
}

/** The record the operation being resolved acts on, when it declared one. */
export function targetOf(info: GraphQLResolveInfo, args: Args): OperationTarget | null {
  const declaration = declarationIndex().get(`${info.parentType.name}.${info.fieldName}`);
  if (!declaration) return null;
  const { kind, idAt, action } = declaration;
  return {
    action,
    kind: typeof kind === 'function' ? kind(args) : kind,
    idAt,
    id: idAt ? valueAt(args, idAt) : null,
  };
}

/**
 * Refuses (auditing the refusal) unless the caller may perform `action` on the record: a client,
 * a program (acts on no client yet, such as opening an inquiry, or on the program itself: its
 * settings), or a record of a client's chart, checked against its own episode's client; or, for
 * an administrator, an account or a program.
 */
export async function authorizeTarget(
  scope: ClientScope,
  action: TargetAction,
  kind: TargetKind,
  id: string | null,
): Promise<void> {
  if (kind === 'GROUP' || kind === 'SESSION') {
    return requireGroupTarget(scope, action as ClientAction | ProgramAction, kind, String(id));
  }
  if (programActions.has(action)) {
    const programId = kind === 'PROGRAM' ? id : null;
    return requireProgramAction(scope.viewer, scope.audit, action as ProgramAction, programId);
  }
  if (id === null || kind === 'INSTALLATION') {
    throw new Error(`a ${kind} target names no record to check ${action} against`);
  }
  if (action === 'ADMINISTER') return requireAdministeredRecord(scope, kind, id);
  if (kind === 'STAFF') throw new Error(`a STAFF target is checked for ADMINISTER, not ${action}`);
  const clientAction = action as ClientAction;
  switch (kind) {
    case 'CLIENT':
      return scope.require(clientAction, id);
    case 'PROGRAM':
      return scope.requireProgram(clientAction, id);
    case 'PROGRESS':
      await requireProgressTarget(scope, clientAction, id);
      return;
    case 'SESSION_ROSTER':
      return requireSessionTarget(scope, clientAction, id);
    case 'PROGRESS_NOTE':
      return requireNoteTarget(scope, clientAction, id);
    case 'EPISODE':
      await requireTarget(scope, clientAction, kind, id);
      return;
    default:
      await requireTarget(scope, clientAction, kind, id);
  }
}
