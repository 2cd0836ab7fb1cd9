import { graphql } from '../../gql';

/** The current episode's discharge, goals to close, follow-up contacts; one request for the section. */
export const ChartDischargeQuery = graphql(`
  query ChartDischarge($clientId: ID!) {
    client(id: $clientId) {
      id
      displayName
      currentEpisode {
        id
        version
        status
        program {
          id
          name
          timeZone
          followUpCadence
        }
        currentTreatmentPlan {
          id
          status
          problems {
            id
            clientWords
            goals {
              id
              description
              achievementStatus
            }
          }
        }
        discharge {
          id
          version
          dischargeType
          reason
          dischargedAt
          followUpCadence
          followUpEndsOn
          outreachFlaggedAt
          summarySignedAt
          summarySignedBy {
            id
            displayName
          }
          aftercarePlan {
            triggers
            copingSteps
            crisisPlan
            crisisContacts {
              name
              phone
            }
            mutualSupportMeetings
            medicationContinuity
          }
          attemptedContact {
            attemptedAt
            method
            note
          }
          summary {
            courseOfTreatment
            progressByProblem
            measures
            lastScreens
            attendance
            levelOfCare
            recommendations
          }
        }
        followUps {
          id
          version
          dueOn
          status
          method
          outcome
          note
          bam {
            id
            bamSubscales {
              use
              risk
              protective
            }
          }
        }
      }
    }
  }
`);
