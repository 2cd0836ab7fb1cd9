import { ArrayMaxSize, IsOptional } from 'class-validator';
import { ArgsType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { TimelineKind } from '@waypoint/domain';
import { ConnectionArgs } from '../../graphql/connection.js';

registerEnumType(TimelineKind, {
  name: 'TimelineKind',
  description: 'What kind of record a timeline entry comes from.',
});

@ObjectType({
  description: 'One thing that happened in treatment, as the chart’s timeline shows it.',
})
export class TimelineEntry {
  @Field(() => ID, { description: 'Stable within the timeline: the record and what happened.' })
  id: string;

  @Field(() => TimelineKind)
  kind: TimelineKind;

  @Field(() => GraphQLDateTimeISO)
  at: Date;

  @Field(() => ID)
  episodeId: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  detail: string | null;

  @Field(() => Boolean, {
    description: 'Something not to miss: an unexcused absence, an unexpected positive, a flag.',
  })
  alert: boolean;
}

@ObjectType({ description: 'A page of the timeline, newest first.' })
export class TimelinePage {
  @Field(() => [TimelineEntry])
  entries: TimelineEntry[];

  @Field(() => Boolean)
  hasMore: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for older entries.' })
  endCursor: string | null;
}

@ArgsType()
export class TimelineArgs extends ConnectionArgs {
  @Field(() => [TimelineKind], {
    nullable: true,
    description: 'Only these kinds (all if omitted).',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  kinds?: TimelineKind[] | null;
}
