import { Button, EmptyState, Paper } from '@mantine/core';
import { Link } from 'react-router-dom';
import { LockIcon, UsersIcon } from '../../ui/icons';

export function ChartNoAccess() {
  return (
    <Paper withBorder radius="md" maw={680} mx="auto" mt="lg" data-testid="chart-no-access">
      <EmptyState
        py={48}
        icon={<LockIcon size={28} />}
        variant="light"
        title="You don’t have access to this client"
        description="This chart is outside what your role can open, for example a client of another program. If you need it, ask the client’s clinician or your program director."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/caseload" variant="light">
            Back to the caseload
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}

export function ChartNotFound() {
  return (
    <Paper withBorder radius="md" maw={680} mx="auto" mt="lg" data-testid="chart-not-found">
      <EmptyState
        py={48}
        icon={<UsersIcon size={28} />}
        variant="light"
        title="No client at this address"
        description="The link may be incomplete, or the record no longer exists. Find the client from the caseload instead."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/caseload" variant="light">
            Back to the caseload
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
