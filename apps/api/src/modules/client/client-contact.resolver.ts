import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { orConflict } from '../../graphql/conflict.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthorizesTarget } from '../../graphql/target-authorization.js';
import { ClientContactSaveResult } from './client-contact-save-result.js';
import { ClientContact } from './client-contact.entity.js';
import {
  addClientContact,
  listClientContacts,
  removeClientContact,
  updateClientContact,
} from './client-contact.service.js';
import { Client } from './client.entity.js';
import {
  AddClientContactInput,
  ClientContactRef,
  UpdateClientContactInput,
} from './dto/client-contact.input.js';

@Resolver(() => Client)
export class ClientContactResolver {
  @Authorized('READ_CHART')
  @FieldResolver(() => [ClientContact], {
    description: 'Whom to call in an emergency or a crisis, emergency contacts first.',
  })
  emergencyContacts(@Root() client: Client, @Ctx() ctx: GraphQLContext): Promise<ClientContact[]> {
    return listClientContacts(ctx.scope(), client.id);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('CLIENT', 'input.clientId')
  @Mutation(() => ClientContact, { description: 'Adds an emergency or crisis contact.' })
  addClientContact(
    @Arg('input', () => AddClientContactInput) input: AddClientContactInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return addClientContact(ctx.scope(), input);
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('CLIENT', 'input.clientId')
  @Mutation(() => ClientContactSaveResult, {
    description: 'Changes a contact; a ClientContactConflict if stale.',
  })
  updateClientContact(
    @Arg('input', () => UpdateClientContactInput) input: UpdateClientContactInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('ClientContact', () => updateClientContact(ctx.scope(), input));
  }

  @Authorized('EDIT_CHART')
  @AuthorizesTarget('CLIENT', 'input.clientId')
  @Mutation(() => ClientContactSaveResult, {
    description: 'Removes a contact (answers it as removed); a ClientContactConflict if stale.',
  })
  removeClientContact(
    @Arg('input', () => ClientContactRef) input: ClientContactRef,
    @Ctx() ctx: GraphQLContext,
  ) {
    return orConflict('ClientContact', () => removeClientContact(ctx.scope(), input));
  }
}
