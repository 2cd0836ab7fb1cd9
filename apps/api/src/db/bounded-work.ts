import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { asPrepared } from './prepared-statements.js';

/**
 * The work a request does in PostgreSQL stops when the request is abandoned (its client went
 * away): the statement in flight is cancelled and no further statement is sent for it.
 * `runBoundedBy(signal, fn)` marks everything `fn` starts as that request's work; the pool's
 * connections (`BoundedClient`) look the signal up for each statement.
 */
const requestWork = new AsyncLocalStorage<AbortSignal>();

export function runBoundedBy<T>(signal: AbortSignal, fn: () => T): T {
  return requestWork.run(signal, fn);
}

/** Runs `fn` as nobody's request: work shared by many requests that none of them may cancel. */
export function runUnbounded<T>(fn: () => T): T {
  return requestWork.exit(fn);
}

/** Refused for a statement of a request whose client has gone. */
export class RequestAbandonedError extends Error {
  constructor() {
    super('the request was abandoned by its client');
    this.name = 'RequestAbandonedError';
  }
}

// A transaction cut short must still be rolled back before its connection goes back to the pool.
const ALWAYS_SENT = /^\s*ROLLBACK\b/i;

/** pg's protocol connection, which its typings leave mostly undeclared. */
interface WireConnection {
  connect(portOrPath: number | string, host?: string): void;
  cancel(processID: number, secretKey: number): void;
  on(event: 'connect' | 'end' | 'error', listener: () => void): void;
}

type QueryArgs = [unknown, ...unknown[]];
type Callback = (err: Error | null, result?: unknown) => void;

/**
 * PostgreSQL's cancel request for `client`'s backend, over a connection of its own (so it needs
 * no pool slot); resolves when the server has taken it and closed that connection.
 */
function cancelBackend(client: pg.Client): Promise<void> {
  const { processID, secretKey, host, port } = client as pg.Client & {
    processID: number;
    secretKey: number;
  };
  return new Promise((resolve) => {
    const con = new pg.Connection() as unknown as WireConnection;
    con.on('connect', () => con.cancel(processID, secretKey));
    con.on('end', () => resolve());
    con.on('error', () => resolve());
    if (host.startsWith('/')) con.connect(`${host}/.s.PGSQL.${port}`);
    else con.connect(port, host);
  });
}

/**
 * The pool's connection class. A statement sent for an abandoned request is refused
 * (RequestAbandonedError); one in flight when its request is abandoned is cancelled. The next
 * statement on the same connection waits until the cancel request has been taken, so that a late
 * cancel can never hit another request's statement.
 */
export class BoundedClient extends pg.Client {
  private cancelling: Promise<void> | undefined;
  /** Names of the statements prepared on this connection (prepared-statements.ts). */
  private readonly prepared = new Set<string>();

  // pg.Client.query's overloads (promise, callback, submittable) are kept as they are.
  override query(...given: QueryArgs): never {
    const args = asPrepared(given, this.prepared) as QueryArgs;
    const send = () => pg.Client.prototype.query.apply(this, args as never) as unknown;
    const first = args[0] as { submit?: unknown; text?: string } | string;
    if (typeof first === 'object' && typeof first.submit === 'function') return send() as never;
    const signal = requestWork.getStore();
    // Work outside any request (migrations, seeding, the audit sealer) goes straight through.
    if (!signal && !this.cancelling) return send() as never;
    const callback = typeof args.at(-1) === 'function' ? (args.pop() as Callback) : undefined;
    const text = typeof first === 'string' ? first : (first.text ?? '');
    const start = async (): Promise<unknown> => {
      if (signal?.aborted && !ALWAYS_SENT.test(text)) throw new RequestAbandonedError();
      if (!signal) return send();
      const cancel = () => {
        this.cancelling ??= cancelBackend(this).finally(() => (this.cancelling = undefined));
      };
      signal.addEventListener('abort', cancel, { once: true });
      try {
        return await send();
      } finally {
        signal.removeEventListener('abort', cancel);
      }
    };
    const result = this.cancelling ? this.cancelling.then(start) : start();
    if (!callback) return result as never;
    result.then(
      (r) => callback(null, r),
      (err: Error) => callback(err),
    );
    return undefined as never;
  }
}
