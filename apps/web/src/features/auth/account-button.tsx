import { Avatar, Box, Group, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';

function initials(name: string): string {
  const words = name.split(',')[0]?.trim().split(/\s+/) ?? [];
  return `${words[0]?.[0] ?? ''}${words.length > 1 ? (words.at(-1)?.[0] ?? '') : ''}`.toUpperCase();
}

interface AccountButtonProps extends ComponentPropsWithoutRef<'button'> {
  name: string;
  roles: string;
}

/** The header's account button: who is signed in (name and roles), and the menu it opens. */
export const AccountButton = forwardRef<HTMLButtonElement, AccountButtonProps>(
  function AccountButton({ name, roles, ...button }, ref) {
    return (
      <UnstyledButton
        ref={ref}
        px="xs"
        py={4}
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
        {...button}
      >
        <Group gap="sm" wrap="nowrap">
          {/* On a phone the avatar alone: the menu itself says who is signed in. */}
          <Box visibleFrom="sm" style={{ textAlign: 'right', minWidth: 0 }}>
            <Text size="sm" fw={600} lh={1.25} truncate data-testid="signed-in-name">
              {name}
            </Text>
            <Text size="xs" c="dimmed" lh={1.25} truncate data-testid="signed-in-roles">
              {roles}
            </Text>
          </Box>
          <Avatar color="teal" radius="xl" size={34} aria-hidden>
            {initials(name)}
          </Avatar>
          {/* Named by what it shows (name and roles), then what it opens. */}
          <VisuallyHidden>Account menu</VisuallyHidden>
        </Group>
      </UnstyledButton>
    );
  },
);
