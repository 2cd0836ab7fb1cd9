import type { EntityManager } from 'typeorm';
import {
  PROGRAM_AGE_RULE,
  checkProgramAge,
  classifyClientMatch,
  localDate,
  mayOpenNewEpisode,
  mayOverrideAgeRule,
  todayIn,
  type CalendarDate,
  type ClientMatchKind,
  type EpisodeStatus,
} from '@waypoint/domain';
import {
  BadUserInputError,
  DomainError,
  NotFoundError,
  type FieldProblem,
} from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import { Client } from '../client/client.entity.js';
import { programToday } from '../program/program-today.js';
import { requireDecision, rolesIn } from './clinical-decision.js';
import type { OpenInquiryInput, PossibleDuplicatesInput } from './dto/episode.inputs.js';
import { Episode } from './episode.entity.js';

/**
 * What intake may learn about an existing client who may be the person inquiring: enough to
 * recognise them (name, date of birth) and to see whether a new episode can be opened (program
 * and status of their last episode). Nothing clinical, no contacts.
 */
export interface ClientMatch {
  clientId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  match: ClientMatchKind;
  lastEpisodeProgramId: string | null;
  lastEpisodeProgramName: string | null;
  lastEpisodeStatus: EpisodeStatus | null;
}

interface ProgramRow {
  id: string;
  timeZone: string;
  minAge: number | null;
  maxAge: number | null;
}

/**
 * Candidates share the date of birth or have a similar full name (pg_trgm `%`; trigrams are taken
 * word by word, so first and last name swapped still match). Both conditions use an index
 * (client_date_of_birth_idx, client_name_trgm_idx); the best 50 are picked before their last
 * episode is looked up.
 */
const MATCH_SQL = `
  WITH candidates AS (
    SELECT c.id, c.first_name, c.last_name, c.date_of_birth,
      similarity(lower(c.first_name || ' ' || c.last_name), $2)::float8 AS name_similarity
    FROM client c
    WHERE c.date_of_birth = $1::date OR lower(c.first_name || ' ' || c.last_name) % $2
    ORDER BY name_similarity DESC, c.id
    LIMIT 50
  )
  SELECT k.id AS "clientId", k.first_name AS "firstName", k.last_name AS "lastName",
    k.date_of_birth::text AS "dateOfBirth", k.name_similarity AS "nameSimilarity",
    le.program_id AS "lastEpisodeProgramId", p.name AS "lastEpisodeProgramName",
    le.status AS "lastEpisodeStatus"
  FROM candidates k
  LEFT JOIN LATERAL (SELECT e.program_id, e.status FROM episode e WHERE e.client_id = k.id
                     ORDER BY e.opened_at DESC, e.id DESC LIMIT 1) le ON true
  LEFT JOIN program p ON p.id = le.program_id
  ORDER BY k.name_similarity DESC, k.id`;

/** At most this many matches are shown: enough to choose from, not a directory. */
const MAX_MATCHES = 10;

async function findMatches(
  manager: EntityManager,
  person: { firstName: string; lastName: string; dateOfBirth: string },
): Promise<ClientMatch[]> {
  const fullName = `${person.firstName.trim()} ${person.lastName.trim()}`.toLowerCase();
  const rows = await manager.query<(Omit<ClientMatch, 'match'> & { nameSimilarity: number })[]>(
    MATCH_SQL,
    [person.dateOfBirth, fullName],
  );
  const matches = rows.flatMap(({ nameSimilarity, ...row }) => {
    const match = classifyClientMatch(person, { ...row, nameSimilarity });
    return match ? [{ ...row, match }] : [];
  });
  // Exact matches first, then by similarity (the query's order).
  return [
    ...matches.filter((m) => m.match === 'EXACT'),
    ...matches.filter((m) => m.match !== 'EXACT'),
  ].slice(0, MAX_MATCHES);
}

function auditMatches(scope: ClientScope, matches: readonly ClientMatch[]): void {
  for (const m of matches) scope.audit.read('ClientMatch', m.clientId, m.clientId);
}

async function programFor(manager: EntityManager, programId: string): Promise<ProgramRow> {
  const [row] = await manager.query<ProgramRow[]>(
    `SELECT id, time_zone AS "timeZone", min_age AS "minAge", max_age AS "maxAge" FROM program WHERE id = $1`,
    [programId],
  );
  if (!row) throw new NotFoundError('Program');
  return row;
}

/** `today` is the program's local date (one "today" for every date rule). */
function personProblems(
  input: { firstName?: string | null; lastName?: string | null; dateOfBirth?: string | null },
  today: CalendarDate,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.firstName?.trim()) problems.push({ field: 'firstName', message: 'is required' });
  if (!input.lastName?.trim()) problems.push({ field: 'lastName', message: 'is required' });
  if (!input.dateOfBirth) problems.push({ field: 'dateOfBirth', message: 'is required' });
  else if (input.dateOfBirth > today) {
    problems.push({ field: 'dateOfBirth', message: 'cannot be in the future' });
  }
  return problems;
}

/**
 * Existing clients who may be the person being entered at inquiry (same name and date of birth,
 * or similar), for the new-inquiry form to offer a readmission instead of a second chart. Only
 * staff who may open inquiries in the program may look; every client shown is audited.
 */
export async function possibleDuplicates(
  scope: ClientScope,
  input: PossibleDuplicatesInput,
): Promise<ClientMatch[]> {
  await scope.requireProgram('OPEN_EPISODE', input.programId);
  const problems = personProblems(input, await programToday(scope.db, input.programId));
  if (problems.length) throw new BadUserInputError(problems);
  const matches = await findMatches(scope.db.manager, input);
  auditMatches(scope, matches);
  return matches;
}

/**
 * Opens an inquiry: a new episode in INQUIRY, for a new client or for a returning one
 * (`existingClientId`: readmission, the same chart). A new client whose name and date of birth
 * match an existing one is refused unless the user chose (readmit, or confirm a different
 * person). The client's age on the inquiry date must fit the program unless a director overrides
 * with a reason.
 */
export async function openInquiry(scope: ClientScope, input: OpenInquiryInput): Promise<Episode> {
  await scope.requireProgram('OPEN_EPISODE', input.programId);
  const ageOverrideReason = input.ageOverrideReason?.trim() || null;
  if (ageOverrideReason) {
    await requireDecision(
      scope,
      { id: null, clientId: input.existingClientId ?? null },
      mayOverrideAgeRule(rolesIn(scope, input.programId)),
      "Only a director may override the program's age range",
    );
  }
  return scope.db.transaction(async (tx) => {
    const program = await programFor(tx, input.programId);
    let client: Client;
    let previousEpisodeId: string | null = null;
    const readmission = Boolean(input.existingClientId);
    if (input.existingClientId) {
      ({ client, previousEpisodeId } = await returningClient(tx, input.existingClientId));
    } else {
      const problems = personProblems(input, todayIn(program.timeZone));
      if (problems.length) throw new BadUserInputError(problems);
      const person = {
        firstName: input.firstName!.trim(),
        lastName: input.lastName!.trim(),
        dateOfBirth: input.dateOfBirth!,
      };
      const exact = (await findMatches(tx, person)).filter((m) => m.match === 'EXACT');
      if (exact.length && !input.confirmedNewClient) {
        auditMatches(scope, exact);
        throw new DomainError(
          'BAD_USER_INPUT',
          'A client with this name and date of birth already exists. Open the inquiry for that client (a readmission), or confirm that this is a different person.',
          {
            rule: 'POSSIBLE_DUPLICATE',
            fields: [
              {
                field: 'existingClientId',
                message: 'choose the existing client or confirm a new one',
              },
            ],
          },
        );
      }
      client = await tx.getRepository(Client).save({
        ...person,
        preferredName: input.preferredName?.trim() || null,
        pronouns: input.pronouns?.trim() || null,
        phone: input.phone || null,
        email: input.email || null,
      });
    }
    const age = checkProgramAge(
      program,
      client.dateOfBirth,
      localDate(new Date(), program.timeZone),
      'inquiry',
    );
    const overridden = !age.ok && ageOverrideReason !== null;
    if (!age.ok && !overridden) {
      throw new DomainError('BAD_USER_INPUT', age.message, {
        rule: PROGRAM_AGE_RULE,
        fields: [{ field: 'dateOfBirth', message: age.message }],
      });
    }
    const episode = await tx.getRepository(Episode).save({
      clientId: client.id,
      programId: input.programId,
      status: 'INQUIRY',
      openedAt: new Date(),
      previousEpisodeId,
      referralSource: input.referralSource?.trim() || null,
      ageOverrideReason: overridden ? ageOverrideReason : null,
      ageOverrideByStaffId: overridden ? scope.viewer.staffId : null,
    });
    await scope.audit.write(
      [
        ...(readmission
          ? []
          : [
              {
                action: 'CREATE' as const,
                recordType: 'Client',
                recordId: client.id,
                clientId: client.id,
                outcome: 'SUCCESS' as const,
                note: input.confirmedNewClient ? 'confirmed as a different person' : null,
              },
            ]),
        {
          action: 'CREATE',
          recordType: 'Episode',
          recordId: episode.id,
          clientId: client.id,
          outcome: 'SUCCESS',
          note:
            [
              readmission ? 'readmission' : null,
              overridden ? 'age range overridden by a director' : null,
            ]
              .filter(Boolean)
              .join('; ') || null,
        },
      ],
      tx,
    );
    return episode;
  });
}

/**
 * A returning client may start a new episode when their last one has ended or is in aftercare;
 * one still in intake or in treatment is continued instead. Locked so two readmissions of the
 * same client cannot both pass.
 */
async function returningClient(
  tx: EntityManager,
  clientId: string,
): Promise<{ client: Client; previousEpisodeId: string | null }> {
  const client = await tx
    .getRepository(Client)
    .findOne({ where: { id: clientId }, lock: { mode: 'pessimistic_write' } });
  if (!client) throw new NotFoundError('Client');
  const [last] = await tx.query<{ id: string; status: EpisodeStatus }[]>(
    `SELECT id, status FROM episode WHERE client_id = $1 ORDER BY opened_at DESC, id DESC LIMIT 1`,
    [clientId],
  );
  if (!mayOpenNewEpisode(last?.status ?? null)) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'This client already has an episode in intake or in treatment; continue that episode instead of opening another.',
      { fields: [{ field: 'existingClientId', message: 'has an open episode' }] },
    );
  }
  // The new episode links to the stay it follows (the chart shows it; outcomes count returns).
  return { client, previousEpisodeId: last?.id ?? null };
}
