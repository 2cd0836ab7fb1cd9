import { graphql } from '../../gql';

/**
 * The current episode's referrals and consents with the plan's goals to link: the referral card
 * and the consents card ask the same document, so the chart makes one request for both.
 */
export const ChartReferralsQuery = graphql(`
  query ChartReferrals($clientId: ID!) {
    client(id: $clientId) {
      id
      preferredName
      firstName
      lastName
      currentEpisode {
        id
        program {
          id
          name
          timeZone
        }
        currentTreatmentPlan {
          id
          problems {
            id
            goals {
              id
              lineageId
              description
            }
          }
        }
        referrals {
          id
          version
          status
          allowedTransitions
          recipientName
          recipientContact
          resourceId
          reason
          purpose
          informationToSend
          goalLineageId
          urgency
          dueBy
          sentAt
          appointmentAt
          outcome
          closedReason
          consentId
          updatedAt
        }
        consents {
          id
          version
          status
          disclosingParty
          informationDescription
          recipients {
            name
            resourceId
            coveredEntity
          }
          generalDesignation
          purposes
          purposeDescription
          revocationStatement
          redisclosureStatement
          expiresOn
          expiryEvent
          expiryEventOccurredAt
          includesCounselingNotes
          guardianSignatureRequired
          guardianName
          signedByName
          signedOn
          declinedAt
          revokedAt
          revocationReason
          createdAt
        }
      }
    }
  }
`);
