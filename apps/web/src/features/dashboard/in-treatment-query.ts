import { graphql } from '../../gql';

/**
 * Everyone in treatment, for the "In treatment" and "Length of stay" figures. The API lists one
 * census status at a time, so this asks for the four statuses of the treatment phase together
 * (a test checks they are exactly `statusesInPhase('IN_TREATMENT')`).
 */
export const DashboardInTreatmentQuery = graphql(`
  query DashboardInTreatment($programIds: [ID!], $clinicianId: ID) {
    orientation: dashboardClients(
      input: {
        metric: CENSUS_STATUS
        key: "ORIENTATION"
        programIds: $programIds
        clinicianId: $clinicianId
      }
    ) {
      totalCount
      rows {
        ...DrillDownRow_row
      }
    }
    active: dashboardClients(
      input: {
        metric: CENSUS_STATUS
        key: "ACTIVE"
        programIds: $programIds
        clinicianId: $clinicianId
      }
    ) {
      totalCount
      rows {
        ...DrillDownRow_row
      }
    }
    onHold: dashboardClients(
      input: {
        metric: CENSUS_STATUS
        key: "ON_HOLD"
        programIds: $programIds
        clinicianId: $clinicianId
      }
    ) {
      totalCount
      rows {
        ...DrillDownRow_row
      }
    }
    dischargePlanning: dashboardClients(
      input: {
        metric: CENSUS_STATUS
        key: "DISCHARGE_PLANNING"
        programIds: $programIds
        clinicianId: $clinicianId
      }
    ) {
      totalCount
      rows {
        ...DrillDownRow_row
      }
    }
  }
`);

export const DashboardDrillDownQuery = graphql(`
  query DashboardDrillDown($input: DashboardDrillDownInput!) {
    dashboardClients(input: $input) {
      totalCount
      rows {
        ...DrillDownRow_row
      }
    }
  }
`);

interface ClientList<R> {
  totalCount: number;
  rows: readonly R[];
}

/** The four lists as one: every row, and the count across them. */
export function mergeClientLists<R>(lists: readonly (ClientList<R> | undefined)[]): ClientList<R> {
  return {
    totalCount: lists.reduce((n, l) => n + (l?.totalCount ?? 0), 0),
    rows: lists.flatMap((l) => l?.rows ?? []),
  };
}
