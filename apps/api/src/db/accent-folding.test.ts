import { describe, expect, it, vi } from 'vitest';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../logging/logger.js';
import { warnWithoutAccentFolding } from './accent-folding.js';

const withFolding = (folds: boolean) =>
  ({ query: vi.fn().mockResolvedValue([{ folds }]) }) as unknown as EntityManager;

describe('accent folding at start', () => {
  it('a database without unaccent is named in a warning at start', async () => {
    const logger = { warn: vi.fn() } as unknown as Logger;
    await warnWithoutAccentFolding(withFolding(false), logger);
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('unaccent'));
  });

  it('a database that folds accents starts quietly', async () => {
    const logger = { warn: vi.fn() } as unknown as Logger;
    await warnWithoutAccentFolding(withFolding(true), logger);
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
