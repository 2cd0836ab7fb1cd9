import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { RequestAbandonedError } from '../db/bounded-work.js';
import type { GraphQLContext } from './context.js';

export type DomainErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  // The password was right; sign-in now wants an authenticator code, or MFA set up first.
  | 'MFA_CODE_REQUIRED'
  | 'MFA_ENROLMENT_REQUIRED';

/** An error the client is meant to see; its message must never contain client data. */
export class DomainError extends GraphQLError {
  constructor(code: DomainErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class NotFoundError extends DomainError {
  constructor(recordType: string) {
    super('NOT_FOUND', `${recordType} not found`, { recordType });
  }
}

export interface FieldProblem {
  /** Path of the offending field within the input, e.g. `filter.search`. */
  field: string;
  message: string;
}

export class BadUserInputError extends DomainError {
  constructor(problems: FieldProblem[]) {
    super('BAD_USER_INPUT', `Invalid input: ${problems.map((p) => p.field).join(', ')}`, {
      fields: problems,
    });
  }
}

function validationProblems(err: ArgumentValidationError): FieldProblem[] {
  type Issue = ArgumentValidationError['extensions']['validationErrors'][number];
  const walk = (issues: Issue[], prefix: string): FieldProblem[] =>
    issues.flatMap((i) => {
      const field = prefix ? `${prefix}.${i.property}` : i.property;
      const own = Object.values(i.constraints ?? {}).map((message) => ({ field, message }));
      return [...own, ...walk(i.children ?? [], field)];
    });
  return walk(err.extensions.validationErrors, '');
}

/**
 * PostgreSQL's data exceptions (class 22: invalid_text_representation 22P02,
 * character_not_in_repertoire 22021, string_data_right_truncation 22001, datetime 22007/22008,
 * numeric_value_out_of_range 22003, untranslatable_character 22P05…) are the caller's input
 * refused by the database: a value that should have been refused at the boundary. They answer
 * BAD_USER_INPUT without quoting the value, and are still logged (code only) as a missing check.
 */
export function isDatabaseInputError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

/** Seconds a client is told to wait (Retry-After) before asking an overloaded server again. */
export const RETRY_AFTER_SECONDS = 1;

/** PostgreSQL shutting down (57P01, 57P02) or out of reach. */
const DATABASE_GONE = new Set([
  '57P01',
  '57P02',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);

/**
 * The server could not do the work in time, through no fault of the request: no free database
 * connection within DATABASE_POOL_WAIT_MS, a statement past DATABASE_STATEMENT_TIMEOUT_MS
 * (query_canceled 57014), PostgreSQL refusing connections (53300, 57P03) or unreachable, or the
 * request's own client gone. Answered SERVICE_UNAVAILABLE with HTTP 503 and Retry-After.
 */
export function isServiceUnavailable(error: unknown): boolean {
  if (error instanceof RequestAbandonedError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (code === '57014' || code === '53300' || code === '57P03') return true;
  // PostgreSQL gone or going (shut down, restarted, network cut): the API recovers by itself
  // when it returns (the pool opens new connections), so this is not the request's fault either.
  if (typeof code === 'string' && (DATABASE_GONE.has(code) || /^08/.test(code))) return true;
  return /^(timeout exceeded when trying to connect|Connection terminated)/.test(error.message);
}

export const unavailable = {
  message: 'The server is too busy to answer now; try again shortly',
  extensions: { code: 'SERVICE_UNAVAILABLE' },
} as const;

/** For failures before an operation runs (the session lookup), where no plugin sees them. */
export class ServiceUnavailableError extends GraphQLError {
  constructor() {
    super(unavailable.message, {
      extensions: {
        ...unavailable.extensions,
        http: {
          status: 503,
          headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]),
        },
      },
    });
  }
}

/** graphql-js suggests names ("Did you mean …?") for fields, arguments and enum values alike. */
const suggestion = /\s*Did you mean [^?]*\?/g;

/**
 * One mapping from thrown errors to what the client sees: domain errors and errors in the request
 * itself (syntax, validation, variable types) keep their code; anything a resolver threw that is
 * not a domain error becomes INTERNAL_SERVER_ERROR without details (`errorLoggingPlugin` logs it
 * and adds the request id). Schema suggestions are removed everywhere: Apollo hides the field
 * ones in production only and never the enum ones, and they map the schema for a caller.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof ArgumentValidationError) {
    const problems = validationProblems(original);
    return {
      message: new BadUserInputError(problems).message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', fields: problems },
    };
  }
  if (isDatabaseInputError(original)) {
    return {
      message: 'Invalid input',
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', fields: [] },
    };
  }
  if (isServiceUnavailable(original)) {
    return {
      message: unavailable.message,
      path: formatted.path,
      extensions: unavailable.extensions,
    };
  }
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  if (isClientFacing(error)) {
    return { ...formatted, message: formatted.message.replace(suggestion, ''), extensions };
  }
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function isClientFacing(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const original = error.originalError;
  // Raised by graphql-js, Apollo or the query limits about the request itself, by type-graphql
  // (argument validation), or one of our domain errors: all written for the caller.
  if (!original || original instanceof GraphQLError) return true;
  // A variable that failed its scalar's parsing: the message describes the caller's own input.
  return error.path === undefined && error.extensions.code === 'BAD_USER_INPUT';
}

/**
 * Logs unexpected errors (and input the database had to refuse) with the request id, through the
 * logger's error serializer, which keeps no message that can quote input; tells the client the
 * request id of an internal error, nothing more. An overload (SERVICE_UNAVAILABLE) is logged as a
 * warning and answered with HTTP 503 and Retry-After.
 */
export const errorLoggingPlugin: ApolloServerPlugin<GraphQLContext> = {
  requestDidStart() {
    return Promise.resolve({
      didEncounterErrors({ errors, contextValue }) {
        for (const e of errors) {
          if (isClientFacing(e)) continue;
          const original = e.originalError ?? e;
          if (isServiceUnavailable(original)) {
            contextValue.logger.warn({ err: original, path: e.path }, 'service unavailable');
            continue;
          }
          const unchecked = isDatabaseInputError(original);
          contextValue.logger[unchecked ? 'warn' : 'error'](
            { err: original, path: e.path },
            unchecked ? 'input refused by the database, not at the boundary' : 'resolver failed',
          );
        }
        return Promise.resolve();
      },
      willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return Promise.resolve();
        const errors = response.body.singleResult.errors ?? [];
        if (errors.some((e) => e.extensions?.code === unavailable.extensions.code)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
        for (const e of errors) {
          if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') {
            (e.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        }
        return Promise.resolve();
      },
    });
  },
};
