import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatDateTime } from '../../ui/dates';
import { describeError } from '../../ui/error-message';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { useSignOut } from '../auth/use-sign-out';
import { describeUserAgent } from './user-agent';
import { MySessionsQuery, useSignOutEverywhere, useSignOutSession } from './use-my-account';

const failed = (e: unknown) =>
  notifications.show({ color: 'red', title: 'Not signed out', message: describeError(e).message });

/** Where I am signed in, with a way to end any of those sessions or all of them. */
export function SessionsSection() {
  const sessions = useQuery(MySessionsQuery, { fetchPolicy: 'cache-and-network' });
  const { signOutSession, signingOutSession } = useSignOutSession();
  const { signOutEverywhere, signingOutEverywhere } = useSignOutEverywhere();
  const { signOut } = useSignOut();

  if (sessions.error && !sessions.data) {
    return (
      <QueryErrorAlert
        error={sessions.error}
        onRetry={() => void sessions.refetch().catch(() => null)}
      />
    );
  }
  if (!sessions.data) return <Skeleton height={120} radius="md" />;
  const list = sessions.data.mySessions;
  const others = list.filter((s) => !s.current).length;

  const everywhere = async (includingThisSession: boolean) => {
    try {
      const n = await signOutEverywhere(includingThisSession);
      // This browser's session is over too: leave the app the way signing out does.
      if (includingThisSession) return await signOut();
      notifications.show({
        color: 'teal',
        title: 'Signed out elsewhere',
        message: `${n} other session${n === 1 ? '' : 's'} signed out.`,
      });
    } catch (e) {
      failed(e);
    }
  };

  return (
    <Stack gap="md">
      <Stack
        gap="xs"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        data-testid="my-sessions"
      >
        {list.map((s) => (
          <Paper component="li" key={s.id} withBorder radius="md" p="sm" data-testid="my-session">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    {describeUserAgent(s.userAgent)}
                  </Text>
                  {s.current && (
                    <Badge color="teal" variant="light" size="sm">
                      This browser
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  Signed in {formatDateTime(s.createdAt)} · last active{' '}
                  {formatDateTime(s.lastSeenAt)}
                </Text>
              </div>
              {!s.current && (
                <Button
                  variant="default"
                  size="xs"
                  loading={signingOutSession}
                  onClick={() => void signOutSession(s.id).catch(failed)}
                  aria-label={`Sign out ${describeUserAgent(s.userAgent)}, signed in ${formatDateTime(s.createdAt)}`}
                >
                  Sign out
                </Button>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      <Group gap="sm">
        <Button
          variant="light"
          w={{ base: '100%', sm: 'auto' }}
          disabled={others === 0}
          loading={signingOutEverywhere}
          onClick={() => void everywhere(false)}
          data-testid="sign-out-others"
        >
          Sign out of all other sessions
        </Button>
        <Button
          variant="subtle"
          color="red"
          w={{ base: '100%', sm: 'auto' }}
          loading={signingOutEverywhere}
          onClick={() => void everywhere(true)}
          data-testid="sign-out-everywhere"
        >
          Sign out here and everywhere
        </Button>
      </Group>
    </Stack>
  );
}
