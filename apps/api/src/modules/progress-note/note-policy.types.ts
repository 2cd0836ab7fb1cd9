import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A program’s rules for progress notes.' })
export class NotePolicyView {
  @Field(() => ID)
  programId: string;

  @Field(() => Int, { description: 'Hours after a session’s end within which its note is due.' })
  dueHours: number;

  @Field(() => [String], {
    description:
      'Credentials whose holders’ notes wait for a director’s co-signature (e.g. CADC-T).',
  })
  cosignCredentials: string[];

  @Field(() => Int, { description: 'Send back on update; 0 while the program has the defaults.' })
  version: number;
}

@InputType({
  description: 'Sets a program’s rules for progress notes (directors, administrators).',
})
export class UpdateNotePolicyInput {
  @Field(() => ID)
  programId: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => Int)
  dueHours: number;

  @Field(() => [String])
  cosignCredentials: string[];
}
