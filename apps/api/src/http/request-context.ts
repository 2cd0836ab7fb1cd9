import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logging/logger.js';
import { CORRELATION_ID_MAX_LENGTH } from '../modules/audit/audit-event.entity.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's own extension point
  namespace Express {
    interface Request {
      /** Generated here for every request: the id logs and the audit trail trust. */
      requestId: string;
      /** The caller's own X-Request-Id, cleaned; kept only to correlate with the caller's logs. */
      correlationId: string | null;
      /** Aborts when the client goes away before the response is complete (bounded-work.ts). */
      abandoned: AbortSignal;
    }
  }
}

/**
 * A caller's X-Request-Id reduced to the characters ids are made of (no spaces, quotes, control
 * or non-ASCII characters) and cut to length; null when nothing is left.
 */
export function correlationIdFrom(header: string | undefined): string | null {
  const cleaned = (header ?? '').replace(/[^A-Za-z0-9._:/+=@-]/g, '');
  return cleaned ? cleaned.slice(0, CORRELATION_ID_MAX_LENGTH) : null;
}

/**
 * Gives each request a server-generated id and echoes it back in X-Request-Id; a caller's own
 * X-Request-Id is kept apart as the correlation id (a caller must not choose the id the audit
 * trail records). Notices a client that goes away before its answer is complete
 * (`req.abandoned`). Logs one line per request: method, route, status, duration. Never bodies,
 * query strings or variables: they can carry client data.
 */
export function requestContext(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    req.requestId = randomUUID();
    req.correlationId = correlationIdFrom(req.get('x-request-id'));
    res.setHeader('x-request-id', req.requestId);
    const abandon = new AbortController();
    req.abandoned = abandon.signal;
    const started = process.hrtime.bigint();
    const elapsed = () => Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
    res.on('close', () => {
      if (res.writableFinished) return;
      abandon.abort();
      logger.info(
        { requestId: req.requestId, path: req.originalUrl.split('?')[0], ms: elapsed() },
        'request abandoned by its client',
      );
    });
    res.on('finish', () => {
      logger.info(
        {
          requestId: req.requestId,
          ...(req.correlationId ? { correlationId: req.correlationId } : {}),
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: elapsed(),
        },
        'request',
      );
    });
    next();
  };
}
