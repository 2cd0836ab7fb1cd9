import { graphql } from '../../gql';

/** Every setting the form edits, with the version a save names. */
export const ProgramSettingsFormFragment = graphql(`
  fragment ProgramSettingsForm_program on Program {
    id
    version
    updatedAt
    timeZone
    population
    asamLevel
    weeklyHoursTarget
    minimumDaysPerWeek
    planReviewIntervalDays
    initialPlanDueDays
    maxGroupSize
    careTeamReadDaysAfterDischarge
    measureIntervalDays
    followUpCadence
    followUpPeriodDays
    requiresSupervisorSignature
    mfaRequired
    minAge
    maxAge
    resourceReverifyDays
  }
`);

export const ManagedProgramsQuery = graphql(`
  query ManagedPrograms {
    managedPrograms {
      id
      code
      name
      population
      timeZone
      ...ProgramSettingsForm_program
    }
  }
`);

export const ProgramSettingsHistoryQuery = graphql(`
  query ProgramSettingsHistory($programId: ID!, $first: Int!, $after: String) {
    programSettingsHistory(programId: $programId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          programVersion
          changedAt
          reason
          changedBy {
            id
            displayName
          }
          changes {
            field
            label
            before
            after
          }
        }
      }
    }
  }
`);
