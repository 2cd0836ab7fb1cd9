import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import type { FieldProblem } from './errors.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * C0 controls other than tab, line feed and carriage return, DEL and the C1 controls, and UTF-16
 * halves without their pair. NUL is refused by PostgreSQL itself (in text and jsonb); the others
 * are never typed by a person and only hide text from the people who read it later.
 */
const forbiddenCharacter =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Scalars whose values are free-form JSON: every string in them (keys too) is text. */
const jsonScalars = new Set(['JSON', 'JSONObject']);

export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && uuid.test(value);
}

export function isCleanText(value: string): boolean {
  return !forbiddenCharacter.test(value);
}

const textProblem = (field: string): FieldProblem => ({
  field,
  message: 'must not contain control characters',
});

function jsonProblems(value: unknown, field: string): FieldProblem[] {
  if (typeof value === 'string') return isCleanText(value) ? [] : [textProblem(field)];
  if (Array.isArray(value)) return value.flatMap((v, i) => jsonProblems(v, `${field}.${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    isCleanText(key) ? jsonProblems(v, `${field}.${key}`) : [textProblem(field)],
  );
}

function valueProblems(type: GraphQLInputType, value: unknown, field: string): FieldProblem[] {
  if (value === null || value === undefined) return [];
  if (isNonNullType(type)) return valueProblems(type.ofType, value, field);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item, i) => valueProblems(type.ofType, item, `${field}.${i}`));
  }
  if (isInputObjectType(type)) {
    const record = value as Record<string, unknown>;
    return Object.values(type.getFields()).flatMap((f) =>
      valueProblems(f.type, record[f.name], `${field}.${f.name}`),
    );
  }
  if (isEnumType(type)) return [];
  switch (type.name) {
    case 'ID':
      return isRecordId(value) ? [] : [{ field, message: 'is not a valid id' }];
    case 'String':
      return typeof value === 'string' && !isCleanText(value) ? [textProblem(field)] : [];
    default:
      return jsonScalars.has(type.name) ? jsonProblems(value, field) : [];
  }
}

/**
 * The checks every argument of every operation gets, whatever its input class says: ids are
 * record ids (UUIDs) before they reach SQL, and text holds no control characters. Field paths
 * start at the argument (`input.episodeId`, `filter.search`, `programId`).
 */
export function inputProblems(
  args: readonly GraphQLArgument[],
  values: Readonly<Record<string, unknown>>,
): FieldProblem[] {
  return args.flatMap((arg) => valueProblems(arg.type, values[arg.name], arg.name));
}
