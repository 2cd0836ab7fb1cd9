import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { BadUserInputError } from './errors.js';
import { isCleanText, isRecordId } from './input-guard.js';

export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 25, description: `Page size, 1–${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(512)
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A Relay-style connection type for `T` (edges, pageInfo, totalCount). */
export function Connection<T extends object>(nodeType: ClassType<T>) {
  @ObjectType(`${nodeType.name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  // Never referenced itself: the concrete `class XConnection extends Connection(X)` is emitted.
  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Matching records across all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}

/** Cursors are opaque to clients: the sort key of the last row, base64url-encoded JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What one position of a cursor's sort key holds, checked before it reaches SQL. */
export type CursorPart = 'text' | 'id' | 'integer' | 'timestamp';

const cursorPartIs: Record<CursorPart, (value: unknown) => boolean> = {
  text: (v) => typeof v === 'string' && v.length <= 512 && isCleanText(v),
  id: isRecordId,
  integer: (v) =>
    (typeof v === 'number' && Number.isSafeInteger(v)) ||
    (typeof v === 'string' && /^-?[0-9]{1,19}$/.test(v)),
  timestamp: (v) => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v)),
};

const anyPart = (v: unknown) => typeof v === 'number' || cursorPartIs.text(v);

/**
 * The sort key a cursor carries, each part checked against what the list sorts by (`shape`), so a
 * forged or damaged cursor is BAD_USER_INPUT naming `after`, never a database error. A bare arity
 * only checks that the parts are numbers or plain text; name the parts where the list can.
 */
export function decodeCursor(
  cursor: string,
  shape: number | readonly CursorPart[],
): (string | number)[] {
  const checks =
    typeof shape === 'number'
      ? Array.from({ length: shape }, () => anyPart)
      : shape.map((part) => cursorPartIs[part]);
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === checks.length &&
      key.every((k: unknown, i) => checks[i]!(k))
    ) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the input error
  }
  throw notACursor();
}

/** A cursor that decodes but was not made by this list (another list's, another order's, edited). */
export function notACursor(): BadUserInputError {
  return new BadUserInputError([{ field: 'after', message: 'is not a cursor from this list' }]);
}

/** Builds a page from rows fetched with LIMIT first + 1 (the extra row tells there is more). */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  sortKey: (row: T) => readonly (string | number)[],
) {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(sortKey(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
