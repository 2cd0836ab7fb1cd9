import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ClinicalSessionKind, NoteFormat, NoteStatus } from '@waypoint/domain';

@ObjectType({ description: 'One progress note as the chart lists it (open it on its session).' })
export class ChartNote {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sessionId: string;

  @Field(() => ID)
  episodeId: string;

  @Field(() => ClinicalSessionKind)
  sessionKind: ClinicalSessionKind;

  @Field(() => String, { description: 'The group’s name, or the kind of session.' })
  sessionTitle: string;

  @Field(() => GraphQLDateTimeISO)
  sessionStartsAt: Date;

  @Field(() => String, {
    description: 'The session’s program’s IANA time zone: its times are shown there.',
  })
  programTimeZone: string;

  @Field(() => NoteFormat)
  format: NoteFormat;

  @Field(() => NoteStatus)
  status: NoteStatus;

  authorStaffId: string;

  @Field(() => Int, { description: 'Amendments appended since it was signed.' })
  amendmentCount: number;

  @Field(() => Boolean, { description: 'A draft past its due time.' })
  overdue: boolean;
}

@ObjectType({ description: 'A page of a client’s progress notes, newest session first.' })
export class ChartNotePage {
  @Field(() => [ChartNote])
  notes: ChartNote[];

  @Field(() => Boolean)
  hasMore: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for older notes.' })
  endCursor: string | null;
}
