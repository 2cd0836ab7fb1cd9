import { conflictType, saveResult } from '../../graphql/conflict.js';
import { IntakeScreening } from './intake-screening.entity.js';

export const IntakeScreeningConflict = conflictType(
  'IntakeScreening',
  IntakeScreening,
  async (db, id) => {
    const [row] = await db.query<{ clientId: string }[]>(
      `SELECT e.client_id AS "clientId" FROM intake_screening s JOIN episode e ON e.id = s.episode_id
       WHERE s.id = $1`,
      [id],
    );
    const record = row && (await db.getRepository(IntakeScreening).findOneBy({ id }));
    return record && row ? { record, clientId: row.clientId } : null;
  },
);

export const IntakeScreeningSaveResult = saveResult(
  'IntakeScreeningSaveResult',
  IntakeScreening,
  IntakeScreeningConflict.type,
);
