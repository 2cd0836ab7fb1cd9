import { graphql } from '../../gql';

/** The client, their current episode and its plan (the version in effect, else the one being written). */
export const TreatmentPlanPageQuery = graphql(`
  query TreatmentPlanPage($clientId: ID!) {
    client(id: $clientId) {
      id
      displayName
      access {
        canEdit
        emergencyAccessUntil
      }
      currentEpisode {
        id
        status
        phase
        admittedAt
        program {
          id
          name
          timeZone
          planReviewIntervalDays
          requiresSupervisorSignature
        }
        initialPlanDue {
          dueDate
          status
          reason
          daysUntilDue
          scheduledDate
        }
        currentTreatmentPlan {
          id
          status
        }
      }
    }
  }
`);

/**
 * One version of the plan with everything the screen shows. Its own root query, and fragments
 * only per card (problem, goal, objective): the API's query cost limit grows by half with every
 * level of nesting, fragment spreads included, so interventions and progress are selected inline.
 */
export const TreatmentPlanViewQuery = graphql(`
  query TreatmentPlanView($id: ID!) {
    treatmentPlan(id: $id) {
      id
      version
      versionNumber
      status
      reviewClock {
        status
      }
      signable {
        missing {
          path
          message
          code
        }
      }
      capabilities {
        canEdit {
          allowed
          reason
        }
        canSubmit {
          allowed
        }
        canReturnToDraft {
          allowed
        }
        canReview {
          allowed
        }
        canRevise {
          allowed
        }
        canClose {
          allowed
        }
        canSetStatus {
          allowed
          reason
        }
        canRecordProgress {
          allowed
        }
        canAmendProgress {
          allowed
        }
      }
      problems {
        id
        version
        position
        goals {
          id
          version
          position
          objectives {
            id
            version
            position
            measure
            targetDate
            interventions {
              id
              version
              position
            }
          }
        }
        ...ProblemCard_problem
      }
      ...PlanHeader_plan
      ...SigningPanel_plan
    }
  }
`);

/** Every version of the episode's plan, newest first. */
export const PlanVersionsQuery = graphql(`
  query PlanVersions($episodeId: ID!) {
    episodeTreatmentPlans(episodeId: $episodeId) {
      id
      versionNumber
      status
      createdAt
      activatedAt
      endedAt
      endReason
      createdBy {
        id
        displayName
      }
      ...PlanHistory_version
    }
  }
`);

/** Every query showing a plan, refetched when the screen may be behind the server. */
export const planQueries = [TreatmentPlanPageQuery, TreatmentPlanViewQuery, PlanVersionsQuery];
