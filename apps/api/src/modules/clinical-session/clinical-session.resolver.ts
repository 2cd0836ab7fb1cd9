import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ObjectType,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { Client } from '../client/client.entity.js';
import { Episode } from '../episode/episode.entity.js';
import { GroupEnrollment, TherapyGroup } from '../group/group.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { selectColumns } from '../../db/select-columns.js';
import { SqlParams } from '../access/client-scope.js';
import { ClinicalSession, ClinicalSessionParticipant } from './clinical-session.entity.js';
import { ClinicalSessionSaveResult, orSessionConflict } from './clinical-session-save-result.js';
import { bookSession, cancelSession, updateSession } from './clinical-session.service.js';
import { BookSessionInput, CancelSessionInput, UpdateSessionInput } from './dto/session.input.js';
import { clientSessions } from './session-reads.js';

const DAY_MS = 86_400_000;

@ObjectType({ description: 'The groups a client attends and their next sessions.' })
export class ClientWeeklySchedule {
  @Field(() => [GroupEnrollment], { description: 'Current memberships and waitlist places.' })
  memberships: GroupEnrollment[];

  @Field(() => [ClinicalSession], { description: 'Scheduled sessions in the next 14 days.' })
  upcoming: ClinicalSession[];
}

@Resolver(() => ClinicalSession)
export class ClinicalSessionResolver {
  @Authorized('SIGNED_IN')
  @FieldResolver(() => TherapyGroup, { nullable: true })
  async group(
    @Root() s: ClinicalSession,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TherapyGroup | null> {
    return s.groupId ? ctx.loaders.groups.byId.load(s.groupId) : null;
  }

  @Authorized('SIGNED_IN')
  @FieldResolver(() => [Staff], { description: 'Who runs it.' })
  staff(@Root() s: ClinicalSession, @Ctx() ctx: GraphQLContext): Promise<Staff[]> {
    return ctx.loaders.sessions.staff.load(s.id);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => [ClinicalSessionParticipant], {
    description: 'Family members taking part (sessions on charts you may read).',
  })
  participants(
    @Root() s: ClinicalSession,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClinicalSessionParticipant[]> {
    return s.episodeId ? ctx.loaders.sessions.participants.load(s.id) : Promise.resolve([]);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('EPISODE', 'input.episodeId')
  @Mutation(() => ClinicalSession, {
    description:
      'Books an individual, family, case-management or intake session; refused when staff or client are already booked then.',
  })
  bookSession(
    @Arg('input', () => BookSessionInput) input: BookSessionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClinicalSession> {
    return bookSession(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('SESSION', 'input.id')
  @Mutation(() => ClinicalSessionSaveResult, {
    description: 'Moves or changes a session; a ClinicalSessionConflict if stale.',
  })
  updateSession(
    @Arg('input', () => UpdateSessionInput) input: UpdateSessionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orSessionConflict(() => updateSession(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('SESSION', 'input.id')
  @Mutation(() => ClinicalSessionSaveResult, {
    description: 'Cancels a session; a ClinicalSessionConflict if stale.',
  })
  cancelSession(
    @Arg('input', () => CancelSessionInput) input: CancelSessionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orSessionConflict(() => cancelSession(ctx.scope(), input));
  }
}

@Resolver(() => Client)
export class ClientSessionsResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => [ClinicalSession], {
    description: 'Sessions between two instants: booked ones and the groups attended.',
  })
  sessions(
    @Root() client: Client,
    @Arg('from', () => GraphQLDateTimeISO) from: Date,
    @Arg('to', () => GraphQLDateTimeISO) to: Date,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClinicalSession[]> {
    return clientSessions(ctx.scope(), client.id, from, to);
  }

  @Authorized('READ_CHART')
  @FieldResolver(() => ClientWeeklySchedule)
  async weeklySchedule(
    @Root() client: Client,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClientWeeklySchedule> {
    const scope = ctx.scope();
    const params = new SqlParams([client.id]);
    const memberships = await scope.db.query<GroupEnrollment[]>(
      `SELECT ${selectColumns(scope.db, GroupEnrollment, 'x')} FROM group_enrollment x
       JOIN episode e ON e.id = x.episode_id JOIN therapy_group g ON g.id = x.group_id
       WHERE x.client_id = $1 AND x.status IN ('ACTIVE', 'WAITLISTED')
         AND ${scope.episodeCondition('READ_CHART', params)}
       ORDER BY x.status, g.name`,
      params.values,
    );
    for (const m of memberships) scope.audit.read('GroupEnrollment', m.id, client.id);
    const now = new Date();
    const upcoming = (
      await clientSessions(scope, client.id, now, new Date(now.getTime() + 14 * DAY_MS))
    ).filter((s) => s.status === 'SCHEDULED');
    return Object.assign(new ClientWeeklySchedule(), { memberships, upcoming });
  }
}

@Resolver(() => Episode)
export class EpisodeSessionsResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => [ClinicalSession], {
    description: 'Sessions of this episode between two instants (booked, and groups attended).',
  })
  sessions(
    @Root() episode: Episode,
    @Arg('from', () => GraphQLDateTimeISO) from: Date,
    @Arg('to', () => GraphQLDateTimeISO) to: Date,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClinicalSession[]> {
    return clientSessions(ctx.scope(), episode.clientId, from, to, episode.id);
  }
}
