import { EmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { LockIcon } from '../../ui/icons';
import { useCurrentViewer } from '../auth/current-viewer';
import { hasRole } from '../auth/viewer-roles';

/** Administration screens are for administrators; the API refuses everyone else anyway. */
export function AdministrationOnly({ children }: { children: ReactNode }) {
  const viewer = useCurrentViewer();
  if (hasRole(viewer, 'ADMIN')) return <>{children}</>;
  return (
    <Paper withBorder radius="md" data-testid="administration-forbidden">
      <EmptyState
        py={48}
        icon={<LockIcon size={28} />}
        variant="light"
        title="For administrators"
        description="Staff accounts and roles are managed by the clinic’s administrators."
      />
    </Paper>
  );
}
