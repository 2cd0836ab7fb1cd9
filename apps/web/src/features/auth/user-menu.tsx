import { Avatar, Box, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router-dom';
import { LockIcon, LogOutIcon } from '../../ui/icons';
import { useCurrentViewer } from './current-viewer';
import { useSignOut } from './use-sign-out';
import { roleLines, roleSummary } from './viewer-roles';

function initials(name: string): string {
  const words = name.split(',')[0]?.trim().split(/\s+/) ?? [];
  return `${words[0]?.[0] ?? ''}${words.length > 1 ? (words.at(-1)?.[0] ?? '') : ''}`.toUpperCase();
}

/** Who is signed in, in which roles and programs, and the way out. */
export function UserMenu() {
  const viewer = useCurrentViewer();
  const { signOut, signingOut } = useSignOut();
  const name = viewer.staff.displayName;
  return (
    <Menu position="bottom-end" width={300} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton
          data-testid="user-menu"
          px="xs"
          py={4}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Group gap="sm" wrap="nowrap">
            {/* On a phone the avatar alone: the menu itself says who is signed in. */}
            <Box visibleFrom="sm" style={{ textAlign: 'right', minWidth: 0 }}>
              <Text size="sm" fw={600} lh={1.25} truncate data-testid="signed-in-name">
                {name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.25} truncate data-testid="signed-in-roles">
                {roleSummary(viewer)}
              </Text>
            </Box>
            <Avatar color="teal" radius="xl" size={34} aria-hidden>
              {initials(name)}
            </Avatar>
            {/* Named by what it shows (name and roles), then what it opens. */}
            <VisuallyHidden>Account menu</VisuallyHidden>
          </Group>
        </UnstyledButton>
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
