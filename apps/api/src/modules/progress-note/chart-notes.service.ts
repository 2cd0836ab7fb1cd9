import { BadUserInputError } from '../../graphql/errors.js';
import type { ConnectionArgs } from '../../graphql/connection.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import type { ChartNote, ChartNotePage } from './chart-notes.types.js';
import { noteCondition } from './progress-note.service.js';

interface Cursor {
  startsAt: string;
  id: string;
}

const encodeCursor = (n: ChartNote): string =>
  Buffer.from(JSON.stringify({ startsAt: n.sessionStartsAt.toISOString(), id: n.id })).toString(
    'base64url',
  );

function decodeCursor(after: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.startsAt === 'string' && !Number.isNaN(Date.parse(c.startsAt)) && c.id) return c;
  } catch {
    // fall through: not a cursor of this list
  }
  throw new BadUserInputError([{ field: 'after', message: 'is not a cursor from this list' }]);
}

/**
 * A client's progress notes across every episode, newest session first, limited to the notes the
 * viewer may read (the chart's readers; a group's facilitators for its group notes). Each note
 * listed is audited as a read. Counseling notes live in their own table and are never listed.
 */
export async function chartNotes(
  scope: ClientScope,
  clientId: string,
  args: ConnectionArgs,
): Promise<ChartNotePage> {
  const params = new SqlParams([clientId]);
  const readable = noteCondition(scope, 'READ', params);
  const cursor = args.after ? decodeCursor(args.after) : null;
  const older = cursor
    ? `AND (cs.starts_at, n.id) < (${params.add(cursor.startsAt)}::timestamptz, ${params.add(cursor.id)}::uuid)`
    : '';
  const limit = params.add(args.first + 1);
  const rows = await scope.db.query<ChartNote[]>(
    `SELECT n.id, n.session_id AS "sessionId", n.episode_id AS "episodeId",
       cs.kind AS "sessionKind", coalesce(g.name, initcap(replace(cs.kind, '_', ' '))) AS "sessionTitle",
       cs.starts_at AS "sessionStartsAt", pr.time_zone AS "programTimeZone", n.format, n.status, n.author_staff_id AS "authorStaffId",
       (SELECT count(*)::int FROM progress_note_amendment a WHERE a.note_id = n.id) AS "amendmentCount",
       (n.status = 'DRAFT' AND n.due_at < now()) AS overdue
     FROM progress_note n JOIN episode e ON e.id = n.episode_id
     JOIN clinical_session cs ON cs.id = n.session_id JOIN program pr ON pr.id = cs.program_id
     LEFT JOIN therapy_group g ON g.id = cs.group_id
     WHERE e.client_id = $1 AND ${readable} ${older}
     ORDER BY cs.starts_at DESC, n.id DESC LIMIT ${limit}`,
    params.values,
  );
  const notes = rows.slice(0, args.first);
  for (const n of notes) scope.audit.read('ProgressNote', n.id, clientId);
  return {
    notes,
    hasMore: rows.length > args.first,
    endCursor: notes.length ? encodeCursor(notes[notes.length - 1]!) : null,
  };
}
