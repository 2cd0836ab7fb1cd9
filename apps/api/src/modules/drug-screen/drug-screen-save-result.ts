import { conflictType, saveResult } from '../../graphql/conflict.js';
import { locate } from '../treatment-plan/plan-access.js';
import { DrugScreen } from './drug-screen.entity.js';

export const DrugScreenConflict = conflictType('DrugScreen', DrugScreen, async (db, id) => {
  const record = await db.getRepository(DrugScreen).findOneBy({ id });
  return record && { record, clientId: (await locate(db, 'DRUG_SCREEN', id)).clientId };
});

export const DrugScreenSaveResult = saveResult(
  'DrugScreenSaveResult',
  DrugScreen,
  DrugScreenConflict.type,
);
