import type { Operation, Request } from './operations.js';

/**
 * A group session's roster in the benchmark: reading it, and saving a whole roster. Attendance
 * writes are conflict-safe (each entry sends back the version it read), so a save cannot be one
 * fixed request sent over and over: each connection saves through a lane of its own — a session
 * nobody else writes to, whose current versions the lane learns from every answer (the saved
 * roster, or the roster as it stands when a save is refused) — alternating the whole roster
 * between PRESENT and LATE so that every save writes every line.
 */

export interface RosterBenchInputs {
  /** A held group session with attendance recorded, for the read. */
  readSessionId: string;
  /** Who records, for the raw floor (Waypoint records as the signed-in director). */
  recordedBy: string;
  /** The members every saved session has (its roster's size is the benchmark's). */
  memberEpisodeIds: readonly string[];
  /** `count` new sessions of one group with the same members, never saved yet. */
  newSessions(count: number): Promise<string[]>;
}

/** One connection's saves: the request to send now, and what it learns from each answer. */
export interface Lane {
  request(): Request;
  /** False when the answer is not a saved roster (a refused or failed save). */
  answered(body: unknown): boolean;
}

type Json = Record<string, unknown>;
interface Line {
  episodeId: string;
  status: string;
  minutes: number;
  version: number | null;
}

const SESSION_MINUTES = 180;
const LATE_MINUTES = 150;

export const ROSTER_QUERY = `query ($id: ID!) { sessionRoster(sessionId: $id) { sessionMinutes
  entries { episodeId clientName status minutes recorded version } } }`;

export const RECORD_ROSTER = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) {
  __typename
  ... on SessionRoster { entries { episodeId status minutes version } }
  ... on RosterConflict { roster { entries { episodeId status minutes version } } } } }`;

const lines = (v: unknown): Line[] =>
  (v as Json[])
    .map((e) => ({
      episodeId: e.episodeId as string,
      status: e.status as string,
      minutes: Number(e.minutes),
      version: e.version === null ? null : Number(e.version),
    }))
    .sort((a, b) => (a.episodeId < b.episodeId ? -1 : 1));

/** A save's answer in the shape both servers share: saved or not, and each line as it stands. */
export const saveAnswer: Record<
  'raw' | 'waypoint',
  (body: unknown) => { saved: boolean; entries: Line[] }
> = {
  raw: (b) => ({ saved: (b as Json).saved === true, entries: lines((b as Json).entries) }),
  waypoint: (b) => {
    const r = (b as { data?: { recordAttendance?: Json } }).data?.recordAttendance;
    if (!r) return { saved: false, entries: [] };
    const entries = r.__typename === 'SessionRoster' ? r.entries : (r.roster as Json).entries;
    return { saved: r.__typename === 'SessionRoster', entries: lines(entries) };
  },
};

/** A connection's saves on a session of its own, starting with nothing recorded. */
function lane(
  server: 'raw' | 'waypoint',
  sessionId: string,
  episodeIds: readonly string[],
  recordedBy: string,
): Lane {
  const versions = new Map<string, number | null>(episodeIds.map((id) => [id, null]));
  let saves = 0;
  return {
    request() {
      const late = saves % 2 === 1;
      const status = late ? 'LATE' : 'PRESENT';
      const minutes = late ? LATE_MINUTES : SESSION_MINUTES;
      const ids = [...versions.keys()];
      if (server === 'raw') {
        return {
          path: '/roster-save',
          body: JSON.stringify({
            sessionId,
            recordedBy,
            episodeIds: ids,
            statuses: ids.map(() => status),
            minutes: ids.map(() => minutes),
            versions: ids.map((id) => versions.get(id)),
          }),
        };
      }
      return {
        path: '/graphql',
        body: JSON.stringify({
          query: RECORD_ROSTER,
          variables: {
            input: {
              sessionId,
              entries: ids.map((id) => ({
                episodeId: id,
                status,
                minutes,
                version: versions.get(id),
              })),
            },
          },
        }),
      };
    },
    answered(body) {
      const answer = saveAnswer[server](body);
      for (const e of answer.entries) versions.set(e.episodeId, e.version);
      if (!answer.saved || answer.entries.length !== versions.size) return false;
      saves++;
      return true;
    },
  };
}

export function rosterOperations(inputs: RosterBenchInputs): Operation[] {
  const rosterLines = (entries: unknown, sessionMinutes: unknown) => ({
    sessionMinutes: Number(sessionMinutes),
    entries: (entries as Json[]).map((e) => ({
      episodeId: e.episodeId,
      clientName: e.clientName,
      status: e.status,
      minutes: Number(e.minutes),
      recorded: e.recorded,
      version: e.version,
    })),
  });
  const lanesOf = (server: 'raw' | 'waypoint') => async (count: number) =>
    (await inputs.newSessions(count)).map((id) =>
      lane(server, id, inputs.memberEpisodeIds, inputs.recordedBy),
    );
  return [
    {
      name: 'group roster with attendance',
      requests: {
        raw: { path: '/roster', body: JSON.stringify({ id: inputs.readSessionId }) },
        waypoint: {
          path: '/graphql',
          body: JSON.stringify({ query: ROSTER_QUERY, variables: { id: inputs.readSessionId } }),
        },
      },
      normalise: {
        raw: (b) => rosterLines((b as Json).entries, (b as Json).sessionMinutes),
        postgraphile: () => null,
        waypoint: (b) => {
          const r = (b as { data: { sessionRoster: Json } }).data.sessionRoster;
          return rosterLines(r.entries, r.sessionMinutes);
        },
      },
    },
    {
      name: `save a ${inputs.memberEpisodeIds.length}-person roster`,
      requests: {},
      lanes: { raw: lanesOf('raw'), waypoint: lanesOf('waypoint') },
      normalise: {
        raw: saveAnswer.raw,
        postgraphile: () => null,
        waypoint: saveAnswer.waypoint,
      },
    },
  ];
}
