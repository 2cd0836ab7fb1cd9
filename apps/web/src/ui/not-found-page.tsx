import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <EmptyState
      py={80}
      title="This page does not exist"
      description="The link may be mistyped, or the screen it points to is not part of Waypoint yet."
    >
      <EmptyState.Actions>
        <Button component={Link} to="/caseload" variant="light">
          Go to the caseload
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
