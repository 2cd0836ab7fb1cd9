import type { EntityManager } from 'typeorm';
import type { Logger } from '../logging/logger.js';

/**
 * The directory's search folds accents only when the migration could create `unaccent`; without
 * it `fold_accents` passes text through and "fenix" no longer finds "Fénix". The migration cannot
 * fail an install over that, so say it at every start, where an operator sees it.
 */
export async function warnWithoutAccentFolding(
  manager: EntityManager,
  logger: Logger,
): Promise<void> {
  const [row] = await manager.query<{ folds: boolean }[]>(
    `SELECT fold_accents('é') = 'e' AS folds`,
  );
  if (!row?.folds) {
    logger.warn(
      'resource search ignores case but not accents: the unaccent extension is missing (docs/deploy.md)',
    );
  }
}
