import type { ReferralAttention } from '@waypoint/domain';
import { graphql } from '../../gql';

/** Referrals on a worklist: the case manager's (mine) or a director's programs. */
export const ReferralWorklistQuery = graphql(`
  query ReferralWorklist(
    $mine: Boolean!
    $programIds: [ID!]
    $allOpen: Boolean = false
    $clinicianId: ID
  ) {
    referralWorklist(
      mine: $mine
      programIds: $programIds
      allOpen: $allOpen
      clinicianId: $clinicianId
    ) {
      attention
      referral {
        id
        status
        recipientName
        dueBy
        client {
          id
          displayName
        }
      }
    }
  }
`);

export const ATTENTION_LABEL: Record<ReferralAttention, string> = {
  OVERDUE: 'Past due, no answer',
  NO_RESPONSE: 'Closed: no response',
  AWAITING_CONSENT: 'Awaiting consent',
};
