import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Client data never goes into a log line: log ids, counts and codes only.
 * Known sensitive keys are redacted as a second line of defence.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'waypoint-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['*.password', '*.variables', '*.cookie', '*.authorization', 'req.headers'],
      censor: '[redacted]',
    },
  });
}
