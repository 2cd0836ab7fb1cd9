import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import { createContext } from './context.js';

describe('a request context', () => {
  it("logs with the request's id, through a child logger made only when something logs", async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const children: unknown[] = [];
    const child = logger.child.bind(logger);
    logger.child = (bindings) => {
      children.push(bindings);
      return child(bindings);
    };
    const req = { requestId: 'req-1', correlationId: null, get: () => undefined, headers: {} };
    const ctx = await createContext({
      db: {} as DataSource,
      logger,
      config: loadConfig({}),
      req: req as unknown as Request,
      res: {} as Response,
    });
    expect(children).toEqual([]);
    ctx.logger.warn('something went wrong');
    ctx.logger.warn('and again');
    expect(children).toEqual([{ requestId: 'req-1' }]);
    expect(lines.map((l) => JSON.parse(l) as { requestId: string })).toMatchObject([
      { requestId: 'req-1' },
      { requestId: 'req-1' },
    ]);
  });
});
