import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** What a log line keeps of an error: never a message or detail that can quote client input. */
export interface LoggedError {
  name: string;
  message?: string;
  /** PostgreSQL's SQLSTATE and where it arose, when the database refused something. */
  code?: string;
  routine?: string;
  table?: string;
  column?: string;
  constraint?: string;
  stack?: string;
}

const databaseFields = ['code', 'routine', 'table', 'column', 'constraint'] as const;

/** A SQLSTATE (not a Node system error code such as EPIPE): its class is digits, HV, P0, XX or F0. */
const sqlState = /^([0-9][0-9A-Z]|HV|P0|XX|F0)[0-9A-Z]{3}$/;

/**
 * An error as it may be logged. PostgreSQL's messages and details quote the values they refused
 * (`invalid input syntax for type uuid: "…"`, `Key (email)=(…)`), and so do JSON parse errors, so
 * for those only the SQLSTATE, the schema names and the stack frames are kept; the stack's first
 * line repeats the message and goes too. Our own errors' messages are written without client data
 * (see DomainError) and are kept.
 */
export function errorForLog(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { name: typeof error };
  const record = error as unknown as Record<string, unknown>;
  const fromDatabase = typeof record.code === 'string' && sqlState.test(record.code);
  const quotesInput = fromDatabase || error instanceof SyntaxError;
  const logged: LoggedError = { name: error.name };
  if (!quotesInput) logged.message = error.message;
  for (const key of databaseFields) {
    if (fromDatabase && typeof record[key] === 'string') logged[key] = record[key];
  }
  if (error.stack) {
    logged.stack = quotesInput ? framesOf(error.stack) : error.stack;
  }
  return logged;
}

/** The "    at …" lines of a stack, without the heading that repeats the message. */
function framesOf(stack: string): string {
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}

/**
 * Structured JSON logs. Client data never goes into a log line: log ids, counts and codes only.
 * Errors pass through `errorForLog`; known sensitive keys are redacted as a second line of defence.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'waypoint-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: errorForLog },
      redact: {
        paths: ['*.password', '*.variables', '*.cookie', '*.authorization', 'req.headers'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
