import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

const ProgramStaffQuery = graphql(`
  query ProgramStaff($programId: ID!, $role: StaffRole!) {
    staffMembers(programId: $programId, role: $role) {
      id
      displayName
    }
  }
`);

export interface StaffOption {
  value: string;
  label: string;
}

/** Active staff of one role in one program, by last name, for pickers. */
export function useProgramStaff(
  programId: string,
  role: 'CLINICIAN' | 'CASE_MANAGER',
  { skip = false }: { skip?: boolean } = {},
) {
  const { data, loading, error } = useQuery(ProgramStaffQuery, {
    variables: { programId, role },
    skip,
  });
  const options: StaffOption[] =
    data?.staffMembers.map((s) => ({ value: s.id, label: s.displayName })) ?? [];
  const nameOf = (id: string | null | undefined) =>
    id ? (options.find((o) => o.value === id)?.label ?? null) : null;
  return { options, loading, failed: Boolean(error), nameOf };
}
