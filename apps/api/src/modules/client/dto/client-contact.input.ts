import { Field, ID, InputType, Int } from 'type-graphql';
import { IsUUID, Min } from 'class-validator';
import { ClientContactKind } from '@waypoint/domain';

/** Text limits and the phone's form are checked by the domain's clientContactSchema. */
@InputType({ description: 'An emergency or crisis contact for a client.' })
export class AddClientContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a client id' })
  clientId: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  relationship: string;

  @Field(() => String)
  phone: string;

  @Field(() => ClientContactKind)
  kind: ClientContactKind;

  @Field(() => Boolean, { description: 'The client agreed that staff may call this person.' })
  mayContact: boolean;
}

@InputType({ description: 'A contact as you saw it: the client, its id and version.' })
export class ClientContactRef {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a client id' })
  clientId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a contact id' })
  id: string;

  @Field(() => Int, {
    description: 'The version you read; a newer one on the server answers a conflict.',
  })
  @Min(1)
  version: number;
}

@InputType({ description: 'Every field of the contact as it should now read.' })
export class UpdateClientContactInput extends AddClientContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a contact id' })
  id: string;

  @Field(() => Int, {
    description: 'The version you read; a newer one on the server answers a conflict.',
  })
  @Min(1)
  version: number;
}
