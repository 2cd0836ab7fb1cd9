import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { buildScaleClinic } from '../db/scale/scale-clinic.js';
import { countQueries } from '../test-support/count-queries.js';
import { startTestServer, type Caller, type TestServer } from '../test-support/test-server.js';
import type { Request } from './operations.js';
import { prepareRosterBench } from './roster-group.js';
import { ROSTER_QUERY, rosterOperations, saveAnswer, type Lane } from './roster-operations.js';
import { rawRosterSaveParams, rawRosterSaveSql, rawRosterSql } from './roster-sql.js';

/**
 * The benchmark's roster operations, as `pnpm bench` sends them, on a small scale clinic: the
 * save costs Waypoint the same statements for 6, 12 and 24 members, its lanes keep up with the
 * versions they save, and the raw floor's hand-written statements answer what Waypoint answers.
 */
let server: TestServer;
let ds: DataSource;
let director: Caller;
const rosters = new Map<number, ReturnType<typeof rosterOperations>>();

beforeAll(async () => {
  server = await startTestServer();
  ds = server.database.dataSource;
  const clinic = await buildScaleClinic(ds, {
    clients: 400,
    clinicians: 8,
    programs: 1,
    services: true,
  });
  director = await server.as({ id: clinic.directorId });
  // A session's first request looks it up; the server knows it from then on (session-cache.ts).
  await director.gql(`{ me { __typename } }`);
  // Each size's group has members of its own: a client is never in two of these at once.
  const used: string[] = [];
  for (const size of [6, 12, 24]) {
    const inputs = await prepareRosterBench(ds, {
      programId: clinic.programIds[0]!,
      directorId: clinic.directorId,
      size,
      otherClientIds: used,
    });
    const clients = await ds.query<{ client_id: string }[]>(
      `SELECT client_id FROM episode WHERE id = ANY($1::uuid[])`,
      [inputs.memberEpisodeIds],
    );
    used.push(...clients.map((c) => c.client_id));
    rosters.set(size, rosterOperations(inputs));
  }
}, 180_000);
afterAll(() => server?.close());

const saveOf = (size: number) => rosters.get(size)!.find((op) => op.lanes)!;
const readOf = (size: number) => rosters.get(size)!.find((op) => !op.lanes)!;

/** Sends a Waypoint request through the test server; answers the response body. */
async function waypoint(request: Request): Promise<unknown> {
  const { query, variables } = JSON.parse(request.body) as {
    query: string;
    variables: Record<string, unknown>;
  };
  return director.gql(query, variables);
}

async function raw(sql: string, params: unknown[]): Promise<unknown> {
  const [row] = await ds.query<{ body: string }[]>(sql, params);
  return JSON.parse(row!.body) as unknown;
}

const rawSave = (request: Request) =>
  raw(rawRosterSaveSql, rawRosterSaveParams(JSON.parse(request.body) as Record<string, unknown>));

describe('the benchmark’s roster save', () => {
  it('costs the same statements for 6, 12 and 24 members, save after save', async () => {
    const statements = async (size: number) => {
      const [lane] = (await saveOf(size).lanes!.waypoint!(1)) as [Lane];
      const counts: number[] = [];
      // The first save inserts every line, the next ones update them with the versions read back.
      for (let i = 0; i < 3; i++) {
        let body: unknown;
        counts.push(await countQueries(ds, async () => (body = await waypoint(lane.request()))));
        expect(lane.answered(body)).toBe(true);
        const { entries } = saveAnswer.waypoint(body);
        expect(entries).toHaveLength(size);
        expect(entries.every((e) => e.version === i + 1)).toBe(true);
        expect(new Set(entries.map((e) => e.status))).toEqual(
          new Set([i % 2 ? 'LATE' : 'PRESENT']),
        );
      }
      return counts;
    };
    const six = await statements(6);
    expect(await statements(12)).toEqual(six);
    expect(await statements(24)).toEqual(six);
  });

  it('the raw floor saves what Waypoint saves, and refuses a stale save without writing', async () => {
    const save = saveOf(12);
    const [rawLane] = (await save.lanes!.raw!(1)) as [Lane];
    const [waypointLane] = (await save.lanes!.waypoint!(1)) as [Lane];
    for (let i = 0; i < 2; i++) {
      const rawBody = await rawSave(rawLane.request());
      const waypointBody = await waypoint(waypointLane.request());
      expect(rawLane.answered(rawBody)).toBe(true);
      expect(waypointLane.answered(waypointBody)).toBe(true);
      const strip = (a: ReturnType<typeof saveAnswer.raw>) =>
        a.entries.map(({ status, minutes, version }) => ({ status, minutes, version }));
      expect(strip(saveAnswer.raw(rawBody))).toEqual(strip(saveAnswer.waypoint(waypointBody)));
    }
    // The same save as someone who read the roster before anything was recorded: refused.
    const request = rawLane.request();
    const sent = JSON.parse(request.body) as { sessionId: string; versions: unknown[] };
    const stale = { ...sent, versions: sent.versions.map(() => null) };
    const versions = () =>
      ds.query<{ episode_id: string; version: number }[]>(
        `SELECT episode_id, version FROM attendance WHERE session_id = $1 ORDER BY 1`,
        [sent.sessionId],
      );
    const before = await versions();
    const refused = saveAnswer.raw(await raw(rawRosterSaveSql, rawRosterSaveParams(stale)));
    expect(refused.saved).toBe(false);
    expect(refused.entries.map((e) => e.version)).toEqual(sent.versions);
    expect(await versions()).toEqual(before);
    // The lane itself goes on saving.
    expect(rawLane.answered(await rawSave(request))).toBe(true);
  });
});

describe('the benchmark’s roster read', () => {
  it('answers as the hand-written query does, in the same statements whatever the roster’s size', async () => {
    const read = readOf(12);
    const body = await waypoint(read.requests.waypoint!);
    const { id } = JSON.parse(read.requests.raw!.body) as { id: string };
    expect(read.normalise.waypoint(body)).toEqual(
      read.normalise.raw(await raw(rawRosterSql, [id])),
    );
    expect(
      (read.normalise.waypoint(body) as { entries: unknown[] }).entries.length,
    ).toBeGreaterThan(5);

    // A saved session of each size's group, read with the benchmark's query.
    const counts: number[] = [];
    for (const size of [6, 12, 24]) {
      const [lane] = (await saveOf(size).lanes!.waypoint!(1)) as [Lane];
      const request = lane.request();
      expect(lane.answered(await waypoint(request))).toBe(true);
      const { sessionId } = (
        JSON.parse(request.body) as { variables: { input: { sessionId: string } } }
      ).variables.input;
      let answer: unknown;
      counts.push(
        await countQueries(
          ds,
          async () => (answer = await director.gql(ROSTER_QUERY, { id: sessionId })),
        ),
      );
      const roster = read.normalise.waypoint(answer) as { entries: { recorded: boolean }[] };
      expect(roster.entries).toHaveLength(size);
      expect(roster.entries.every((e) => e.recorded)).toBe(true);
      expect(roster).toEqual(read.normalise.raw(await raw(rawRosterSql, [sessionId])));
    }
    expect(new Set(counts).size).toBe(1);
  });
});
