import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

const PlanStaffQuery = graphql(`
  query PlanStaffOptions($programId: ID!) {
    staffMembers(programId: $programId) {
      id
      displayName
    }
  }
`);

export interface StaffOption {
  id: string;
  displayName: string;
}

/**
 * The program's active staff, for "responsible staff" (asked for only while a form needs it).
 * Someone already named who has since left stays listed, so the form does not silently drop them.
 */
export function usePlanStaff(programId: string, skip: boolean, current?: StaffOption | null) {
  const { data, loading, error } = useQuery(PlanStaffQuery, {
    variables: { programId },
    skip,
  });
  const staff: StaffOption[] = [...(data?.staffMembers ?? [])];
  if (current && !staff.some((s) => s.id === current.id)) staff.push(current);
  return { staff, loading, error };
}
