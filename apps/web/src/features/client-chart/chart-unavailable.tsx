import { Button, EmptyState, Paper } from '@mantine/core';
import { Link } from 'react-router-dom';
import { LockIcon, UsersIcon } from '../../ui/icons';

const reasons = {
  'no-access': {
    testId: 'chart-no-access',
    icon: <LockIcon size={28} />,
    title: 'You don’t have access to this client',
    description:
      'This chart is outside what your role can open, for example a client of another program. If you need it, ask the client’s clinician or your program director.',
  },
  'not-found': {
    testId: 'chart-not-found',
    icon: <UsersIcon size={28} />,
    title: 'No client at this address',
    description:
      'The link may be incomplete, or the record no longer exists. Find the client from the caseload instead.',
  },
};

/** Why a client's chart (or a screen of it) cannot be shown, with the way back to the caseload. */
export function ChartUnavailable({ reason }: { reason: keyof typeof reasons }) {
  const { testId, icon, title, description } = reasons[reason];
  return (
    <Paper withBorder radius="md" maw={680} mx="auto" mt="lg" data-testid={testId}>
      <EmptyState py={48} icon={icon} variant="light" title={title} description={description}>
        <EmptyState.Actions>
          <Button component={Link} to="/caseload" variant="light">
            Back to the caseload
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
