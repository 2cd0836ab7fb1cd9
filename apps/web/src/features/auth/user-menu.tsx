import { Menu, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { LockIcon, LogOutIcon } from '../../ui/icons';
import { useCurrentViewer } from './current-viewer';
import { AccountButton } from './account-button';
import { useSignOut } from './use-sign-out';
import { roleLines, roleSummary } from './viewer-roles';

/** Who is signed in, in which roles and programs, and the way out. */
export function UserMenu() {
  const viewer = useCurrentViewer();
  const { signOut, signingOut } = useSignOut();
  const name = viewer.staff.displayName;
  return (
    <Menu position="bottom-end" width={300} shadow="md" withinPortal>
      <Menu.Target>
        <AccountButton name={name} roles={roleSummary(viewer)} data-testid="user-menu" />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Signed in as</Menu.Label>
        <Text size="sm" fw={600} px="sm">
          {name}
        </Text>
        <Menu.Divider />
        <Menu.Label>Roles</Menu.Label>
        {roleLines(viewer).map((line) => (
          <Text key={line.role} size="sm" px="sm" pb={6}>
            <Text span fw={600}>
              {line.label}
            </Text>{' '}
            <Text span c="dimmed">
              {line.programs.join(', ')}
            </Text>
          </Text>
        ))}
        <Menu.Divider />
        <Menu.Item
          component={Link}
          to="/account"
          leftSection={<LockIcon />}
          data-testid="my-account-link"
        >
          My account
        </Menu.Item>
        <Menu.Item component={Link} to="/account/api-tokens" leftSection={<LockIcon />}>
          API tokens
        </Menu.Item>
        <Menu.Item component={Link} to="/playground" leftSection={<LockIcon />}>
          API playground
        </Menu.Item>
        <Menu.Item
          leftSection={<LogOutIcon />}
          onClick={() => void signOut()}
          disabled={signingOut}
          data-testid="sign-out"
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
