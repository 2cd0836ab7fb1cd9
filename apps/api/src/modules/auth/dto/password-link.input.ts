import { Field, InputType } from 'type-graphql';
import { IsEmail, MaxLength, MinLength } from 'class-validator';

@InputType()
export class SetPasswordWithLinkInput {
  /** From the link's fragment (`#token=…`). */
  @Field(() => String)
  @MinLength(1, { message: 'is required' })
  @MaxLength(100)
  token: string;

  /** Checked against the password policy (which also caps its length) before it is hashed. */
  @Field(() => String)
  newPassword: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;
}
