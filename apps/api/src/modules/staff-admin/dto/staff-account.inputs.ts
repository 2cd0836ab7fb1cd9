import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { StaffAccountStatus, StaffRole } from '@waypoint/domain';
import { ConnectionArgs } from '../../../graphql/connection.js';

// Text limits and the email's shape are the domain's (createStaffAccountSchema), checked by the
// service after authorization; these caps only keep absurd input out of the parser.
const TEXT_CAP = 1000;

@InputType({ description: 'A new member of staff; they set their password from an invitation.' })
export class CreateStaffAccountInput {
  @Field(() => String)
  @MaxLength(TEXT_CAP)
  firstName: string;

  @Field(() => String)
  @MaxLength(TEXT_CAP)
  lastName: string;

  @Field(() => String, { nullable: true, description: 'e.g. LCSW, LMFT, CADC' })
  @IsOptional()
  @MaxLength(TEXT_CAP)
  credentials?: string | null;

  @Field(() => String, { description: 'Unique regardless of case.' })
  @MaxLength(TEXT_CAP)
  email: string;

  @Field(() => [StaffRoleAssignmentInput], { description: 'At least one role.' })
  @ArrayMinSize(1, { message: 'give at least one role' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  roles: StaffRoleAssignmentInput[];
}

@InputType({ description: 'A role in one program.' })
export class StaffRoleAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a program id' })
  programId: string;

  @Field(() => StaffRole)
  role: StaffRole;
}

@InputType({ description: 'Fields left out stay as they are; credentials are cleared by null.' })
export class UpdateStaffAccountInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_CAP)
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_CAP)
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_CAP)
  credentials?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_CAP)
  email?: string | null;
}

@InputType({ description: 'An account and the version you read.' })
export class StaffAccountVersionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;
}

@InputType({ description: 'Gives or takes away one role in one program.' })
export class StaffRoleChangeInput {
  @Field(() => ID)
  staffId: string;

  @Field(() => Int, { description: "The account's version you read." })
  version: number;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a program id' })
  programId: string;

  @Field(() => StaffRole)
  role: StaffRole;
}

@InputType()
export class StaffAccountFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name or email.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => StaffRole, { nullable: true })
  @IsOptional()
  role?: StaffRole | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a program id' })
  programId?: string | null;

  @Field(() => StaffAccountStatus, { nullable: true })
  @IsOptional()
  status?: StaffAccountStatus | null;
}

@ArgsType()
export class StaffAccountsArgs extends ConnectionArgs {
  @Field(() => StaffAccountFilter, { nullable: true })
  @IsOptional()
  filter?: StaffAccountFilter | null;
}
