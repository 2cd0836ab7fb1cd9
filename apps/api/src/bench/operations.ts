/**
 * The benchmark's operations as each server is asked for them, and how each answer is brought to
 * one shape, so that the run can refuse to measure servers that do not answer the same.
 */
import { rosterOperations, type Lane, type RosterBenchInputs } from './roster-operations.js';

export type ServerName = 'raw' | 'postgraphile' | 'waypoint';

export interface Request {
  path: string;
  body: string;
}

export interface Operation {
  name: string;
  /** Absent: the server has no such operation (PostGraphile has no dashboard). */
  requests: Partial<Record<ServerName, Request>>;
  /** The answer in the shape shared by all servers. */
  normalise: Record<ServerName, (body: unknown) => unknown>;
  /**
   * A write whose requests change with what it has saved (conflict-safe versions): instead of
   * `requests`, `count` lanes per server, one for each connection (see roster-operations.ts).
   */
  lanes?: Partial<Record<ServerName, (count: number) => Promise<Lane[]>>>;
}

/** Whether `server` takes part in `op`. */
export const serves = (op: Operation, server: ServerName) =>
  Boolean(op.requests[server] ?? op.lanes?.[server]);

export interface BenchInputs {
  clientId: string;
  /** A client in treatment for over twelve weeks: a full hours chart. */
  hoursClientId: string;
  programIds: string[];
  pageSize: number;
  /** The group roster's read and save (the scale clinic built with services). */
  roster?: RosterBenchInputs;
}

type Json = Record<string, unknown>;
/** A member of an answer as an object (null when absent): answers are checked by comparison. */
const obj = (v: unknown) => (v ?? null) as Json | null;
const at = (v: unknown, ...keys: string[]): Json | null =>
  keys.reduce<Json | null>((o, k) => obj(o?.[k]), obj(v));
const list = (v: unknown) => v as Json[];

const graphql = (query: string, variables: Record<string, unknown>): Request => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
const raw = (path: string, variables: Record<string, unknown>): Request => ({
  path,
  body: JSON.stringify(variables),
});
const data = (body: unknown, field: string) => at(body, 'data', field)!;
const person = (s: Json | null) =>
  s ? { id: s.id, firstName: s.firstName, lastName: s.lastName } : null;
const iso = (t: unknown) => new Date(t as string).toISOString();

const STAFF = 'id firstName lastName';

function chart(inputs: BenchInputs): Operation {
  const episode = (
    e: Json,
    program: Json | null,
    clinician: Json | null,
    manager: Json | null,
  ) => ({
    id: e.id,
    status: e.status,
    openedAt: iso(e.openedAt),
    program: { id: program?.id, name: program?.name },
    primaryClinician: person(clinician),
    caseManager: person(manager),
  });
  const client = (c: Json, episodes: unknown[]) => ({
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    dateOfBirth: c.dateOfBirth,
    episodes,
  });
  return {
    name: 'client chart',
    requests: {
      raw: raw('/chart', { id: inputs.clientId }),
      postgraphile: graphql(
        `query ($id: UUID!) { clientById(id: $id) { id firstName lastName dateOfBirth
          episodesByClientId(orderBy: [OPENED_AT_DESC, ID_DESC]) { nodes { id status openedAt
            programByProgramId { id name } staffByPrimaryClinicianId { ${STAFF} }
            staffByCaseManagerId { ${STAFF} } } } } }`,
        { id: inputs.clientId },
      ),
      waypoint: graphql(
        `query ($id: ID!) { client(id: $id) { id firstName lastName dateOfBirth
          episodes { id status openedAt program { id name } primaryClinician { ${STAFF} }
            caseManager { ${STAFF} } } } }`,
        { id: inputs.clientId },
      ),
    },
    normalise: {
      raw: (b) => {
        const c = obj(b)!;
        return client(
          c,
          list(c.episodes).map((e) =>
            episode(e, obj(e.program), obj(e.primaryClinician), obj(e.caseManager)),
          ),
        );
      },
      postgraphile: (b) => {
        const c = data(b, 'clientById');
        return client(
          c,
          list(at(c, 'episodesByClientId')?.nodes).map((e) =>
            episode(
              e,
              obj(e.programByProgramId),
              obj(e.staffByPrimaryClinicianId),
              obj(e.staffByCaseManagerId),
            ),
          ),
        );
      },
      waypoint: (b) => {
        const c = data(b, 'client');
        return client(
          c,
          list(c.episodes).map((e) =>
            episode(e, obj(e.program), obj(e.primaryClinician), obj(e.caseManager)),
          ),
        );
      },
    },
  };
}

function caseload(inputs: BenchInputs): Operation {
  const node = (c: Json, e: Json | null, program: Json | null, clinician: Json | null) => ({
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    currentEpisode: e
      ? { id: e.id, status: e.status, program: program?.name, primaryClinician: person(clinician) }
      : null,
  });
  const current = (c: Json) =>
    node(
      c,
      at(c, 'currentEpisode'),
      at(c, 'currentEpisode', 'program'),
      at(c, 'currentEpisode', 'primaryClinician'),
    );
  const page = (totalCount: unknown, nodes: unknown[]) => ({
    totalCount: Number(totalCount),
    nodes,
  });
  return {
    name: `caseload page (${inputs.pageSize})`,
    requests: {
      raw: raw('/caseload', { first: inputs.pageSize }),
      postgraphile: graphql(
        `query ($first: Int!) { allClients(first: $first, orderBy: [LAST_NAME_ASC, FIRST_NAME_ASC, ID_ASC]) {
          totalCount nodes { id firstName lastName
            episodesByClientId(first: 1, orderBy: [OPENED_AT_DESC, ID_DESC]) { nodes { id status
              programByProgramId { name } staffByPrimaryClinicianId { ${STAFF} } } } } } }`,
        { first: inputs.pageSize },
      ),
      waypoint: graphql(
        `query ($first: Int!) { clients(first: $first) { totalCount edges { node { id firstName lastName
          currentEpisode { id status program { name } primaryClinician { ${STAFF} } } } } } }`,
        { first: inputs.pageSize },
      ),
    },
    normalise: {
      raw: (b) => {
        const p = obj(b)!;
        return page(p.totalCount, list(p.nodes).map(current));
      },
      postgraphile: (b) => {
        const p = data(b, 'allClients');
        const nodes = list(p.nodes).map((c) => {
          const e = list(at(c, 'episodesByClientId')?.nodes)[0] ?? null;
          return node(c, e, obj(e?.programByProgramId), obj(e?.staffByPrimaryClinicianId));
        });
        return page(p.totalCount, nodes);
      },
      waypoint: (b) => {
        const p = data(b, 'clients');
        return page(
          p.totalCount,
          list(p.edges).map((edge) => current(obj(edge.node)!)),
        );
      },
    },
  };
}

function dashboard(inputs: BenchInputs): Operation {
  const figures = (f: Json) => ({
    overdue: Number(f.overdue),
    dueSoon: Number(f.dueSoon ?? f.due_soon),
    inTreatment: Number(f.inTreatment ?? f.in_treatment),
    averageDays: Number(f.averageDays ?? f.average_days),
    medianDays: Number(f.medianDays ?? f.median_days),
    pastTwelveWeeks: Number(f.pastTwelveWeeks ?? f.past_twelve_weeks),
  });
  const sorted = <T>(rows: T[]) =>
    rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  // Every figure the request asks for, as lists in one order.
  const lists = (census: Json[], flow: Json[], caseloads: Json[]) => ({
    census: sorted(census.map((c) => [String(c.program), String(c.status), Number(c.count)])),
    weeklyFlow: flow.map((w) => [String(w.weekStart), Number(w.admissions), Number(w.discharges)]),
    caseloads: sorted(
      caseloads.map((k) => [
        String(k.clinician),
        Number(k.active),
        Number(k.overdue),
        Number(k.dueSoon),
      ]),
    ),
  });
  return {
    name: 'director dashboard',
    requests: {
      raw: raw('/dashboard', { programIds: inputs.programIds }),
      waypoint: graphql(
        `
          query ($filter: DashboardFilter) {
            directorDashboard(filter: $filter) {
              census {
                program {
                  name
                }
                status
                count
              }
              weeklyFlow {
                weekStart
                admissions
                discharges
              }
              caseloads {
                clinician {
                  displayName
                }
                activeClients
                reviewsOverdue
                reviewsDueSoon
              }
              reviews {
                overdue
                dueSoon
              }
              lengthOfStay {
                inTreatment
                averageDays
                medianDays
                pastTwelveWeeks
              }
            }
          }
        `,
        { filter: { programIds: inputs.programIds } },
      ),
    },
    normalise: {
      raw: (b) => {
        const f = obj(b)!;
        return {
          ...figures(f),
          ...lists(list(f.census ?? []), list(f.weekly_flow), list(f.caseloads ?? [])),
        };
      },
      postgraphile: () => null,
      waypoint: (b) => {
        const d = data(b, 'directorDashboard');
        return {
          ...figures({ ...at(d, 'reviews'), ...at(d, 'lengthOfStay') }),
          ...lists(
            list(d.census).map((c) => ({ ...c, program: at(c, 'program')?.name })),
            list(d.weeklyFlow),
            list(d.caseloads).map((k) => ({
              clinician: at(k, 'clinician')?.displayName,
              active: k.activeClients,
              overdue: k.reviewsOverdue,
              dueSoon: k.reviewsDueSoon,
            })),
          ),
        };
      },
    },
  };
}

/** A client's 12-week hours chart; compared on each week's minutes and days attended. */
function weeklyHours(inputs: BenchInputs): Operation {
  const weeks = (rows: unknown) =>
    list(rows).map((w) => ({
      weekStart: w.weekStart,
      totalMinutes: Number(w.totalMinutes),
      daysAttended: Number(w.daysAttended),
    }));
  return {
    name: 'client weekly hours (12 weeks)',
    requests: {
      raw: raw('/hours', { id: inputs.hoursClientId }),
      waypoint: graphql(
        `
          query ($id: ID!) {
            client(id: $id) {
              currentEpisode {
                weeklyHours(weeks: 12) {
                  weekStart
                  totalMinutes
                  daysAttended
                }
              }
            }
          }
        `,
        { id: inputs.hoursClientId },
      ),
    },
    normalise: {
      raw: weeks,
      postgraphile: () => null,
      waypoint: (b) => weeks(at(data(b, 'client'), 'currentEpisode')?.weeklyHours),
    },
  };
}

/** The director's "below weekly hours" (last complete week), compared on its two counts. */
function belowHours(inputs: BenchInputs): Operation {
  const counts = (f: Json | null) => ({
    count: Number(f?.count),
    inTreatment: Number(f?.inTreatment),
  });
  return {
    name: 'below weekly hours',
    requests: {
      raw: raw('/below-hours', { programIds: inputs.programIds }),
      waypoint: graphql(
        `
          query ($ids: [ID!]) {
            belowWeeklyHours(programIds: $ids) {
              weekStart
              count
              inTreatment
              clients {
                clientId
                totalMinutes
                targetMinutes
              }
            }
          }
        `,
        { ids: inputs.programIds },
      ),
    },
    normalise: {
      raw: (b) => counts(obj(b)),
      postgraphile: () => null,
      waypoint: (b) => counts(data(b, 'belowWeeklyHours')),
    },
  };
}

export const operations = (inputs: BenchInputs): Operation[] => [
  chart(inputs),
  caseload(inputs),
  dashboard(inputs),
  weeklyHours(inputs),
  belowHours(inputs),
  ...(inputs.roster ? rosterOperations(inputs.roster) : []),
];
