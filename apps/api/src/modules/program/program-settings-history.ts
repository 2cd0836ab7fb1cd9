import type { DataSource } from 'typeorm';
import { decodeCursor, toConnection } from '../../graphql/connection.js';
import { selectColumns } from '../../db/select-columns.js';
import { ProgramSettingsVersion } from './program-settings-version.entity.js';

type Row = ProgramSettingsVersion & {
  previousName: string | null;
  previousSettings: ProgramSettingsVersion['settings'] | null;
  total: string;
};

/** A program's settings versions, newest first, each with the one before it to compare. */
export async function programSettingsHistory(
  db: DataSource,
  programId: string,
  args: { first: number; after?: string | null },
) {
  const [before] = args.after ? decodeCursor(args.after, ['integer']) : [null];
  const rows = await db.query<Row[]>(
    `SELECT * FROM (
       SELECT ${selectColumns(db, ProgramSettingsVersion, 'v')},
         lag(v.name) OVER w AS "previousName", lag(v.settings) OVER w AS "previousSettings",
         count(*) OVER () AS total
       FROM program_settings_version v WHERE v.program_id = $1
       WINDOW w AS (ORDER BY v.program_version)
     ) x
     WHERE $2::int IS NULL OR x."programVersion" < $2::int
     ORDER BY x."programVersion" DESC LIMIT $3`,
    [programId, before, args.first + 1],
  );
  const versions = rows.map(({ previousName, previousSettings, total: _total, ...v }) =>
    Object.assign(new ProgramSettingsVersion(), v, {
      previous:
        previousName !== null && previousSettings !== null
          ? { name: previousName, settings: previousSettings }
          : null,
    }),
  );
  // A page past the last row has no total of its own; count the program's versions then.
  const total = rows[0]
    ? Number(rows[0].total)
    : Number(
        (
          await db.query<{ n: string }[]>(
            `SELECT count(*) AS n FROM program_settings_version WHERE program_id = $1`,
            [programId],
          )
        )[0]?.n ?? 0,
      );
  return toConnection(versions, args.first, total, (v) => [v.programVersion]);
}
