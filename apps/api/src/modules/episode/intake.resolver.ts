import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import {
  ClientMatchKind,
  EpisodeStatus,
  episodeStatusLabel,
  mayOpenNewEpisode,
} from '@waypoint/domain';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { PossibleDuplicatesInput } from './dto/episode.inputs.js';
import { possibleDuplicates, type ClientMatch } from './intake.service.js';

registerEnumType(ClientMatchKind, {
  name: 'ClientMatchKind',
  description: 'How an existing client matches the person entered at inquiry.',
});

@ObjectType({
  description:
    'An existing client who may be the person inquiring: only what intake needs to recognise them and readmit.',
})
export class PossibleDuplicate {
  @Field(() => ID)
  clientId: string;

  @Field(() => String)
  firstName: string;

  @Field(() => String)
  lastName: string;

  @Field(() => GraphQLLocalDate)
  dateOfBirth: string;

  @Field(() => ClientMatchKind)
  match: ClientMatchKind;

  @Field(() => String, { nullable: true, description: 'Program of the last episode.' })
  lastProgramName: string | null;

  @Field(() => EpisodeStatus, { nullable: true })
  lastEpisodeStatus: EpisodeStatus | null;

  @Field(() => String, { nullable: true })
  lastEpisodeStatusLabel: string | null;

  @Field(() => Boolean, {
    description:
      'A new episode may be opened for this client (the last one ended or is in aftercare).',
  })
  mayReadmit: boolean;
}

function toPossibleDuplicate(m: ClientMatch): PossibleDuplicate {
  return {
    clientId: m.clientId,
    firstName: m.firstName,
    lastName: m.lastName,
    dateOfBirth: m.dateOfBirth,
    match: m.match,
    lastProgramName: m.lastEpisodeProgramName,
    lastEpisodeStatus: m.lastEpisodeStatus,
    lastEpisodeStatusLabel: m.lastEpisodeStatus ? episodeStatusLabel(m.lastEpisodeStatus) : null,
    mayReadmit: mayOpenNewEpisode(m.lastEpisodeStatus),
  };
}

@Resolver()
export class IntakeResolver {
  @Authorized('OPEN_EPISODE')
  @AuthorizesTarget('PROGRAM', 'input.programId')
  @Query(() => [PossibleDuplicate], {
    description:
      'Existing clients with the same name and date of birth (EXACT) or a similar one (SIMILAR), exact first, at most 10. For the new-inquiry form: readmit instead of opening a duplicate chart. Audited.',
  })
  async possibleDuplicates(
    @Arg('input', () => PossibleDuplicatesInput) input: PossibleDuplicatesInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PossibleDuplicate[]> {
    return (await possibleDuplicates(ctx.scope(), input)).map(toPossibleDuplicate);
  }
}
