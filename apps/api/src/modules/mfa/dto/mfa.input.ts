import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength, MinLength } from 'class-validator';

@InputType({ description: 'A code from the authenticator app, or one of the recovery codes.' })
export class MfaCodeInput {
  @Field(() => String)
  @MinLength(1, { message: 'is required' })
  @MaxLength(32)
  code: string;
}

@InputType({ description: 'Proof that it is still you: a current code, or your password.' })
export class RegenerateRecoveryCodesInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(32)
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(256)
  password?: string | null;
}

@InputType()
export class ResetStaffMfaInput {
  @Field(() => ID)
  staffId: string;

  @Field(() => String, { description: 'Why (kept in the audit trail).' })
  @MinLength(5, { message: 'say why, in a few words' })
  @MaxLength(500)
  reason: string;
}
