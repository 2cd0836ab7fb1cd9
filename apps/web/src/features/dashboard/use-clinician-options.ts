import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';

const DashboardCliniciansQuery = graphql(`
  query DashboardClinicians($programId: ID!) {
    staffMembers(programId: $programId, role: CLINICIAN) {
      id
      displayName
      lastName
      firstName
    }
  }
`);

export interface ClinicianOption {
  value: string;
  label: string;
}

interface ClinicianOptions {
  options: ClinicianOption[];
  loading: boolean;
  failed: boolean;
}

/**
 * The clinicians of the chosen programs (or of every program the viewer works in), by last name.
 * The API lists one program's staff at a time; each list is cached, so switching back is instant.
 */
export function useClinicianOptions(programIds: readonly string[]): ClinicianOptions {
  const client = useApolloClient();
  const key = [...programIds].sort().join(',');
  const [state, setState] = useState<ClinicianOptions & { key: string | null }>({
    key: null,
    options: [],
    loading: true,
    failed: false,
  });

  useEffect(() => {
    let cancelled = false;
    const ids = key ? key.split(',') : [];
    Promise.all(
      ids.map((programId) =>
        client.query({ query: DashboardCliniciansQuery, variables: { programId } }),
      ),
    )
      .then((results) => {
        if (cancelled) return;
        const byId = new Map<string, { lastName: string; firstName: string; label: string }>();
        for (const { data } of results) {
          for (const s of data?.staffMembers ?? []) {
            byId.set(s.id, { lastName: s.lastName, firstName: s.firstName, label: s.displayName });
          }
        }
        const options = [...byId]
          .sort(
            ([, a], [, b]) =>
              a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName),
          )
          .map(([value, s]) => ({ value, label: s.label }));
        setState({ key, options, loading: false, failed: false });
      })
      .catch(() => {
        if (!cancelled) setState({ key, options: [], loading: false, failed: true });
      });
    return () => {
      cancelled = true;
    };
  }, [client, key]);

  return state.key === key ? state : { options: state.options, loading: true, failed: false };
}
