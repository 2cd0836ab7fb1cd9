import { Alert, Button, Center, Group, Text } from '@mantine/core';

/**
 * Shown when a screen fails to render or to load its code (e.g. after a new release replaced
 * the files, or offline). The details stay in the browser console, not on screen.
 */
export function RouteErrorPage() {
  return (
    <Center mih="100dvh" p="xl">
      <Alert
        color="red"
        variant="light"
        title="This screen could not be shown"
        maw={520}
        role="alert"
      >
        <Text size="sm">
          Reloading usually helps. If it keeps happening, tell your Waypoint administrator.
        </Text>
        <Group mt="md" gap="sm">
          <Button size="xs" color="red" onClick={() => window.location.reload()}>
            Reload
          </Button>
          <Button size="xs" variant="default" component="a" href="/caseload">
            Go to the caseload
          </Button>
        </Group>
      </Alert>
    </Center>
  );
}
