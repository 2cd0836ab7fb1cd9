import { useQuery } from '@apollo/client/react';
import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router-dom';
import { AlertIcon } from '../../ui/icons';
import { CareTeamReassignmentsQuery } from './reassignment-page';

/** On the director's dashboard: a way to the reassignment list when something is on it. */
export function ReassignmentNotice() {
  const { data } = useQuery(CareTeamReassignmentsQuery, { fetchPolicy: 'cache-and-network' });
  const count = data?.careTeamReassignments.length ?? 0;
  if (count === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<AlertIcon size={18} />}
      data-testid="reassignment-notice"
    >
      {count === 1 ? '1 open episode needs' : `${count} open episodes need`} a new care team after a
      staff member was deactivated.{' '}
      <Anchor component={Link} to="/reassignment" fw={600}>
        Reassign
      </Anchor>
    </Alert>
  );
}
