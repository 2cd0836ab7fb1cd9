import {
  Arg,
  Authorized,
  Ctx,
  Extensions,
  Field,
  ID,
  InputType,
  Query,
  Resolver,
} from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { MaxLength, MinLength } from 'class-validator';
import { ConsentPurpose } from '@waypoint/domain';
import type { GraphQLContext } from '../../graphql/context.js';
import { WRITES_AS_IT_READS } from '../../graphql/replica-reads.plugin.js';
import { fhirBaseUrl } from './fhir-base-url.js';
import { exportClientBundle } from './fhir-export.service.js';

@InputType({ description: 'Who receives an exported record and why.' })
export class FhirRecipientInput {
  @Field(() => String)
  @MinLength(1, { message: 'is required' })
  @MaxLength(200)
  name: string;

  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;
}

@Resolver()
export class FhirResolver {
  @Authorized('READ_CHART')
  // The export is recorded as a disclosure: served by the primary even with read replicas.
  @Extensions(WRITES_AS_IT_READS)
  @Query(() => GraphQLJSONObject, {
    description:
      'The client’s record as a FHIR R4 Bundle (collection), with Part 2 labels and the §2.32 notice. A disclosure: a consent must cover `recipient`; without one, a director exports for the client (right of access). Recorded in the accounting of disclosures.',
  })
  async clientFhirBundle(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('recipient', () => FhirRecipientInput, { nullable: true })
    recipient: FhirRecipientInput | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Record<string, unknown>> {
    const bundle = await exportClientBundle(ctx.scope(), {
      clientId,
      recipient: recipient ? { name: recipient.name, purpose: recipient.purpose } : null,
      type: 'collection',
      baseUrl: fhirBaseUrl(ctx.req),
    });
    return bundle as unknown as Record<string, unknown>;
  }
}
