import { Field, ID, ObjectType } from 'type-graphql';
import { ConsentPurpose, CoverageGapCode } from '@waypoint/domain';
import { registerEnumType } from 'type-graphql';

registerEnumType(CoverageGapCode, { name: 'CoverageGapCode' });

@ObjectType({ description: 'One thing no consent on file covers.' })
export class ConsentGap {
  @Field(() => CoverageGapCode)
  code: CoverageGapCode;

  @Field(() => ID, { nullable: true, description: 'The consent this is about.' })
  consentId: string | null;

  @Field(() => String)
  message: string;
}

@ObjectType({
  description: 'The consent that would let this referral go out, to prefill the form.',
})
export class ConsentDraft {
  @Field(() => String)
  recipientName: string;

  @Field(() => ID, { nullable: true })
  resourceId: string | null;

  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;
}

/**
 * The send was refused because no ACTIVE, unexpired, unrevoked consent covers the recipient and
 * purpose (Rule 5). Nothing was sent, changed or disclosed.
 */
@ObjectType({ description: 'Refused: no consent covers this send. Nothing was disclosed.' })
export class ConsentMissing {
  @Field(() => String)
  message: string;

  @Field(() => [ConsentGap])
  gaps: ConsentGap[];

  @Field(() => ConsentDraft)
  draft: ConsentDraft;
}
