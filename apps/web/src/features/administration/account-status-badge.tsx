import { Badge } from '@mantine/core';
import type { StaffAccountStatus } from '@waypoint/domain';
import { statusLabels } from './staff-accounts';

const colors: Record<StaffAccountStatus, string> = {
  ACTIVE: 'teal',
  INVITED: 'blue',
  DEACTIVATED: 'gray',
};

export function AccountStatusBadge({ status }: { status: StaffAccountStatus }) {
  return (
    <Badge color={colors[status]} variant="light" data-testid="account-status">
      {statusLabels[status]}
    </Badge>
  );
}
