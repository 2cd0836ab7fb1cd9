import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      __typename
      ... on SessionRoster {
        ...RosterPage_roster
      }
      ... on RosterConflict {
        message
        staleEpisodeIds
        staleClientNames
        roster {
          ...RosterPage_roster
        }
      }
    }
  }
`);

/**
 * Saves the whole roster at once. The answer is the roster as saved (Apollo's cache takes it by
 * session id, so the Today list and the chart's hours refetch what changed), or a conflict with
 * the roster as it stands now.
 */
export function useRecordAttendance() {
  return useMutation(RecordAttendanceMutation, {
    refetchQueries: ['MySessionsToday', 'ClientHours'],
  });
}
