import { graphql } from '../../gql';

/** One page of the clients behind one figure, in the order asked for. */
export const DashboardDrillDownQuery = graphql(`
  query DashboardDrillDown(
    $input: DashboardDrillDownInput!
    $sort: DashboardClientSort
    $first: Int
    $after: String
  ) {
    dashboardClients(input: $input, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DrillDownRow_row
        }
      }
    }
  }
`);
