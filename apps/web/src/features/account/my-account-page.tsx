import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../gql';
import { PageLoader } from '../../ui/page-loader';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { accountSections } from './account-sections';

const MyAccountQuery = graphql(`
  query MyAccount {
    me {
      staff {
        id
        displayName
        firstName
        lastName
        email
      }
    }
  }
`);

/** "My account": every member of staff's own password and sessions. */
export function MyAccountPage() {
  const { data, error, refetch } = useQuery(MyAccountQuery);
  if (error && !data) {
    return <QueryErrorAlert error={error} onRetry={() => void refetch().catch(() => null)} />;
  }
  const staff = data?.me?.staff;
  if (!staff) return <PageLoader label="Loading your account…" />;
  return (
    <Stack gap="lg" maw={760} data-testid="my-account-page">
      <div>
        <Title order={1} fz={26}>
          My account
        </Title>
        <Text c="dimmed" size="sm">
          {staff.displayName} · {staff.email}
        </Text>
      </div>
      {accountSections.map(({ id, title, description, Component }) => (
        <Paper
          key={id}
          component="section"
          withBorder
          radius="md"
          p={{ base: 'md', sm: 'xl' }}
          aria-labelledby={`account-${id}`}
          data-testid={`account-section-${id}`}
        >
          <Stack gap="md">
            <div>
              <Title order={2} fz={18} id={`account-${id}`}>
                {title}
              </Title>
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            </div>
            <Component owner={staff} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
