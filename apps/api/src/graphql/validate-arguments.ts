import { validate, type ValidatorOptions } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { ArgumentValidationError, type ResolverData, type ValidatorFn } from 'type-graphql';
import type { GraphQLContext } from './context.js';
import { BadUserInputError } from './errors.js';
import { inputProblems, isRecordId } from './input-guard.js';
import { authorizeTarget, targetOf } from './target-authorization.js';

/** type-graphql's own defaults when it runs class-validator itself. */
const classValidatorOptions: ValidatorOptions = {
  forbidUnknownValues: false,
  skipMissingProperties: true,
};

/** Per field resolution: its arguments are checked once, however many parameters it has. */
const checkedFields = new WeakMap<GraphQLResolveInfo, Promise<void>>();

/**
 * What every operation's arguments go through, in this order, before its resolver runs (and
 * after `@Authorized`'s role check):
 * 1. the record it acts on (`@AuthorizesTarget`) is authorised through the caller's scope, so a
 *    caller without access gets FORBIDDEN and a DENIED audit row, never an input error;
 * 2. the checks every input gets (`inputProblems`: ids are UUIDs, no control characters);
 * 3. the input class's own class-validator rules.
 * Services may validate further (rules that need the record); they run after all of this.
 */
export const validateArguments: ValidatorFn = async (
  argValue: unknown,
  _argType,
  { context, info, args }: ResolverData<object>,
): Promise<void> => {
  let checked = checkedFields.get(info);
  if (!checked) {
    checked = authorizeThenGuard(context as GraphQLContext, info, args);
    checkedFields.set(info, checked);
  }
  await checked;
  await runClassValidator(argValue);
};

async function authorizeThenGuard(
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  args: Readonly<Record<string, unknown>>,
): Promise<void> {
  const target = targetOf(info, args);
  if (target) {
    // A malformed id names no record: there is nothing to authorise, only input to refuse.
    // INSTALLATION names no record (idAt ''): there is no id to check.
    const id = target.idAt ? target.id : null;
    if (id !== null && !isRecordId(id)) {
      throw new BadUserInputError([{ field: target.idAt, message: 'is not a valid id' }]);
    }
    await authorizeTarget(context.scope(), target.action, target.kind, id);
  }
  const field = info.parentType.getFields()[info.fieldName];
  const problems = field ? inputProblems(field.args, args) : [];
  if (problems.length) throw new BadUserInputError(problems);
}

async function runClassValidator(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  const items: object[] = Array.isArray(value) ? value.filter(isObject) : [value];
  const errors = (
    await Promise.all(items.map((item) => validate(item, classValidatorOptions)))
  ).flat();
  if (errors.length) throw new ArgumentValidationError(errors);
}

function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}
