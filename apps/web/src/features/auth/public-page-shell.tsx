import { Center, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { WaypointMark } from '../../ui/icons';

/** The frame of the pages used before signing in: sign-in, forgot password, set password. */
export function PublicPageShell({ children, after }: { children: ReactNode; after?: ReactNode }) {
  return (
    <Center mih="100dvh" bg="gray.0" p="md">
      <Stack w="100%" maw={420} gap="lg" py="xl">
        <Group gap="xs" justify="center" wrap="nowrap">
          <WaypointMark size={34} />
          <Text fw={700} fz={26} lh={1} style={{ letterSpacing: '-0.01em' }}>
            Waypoint
          </Text>
        </Group>
        <Paper withBorder radius="md" p="xl" component="main">
          {children}
        </Paper>
        {after}
      </Stack>
    </Center>
  );
}
