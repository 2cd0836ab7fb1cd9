import { createUnionType } from 'type-graphql';
import { Conflict, conflictType, saveResult } from '../../graphql/conflict.js';
import { ConsentMissing } from './referral-refusal.js';
import { Referral } from './referral.entity.js';

export const ReferralConflict = conflictType('Referral', Referral, async (db, id) => {
  const record = await db.getRepository(Referral).findOneBy({ id });
  return record && { record, clientId: record.clientId };
});

export const ReferralSaveResult = saveResult('ReferralSaveResult', Referral, ReferralConflict.type);

/** What a send answers: sent, someone changed it first, or no consent covers it. */
export const SendReferralResult = createUnionType({
  name: 'SendReferralResult',
  description: 'Sent (the referral as it is now), a conflict, or ConsentMissing (nothing sent).',
  types: () => [Referral, ReferralConflict.type, ConsentMissing] as const,
  resolveType: (value) =>
    value instanceof Conflict
      ? ReferralConflict.type
      : value instanceof ConsentMissing
        ? ConsentMissing
        : Referral,
});
