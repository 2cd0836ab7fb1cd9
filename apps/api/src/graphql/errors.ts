import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ApolloServerPlugin } from '@apollo/server';
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
 * request id of an internal error, nothing more.
 */
export const errorLoggingPlugin: ApolloServerPlugin<GraphQLContext> = {
  requestDidStart() {
    return Promise.resolve({
      didEncounterErrors({ errors, contextValue }) {
        for (const e of errors) {
          if (isClientFacing(e)) continue;
          const original = e.originalError ?? e;
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
        for (const e of response.body.singleResult.errors ?? []) {
          if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') {
            (e.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        }
        return Promise.resolve();
      },
    });
  },
};
