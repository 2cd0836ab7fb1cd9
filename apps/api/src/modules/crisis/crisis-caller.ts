import { clientDisplayName, episodeStatusLabel, type EpisodeStatus } from '@waypoint/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BadUserInputError } from '../../graphql/errors.js';
import { SqlParams, type ClientScope } from '../access/client-scope.js';
import { clientSearchSql } from '../client/client.service.js';

@ObjectType({
  description:
    'A client the crisis line may name as the caller: who they are, never their chart (the on-call clinician may not be on their care team).',
})
export class CrisisCallerMatch {
  @Field(() => ID)
  clientId: string;

  @Field(() => ID, { description: 'The episode the contact is logged on.' })
  episodeId: string;

  @Field()
  displayName: string;

  @Field(() => GraphQLLocalDate, { description: 'To tell two clients of one name apart.' })
  dateOfBirth: string;

  @Field({ description: 'Where the episode stands, e.g. "Active" or "Follow-up".' })
  episodeStatus: string;

  @Field(() => String, { nullable: true, description: 'Who the contact goes to.' })
  primaryClinician: string | null;
}

const MAX_MATCHES = 8;

/**
 * Clients of the line's program the caller might be, by name (two letters at least): each episode
 * the viewer may name a caller on (in treatment or aftercare; a client in two shows twice, with
 * each one's status). Each client shown is recorded as read, as any disclosure of identity is.
 */
export async function crisisCallerMatches(
  scope: ClientScope,
  programId: string,
  search: string,
): Promise<CrisisCallerMatch[]> {
  if (search.trim().length < 2) {
    throw new BadUserInputError([{ field: 'search', message: 'must be at least 2 letters' }]);
  }
  const params = new SqlParams([programId]);
  const rows = await scope.db.query<
    {
      clientId: string;
      episodeId: string;
      firstName: string;
      lastName: string;
      preferredName: string | null;
      dateOfBirth: string;
      status: EpisodeStatus;
      primaryClinician: string | null;
    }[]
  >(
    `SELECT c.id AS "clientId", e.id AS "episodeId",
       c.first_name AS "firstName", c.last_name AS "lastName", c.preferred_name AS "preferredName",
       to_char(c.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", e.status,
       s.first_name || ' ' || s.last_name AS "primaryClinician"
     FROM client c JOIN episode e ON e.client_id = c.id
     LEFT JOIN staff s ON s.id = e.primary_clinician_id
     WHERE e.program_id = $1 AND ${scope.episodeCondition('IDENTIFY_CRISIS_CALLER', params)}
       AND ${clientSearchSql(search, params)}
     ORDER BY c.last_name, c.first_name, c.id, e.opened_at DESC LIMIT ${MAX_MATCHES}`,
    params.values,
  );
  for (const r of rows) scope.audit.read('Client', r.clientId, r.clientId);
  return rows.map((r) => ({
    clientId: r.clientId,
    episodeId: r.episodeId,
    displayName: clientDisplayName(r),
    dateOfBirth: r.dateOfBirth,
    episodeStatus: episodeStatusLabel(r.status),
    primaryClinician: r.primaryClinician,
  }));
}
