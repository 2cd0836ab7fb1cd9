import type { AuthCheckerFn, ResolverData } from 'type-graphql';
import { apiTokenRefusal, ClientAction, isAdministrator, ProgramAction } from '@waypoint/domain';
import { mayEver, type Viewer } from '../modules/auth/viewer.js';
import { mayEverOnPrograms } from '../modules/program/program-access.js';
import type { GraphQLContext } from './context.js';
import { DomainError } from './errors.js';

/**
 * What an operation or field declares with `@Authorized(...)`:
 * - PUBLIC: anyone (signing in, asking who I am);
 * - SIGNED_IN: any signed-in staff (no client data: programs, staff lists);
 * - ADMINISTER: staff administration (accounts, roles); an ADMIN role in any program (install-wide);
 * - a ClientAction: client data; the caller must hold a role that grants it somewhere, and the
 *   service then checks each client through the caller's ClientScope;
 * - a ProgramAction: programs themselves (settings, creating one); the caller must hold it on
 *   some program, and `@AuthorizesTarget` then checks the program acted on.
 * A test fails when an operation or field resolver declares nothing.
 */
export type Requirement = 'PUBLIC' | 'SIGNED_IN' | 'ADMINISTER' | ClientAction | ProgramAction;

const clientActions = new Set<string>(Object.values(ClientAction));
const programActions = new Set<string>(Object.values(ProgramAction));

/**
 * Whether the viewer's roles meet `requirements`, worked out once per viewer (a request's) and
 * declaration: a page of 25 clients asks the same question for every field of every row.
 */
const decided = new WeakMap<Viewer, Map<readonly Requirement[], boolean>>();

function rolesAllow(viewer: Viewer, requirements: readonly Requirement[]): boolean {
  let known = decided.get(viewer);
  if (!known) decided.set(viewer, (known = new Map<readonly Requirement[], boolean>()));
  let allowed = known.get(requirements);
  if (allowed === undefined) {
    const actions = requirements.filter((r): r is ClientAction => clientActions.has(r));
    const onPrograms = requirements.filter((r): r is ProgramAction => programActions.has(r));
    allowed = requirements.includes('ADMINISTER')
      ? isAdministrator(viewer.programRoles)
      : (actions.length === 0 && onPrograms.length === 0) ||
        actions.some((a) => mayEver(viewer, a)) ||
        onPrograms.some((a) => mayEverOnPrograms(viewer, a));
    known.set(requirements, allowed);
  }
  return allowed;
}

/** Records the refusal in the audit trail, then refuses. */
async function refuse(
  { context, info }: ResolverData<GraphQLContext>,
  event: { action: 'READ' | 'UPDATE'; note?: string },
  message: string,
): Promise<never> {
  await context.audit.write({
    ...event,
    recordType: `${info.parentType.name}.${info.fieldName}`,
    recordId: null,
    clientId: null,
    outcome: 'DENIED',
  });
  throw new DomainError('FORBIDDEN', message);
}

/** Synchronous when it allows (every field of every row): no promise per field. */
export const authChecker: AuthCheckerFn<GraphQLContext, Requirement> = (data, requirements) => {
  const { context, info } = data;
  const token = context.viewer?.apiToken;
  if (token) {
    const refusal = apiTokenRefusal(token.scope, {
      mutation: info.parentType.name === 'Mutation',
      ownAccount: requirements.includes('PUBLIC') || requirements.includes('SIGNED_IN'),
    });
    if (refusal) return refuse(data, { action: 'UPDATE', note: 'API token' }, refusal);
  }
  if (requirements.includes('PUBLIC')) return true;
  const viewer = context.viewer;
  if (!viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
  if (rolesAllow(viewer, requirements)) return true;
  return refuse(data, { action: 'READ' }, 'Your role does not allow this');
};
