import { conflictType, saveResult } from '../../graphql/conflict.js';
import { selectColumns } from '../../db/select-columns.js';
import { ProgressNote } from './progress-note.entity.js';

export const ProgressNoteConflict = conflictType('ProgressNote', ProgressNote, async (db, id) => {
  const [row] = await db.query<(ProgressNote & { clientId: string })[]>(
    `SELECT ${selectColumns(db, ProgressNote, 'n')}, e.client_id AS "clientId"
     FROM progress_note n JOIN episode e ON e.id = n.episode_id WHERE n.id = $1`,
    [id],
  );
  if (!row) return null;
  const { clientId, ...record } = row;
  return { record, clientId };
});

export const ProgressNoteSaveResult = saveResult(
  'ProgressNoteSaveResult',
  ProgressNote,
  ProgressNoteConflict.type,
);
