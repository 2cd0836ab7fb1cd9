import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** One generated request: a document and its variables. */
export interface FuzzOperation {
  field: string;
  kind: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
}

type Gen = fc.GeneratorValue;

/** Strings a careless server chokes on: huge, unicode, control characters, SQL, JSON-ish. */
const nastyStrings = [
  '',
  ' ',
  "'",
  "' OR '1'='1",
  "'; DROP TABLE client; --",
  '"); SELECT pg_sleep(0); --',
  '\\',
  '%',
  '_%_',
  '\u0000',
  '\u202e\u0301Zoë 🦄 名前',
  '𝕏'.repeat(300),
  'a'.repeat(10_000),
  '0000-00-00',
  '2024-02-30',
  '-1',
  'NaN',
  '{"$gt":""}',
  '<script>alert(1)</script>',
];

const nastyNumbers = [0, -1, 1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 1e308, 0.5, -0.0001];

/**
 * Builds requests from the schema itself: any query or mutation, arguments of the declared types
 * (real record ids, enum values, dates) mixed with wrong ones (random ids, nasty strings, nulls,
 * values of another type, missing required arguments), and a random selection of fields within
 * the query limits. Every object selected includes `__typename` and, when it has one, `id`, so
 * the records an answer holds can be checked against the caller's scope.
 */
export function operationGenerator(
  schema: GraphQLSchema,
  realIds: readonly string[],
  options: { maxDepth?: number } = {},
) {
  const maxDepth = options.maxDepth ?? 4;
  const roots = (['query', 'mutation'] as const).flatMap((kind) => {
    const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field }));
  });

  const scalarValue = (g: Gen, name: string): unknown => {
    const wrongType = () =>
      g(() => fc.constantFrom<unknown>(true, 42, 'x', { a: 1 }, [1, 2], -1.5));
    if (g(() => fc.integer({ min: 0, max: 19 })) === 0) return wrongType();
    switch (name) {
      case 'ID':
        return g(() =>
          fc.oneof(
            { weight: 5, arbitrary: fc.constantFrom(...realIds) },
            { weight: 2, arbitrary: fc.uuid() },
            { weight: 1, arbitrary: fc.constantFrom(...nastyStrings) },
          ),
        );
      case 'String':
        return g(() =>
          fc.oneof(
            fc.string({ maxLength: 40 }),
            fc.string({ unit: 'grapheme', maxLength: 20 }),
            fc.constantFrom(...nastyStrings),
          ),
        );
      case 'Int':
        return g(() =>
          fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(...nastyNumbers)),
        );
      case 'Float':
        return g(() => fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(...nastyNumbers)));
      case 'Boolean':
        return g(() => fc.boolean());
      case 'LocalDate':
      case 'DateTimeISO': {
        const iso = (d: Date) =>
          name === 'LocalDate' ? d.toISOString().slice(0, 10) : d.toISOString();
        const dates = fc.date({
          min: new Date('1900-01-01'),
          max: new Date('2100-12-31'),
          noInvalidDate: true,
        });
        return g(() => fc.oneof(dates.map(iso), fc.constantFrom(...nastyStrings)));
      }
      case 'JSONObject':
        return g(() => fc.oneof(fc.object({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 })));
      default:
        return g(() => fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...nastyStrings)));
    }
  };

  const inputValue = (g: Gen, type: GraphQLInputType, depth: number): unknown => {
    if (isNonNullType(type)) {
      // Now and then a null where one is not allowed.
      if (g(() => fc.integer({ min: 0, max: 29 })) === 0) return null;
      return inputValue(g, type.ofType, depth);
    }
    if (g(() => fc.integer({ min: 0, max: 9 })) === 0) return null;
    if (isListType(type)) {
      const length = g(() => fc.integer({ min: 0, max: depth > 2 ? 1 : 3 }));
      return Array.from({ length }, () => inputValue(g, type.ofType, depth + 1));
    }
    if (isEnumType(type)) {
      return g(() =>
        fc.oneof(
          { weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
          { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', 'ÿ', '') },
        ),
      );
    }
    if (isInputObjectType(type)) {
      if (depth > 3) return {};
      const record: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type);
        // Required fields are nearly always there; optional ones half the time.
        const include = g(() => fc.integer({ min: 0, max: required ? 19 : 1 })) !== 0;
        if (include) record[field.name] = inputValue(g, field.type, depth + 1);
      }
      if (g(() => fc.integer({ min: 0, max: 29 })) === 0) record.notAField = 1;
      return record;
    }
    return scalarValue(g, (type as GraphQLNamedType).name);
  };

  return fc.gen().map((g) => {
    const { kind, field } = g(() => fc.constantFrom(...roots));
    const variables: Record<string, unknown> = {};
    const declarations: string[] = [];
    let aliasCount = 0;

    const argumentsOf = (args: readonly GraphQLArgument[]): string => {
      const given = args.flatMap((arg) => {
        const required = isNonNullType(arg.type);
        if (g(() => fc.integer({ min: 0, max: required ? 24 : 1 })) === 0) return [];
        const name = `v${declarations.length}`;
        declarations.push(`$${name}: ${arg.type.toString()}`);
        variables[name] = inputValue(g, arg.type, 0);
        return [`${arg.name}: $${name}`];
      });
      return given.length ? `(${given.join(', ')})` : '';
    };

    const selectionOf = (type: GraphQLOutputType, depth: number): string => {
      const named = getNamedType(type);
      if (isLeafType(named)) return '';
      if (depth >= maxDepth) return '{ __typename }';
      if (isUnionType(named) || isInterfaceType(named)) {
        const possible = schema.getPossibleTypes(named);
        const parts = possible.map((t) => `... on ${t.name} ${selectionOf(t, depth + 1)}`);
        return `{ __typename ${parts.join(' ')} }`;
      }
      if (!isObjectType(named)) return '';
      const fields = Object.values(named.getFields());
      const chosen = g(() =>
        fc.subarray(fields, {
          minLength: 1,
          maxLength: Math.min(fields.length, depth <= 1 ? 6 : 3),
        }),
      );
      const parts = ['__typename', ...(named.getFields().id ? ['id'] : [])];
      for (const f of chosen as GraphQLField<unknown, unknown>[]) {
        if (f.name === 'id') continue;
        // An alias now and then (the limits allow 15).
        const alias =
          aliasCount < 10 && g(() => fc.integer({ min: 0, max: 9 })) === 0
            ? `a${aliasCount++}: `
            : '';
        parts.push(`${alias}${f.name}${argumentsOf(f.args)} ${selectionOf(f.type, depth + 1)}`);
      }
      return `{ ${parts.join(' ')} }`;
    };

    const body = `${field.name}${argumentsOf(field.args)} ${selectionOf(field.type, 1)}`;
    const head = declarations.length ? `(${declarations.join(', ')})` : '';
    return { field: field.name, kind, query: `${kind} Fuzz${head} { ${body} }`, variables };
  });
}
