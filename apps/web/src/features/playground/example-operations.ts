/**
 * The operations the playground opens with, one tab each, for the API's main uses. Each starts
 * with a comment saying what it shows; GraphiQL names the tab after the operation.
 */
export interface ExampleTab {
  query: string;
  variables?: string;
}

/** Shown where a real id is needed and none could be looked up. */
export const PROGRAM_ID_PLACEHOLDER = 'paste-a-program-id';

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function exampleTabs(programId: string | null): ExampleTab[] {
  const program = programId ?? PROGRAM_ID_PLACEHOLDER;
  return [
    {
      query: `# Caseload for a program
#
# Clients in treatment in one program, by last name,
# 25 per page. Filters apply to each client's current
# (most recent) episode. Also try the phases
# PRE_ADMISSION, AFTERCARE or ENDED, a primaryClinicianId,
# or search: "part of a name".
query CaseloadForAProgram($programId: ID) {
  clients(
    first: 25
    filter: { programId: $programId, phases: [IN_TREATMENT] }
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        displayName
        pronouns
        currentEpisode {
          status
          program {
            name
          }
          primaryClinician {
            displayName
          }
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
`,
      variables: json({ programId: program }),
    },
    {
      query: `# Next page with a cursor
#
# Lists are cursor connections. Run the first tab, copy
# its pageInfo.endCursor into the "after" variable below,
# and run this for the next page. Keep the same filter
# and page size; with "after": null you get page one.
query NextPageWithACursor($programId: ID, $after: String) {
  clients(
    first: 25
    after: $after
    filter: { programId: $programId, phases: [IN_TREATMENT] }
  ) {
    edges {
      cursor
      node {
        id
        displayName
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
`,
      variables: json({ programId: program, after: null }),
    },
    {
      query: `# One client with episodes
#
# One client's record and every stay in a program
# (episode of care), newest first. Paste a client id
# from the first tab's result into the variables.
query OneClientWithEpisodes($id: ID!) {
  client(id: $id) {
    id
    displayName
    firstName
    lastName
    preferredName
    pronouns
    dateOfBirth
    sobrietyDate
    episodes {
      id
      status
      phase
      openedAt
      admittedAt
      dischargedAt
      referralSource
      program {
        name
      }
      primaryClinician {
        displayName
      }
      caseManager {
        displayName
      }
    }
  }
}
`,
      variables: json({ id: 'paste-a-client-id' }),
    },
    {
      query: `# Programs and their settings
#
# Every IOP program with the settings its clinical
# rules use: weekly hours target, minimum days per
# week, treatment plan deadlines and time zone.
query ProgramsAndTheirSettings {
  programs {
    id
    code
    name
    population
    asamLevel
    timeZone
    weeklyHoursTarget
    minimumDaysPerWeek
    initialPlanDueDays
    planReviewIntervalDays
    maxGroupSize
  }
}
`,
    },
    {
      query: `# Clinicians in a program
#
# Active clinicians, by last name. Set programId to null
# for every program; role also takes CASE_MANAGER,
# DIRECTOR, INTAKE or ADMIN.
query CliniciansInAProgram($programId: ID) {
  staffMembers(programId: $programId, role: CLINICIAN) {
    id
    displayName
    credentials
    email
  }
}
`,
      variables: json({ programId: program }),
    },
  ];
}
