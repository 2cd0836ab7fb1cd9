import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router-dom';
import type { ApiTokenScope } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { describeError } from '../../ui/error-message';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { MyApiTokensQuery, useCreateApiToken, useRevokeApiToken } from './use-api-tokens';

const EXPIRY_DAYS: Record<string, number | null> = { '30': 30, '90': 90, '365': 365, never: null };

function NewTokenForm({ onCreated }: { onCreated: (secret: string) => void }) {
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiTokenScope>('READ_ONLY' as ApiTokenScope);
  const [expiry, setExpiry] = useState('90');
  const [error, setError] = useState<string | null>(null);
  const { createToken, creating } = useCreateApiToken();
  const submit = async () => {
    const days = EXPIRY_DAYS[expiry] ?? null;
    try {
      const secret = await createToken({
        name,
        scope,
        expiresAt: days === null ? null : new Date(Date.now() + days * 86_400_000).toISOString(),
      });
      if (secret) {
        setName('');
        setError(null);
        onCreated(secret);
      }
    } catch (e) {
      setError(describeError(e).message);
    }
  };
  return (
    <Stack
      gap="sm"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextInput
        label="Name"
        description="What the script is for, so you can tell tokens apart."
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={error}
        required
        maxLength={100}
      />
      <div>
        <Text size="sm" fw={500} id="token-scope-label">
          Access
        </Text>
        <SegmentedControl
          aria-labelledby="token-scope-label"
          value={scope}
          onChange={(v) => setScope(v)}
          data={[
            { value: 'READ_ONLY', label: 'Read only' },
            { value: 'READ_WRITE', label: 'Read and write' },
          ]}
        />
      </div>
      <Select
        label="Expires"
        value={expiry}
        onChange={(v) => setExpiry(v ?? '90')}
        allowDeselect={false}
        data={[
          { value: '30', label: 'In 30 days' },
          { value: '90', label: 'In 90 days' },
          { value: '365', label: 'In a year' },
          { value: 'never', label: 'Never (until revoked)' },
        ]}
      />
      <Group>
        <Button type="submit" loading={creating} data-testid="create-api-token">
          Create token
        </Button>
      </Group>
    </Stack>
  );
}

function NewSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  return (
    <Alert color="teal" title="Copy your new token now" data-testid="new-api-token">
      <Stack gap="xs">
        <Text size="sm">It is shown only this once. Keep it like a password.</Text>
        <Code
          block
          data-testid="new-api-token-secret"
          style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
        >
          {secret}
        </Code>
        <Group gap="xs">
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="xs" onClick={copy} color={copied ? 'teal' : undefined}>
                {copied ? 'Copied' : 'Copy token'}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="default" onClick={onDone}>
            Done
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function TokenList() {
  const tokens = useQuery(MyApiTokensQuery, { fetchPolicy: 'cache-and-network' });
  const { revokeToken, revoking } = useRevokeApiToken();
  if (tokens.error && !tokens.data) {
    return (
      <QueryErrorAlert
        error={tokens.error}
        onRetry={() => void tokens.refetch().catch(() => null)}
      />
    );
  }
  if (!tokens.data) return <Skeleton height={80} radius="md" />;
  const list = tokens.data.myApiTokens;
  if (!list.length) return <Text c="dimmed">You have no API tokens.</Text>;
  const now = Date.now();
  return (
    <Stack
      gap="xs"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      data-testid="api-tokens"
    >
      {list.map((t) => {
        const expired = !!t.expiresAt && new Date(t.expiresAt).getTime() <= now;
        const state = t.revokedAt ? 'Revoked' : expired ? 'Expired' : null;
        return (
          <Paper component="li" key={t.id} withBorder radius="md" p="sm" data-testid="api-token">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    {t.name}
                  </Text>
                  <Badge
                    variant="light"
                    size="sm"
                    color={t.scope === 'READ_ONLY' ? 'blue' : 'orange'}
                  >
                    {t.scope === 'READ_ONLY' ? 'Read only' : 'Read and write'}
                  </Badge>
                  {state && (
                    <Badge variant="light" size="sm" color="gray">
                      {state}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  <Code>{t.prefix}…</Code> · created {formatDateTime(t.createdAt)} ·{' '}
                  {t.expiresAt ? `expires ${formatDateTime(t.expiresAt)}` : 'no expiry'} ·{' '}
                  {t.lastUsedAt ? `last used ${formatDateTime(t.lastUsedAt)}` : 'never used'}
                </Text>
              </div>
              {!state && (
                <Button
                  variant="default"
                  size="xs"
                  color="red"
                  loading={revoking}
                  aria-label={`Revoke ${t.name}`}
                  onClick={() =>
                    void revokeToken(t.id).catch((e: unknown) =>
                      notifications.show({
                        color: 'red',
                        title: 'Not revoked',
                        message: describeError(e).message,
                      }),
                    )
                  }
                >
                  Revoke
                </Button>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

/** Personal API tokens: scripts that act as me, never with more than my own access. */
export function ApiTokensPage() {
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <Stack gap="lg" maw={760} data-testid="api-tokens-page">
      <div>
        <Title order={1} fz={26}>
          API tokens
        </Title>
        <Text c="dimmed" size="sm">
          A token lets a script use the API as you, with your access and no more. Send it as{' '}
          <Code>Authorization: Bearer …</Code>; see the <Link to="/playground">playground</Link> for
          an example. A token cannot sign in here, change your password or MFA, or make other
          tokens.
        </Text>
      </div>
      <Paper
        withBorder
        radius="md"
        p={{ base: 'md', sm: 'xl' }}
        component="section"
        aria-labelledby="new-token"
      >
        <Stack gap="md">
          <Title order={2} fz={18} id="new-token">
            New token
          </Title>
          {secret ? (
            <NewSecret secret={secret} onDone={() => setSecret(null)} />
          ) : (
            <NewTokenForm onCreated={setSecret} />
          )}
        </Stack>
      </Paper>
      <Paper
        withBorder
        radius="md"
        p={{ base: 'md', sm: 'xl' }}
        component="section"
        aria-labelledby="your-tokens"
      >
        <Stack gap="md">
          <Title order={2} fz={18} id="your-tokens">
            Your tokens
          </Title>
          <TokenList />
        </Stack>
      </Paper>
    </Stack>
  );
}
