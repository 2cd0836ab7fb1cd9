import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logging/logger.js';

export const BODY_LIMIT = '100kb';

/** The API's error model for anything no route answered (no HTML page quoting the path). */
export const notFound: RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
};

const bodyErrors: Record<string, { code: string; message: string }> = {
  'entity.parse.failed': { code: 'BAD_REQUEST', message: 'The request body is not valid JSON' },
  'entity.too.large': {
    code: 'PAYLOAD_TOO_LARGE',
    message: `The request body is larger than ${BODY_LIMIT}`,
  },
};

/**
 * Errors raised before GraphQL (the body parser's malformed JSON, oversized or badly encoded
 * bodies) and anything else a handler threw, as the JSON error model in every environment:
 * never Express's HTML page with a stack trace, never the offending input.
 */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    const { status, type } = (err ?? {}) as { status?: unknown; type?: unknown };
    const clientError = typeof status === 'number' && status >= 400 && status < 500;
    if (clientError) {
      const known = typeof type === 'string' ? bodyErrors[type] : undefined;
      const error = known ?? { code: 'BAD_REQUEST', message: 'The request could not be read' };
      res
        .status(status)
        .json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
      return;
    }
    logger.error({ err, requestId: req.requestId }, 'request failed');
    res.status(500).json({
      errors: [
        {
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: req.requestId },
        },
      ],
    });
  };
}
