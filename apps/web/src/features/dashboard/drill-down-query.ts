import { graphql } from '../../gql';

/** The clients behind one figure. */
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
