import { Field, ID, InputType } from 'type-graphql';
import { MaxLength, MinLength } from 'class-validator';

@InputType()
export class ChangeMyPasswordInput {
  @Field(() => String)
  @MinLength(1, { message: 'is required' })
  @MaxLength(256)
  currentPassword: string;

  /** Checked against the password policy (which also caps its length) before it is hashed. */
  @Field(() => String)
  newPassword: string;
}

@InputType()
export class SignOutSessionInput {
  @Field(() => ID)
  sessionId: string;
}

@InputType()
export class SignOutEverywhereInput {
  @Field(() => Boolean, {
    description: 'Also end the session making this request (then the app is signed out too).',
  })
  includingThisSession: boolean;
}
