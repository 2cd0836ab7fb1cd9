import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { resourceCategoryLabel } from '@waypoint/domain';
import { graphql } from '../../gql';
import { formatLocalDate } from '../../ui/dates';
import { describeError } from '../../ui/error-message';
import { QueryErrorAlert } from '../../ui/query-error-alert';

const ResourcesToReverifyQuery = graphql(`
  query ResourcesToReverify {
    resourcesToReverify(programIds: null) {
      id
      programId
      version
      name
      category
      phone
      reverifyDueOn
    }
  }
`);

const VerifyResource = graphql(`
  mutation VerifyResourceToday($input: VerifyCommunityResourceInput!) {
    verifyCommunityResource(input: $input) {
      id
      version
      reverifyDueOn
      needsReverification
    }
  }
`);

/**
 * Today, for those who keep the directory: resources the hourly job flagged as due to be checked
 * again (the program sets after how many days). Calling them and pressing "Checked today" clears
 * the flag; the list shows nothing when nothing is due.
 */
export function ResourcesToReverifyToday() {
  const { data, error } = useQuery(ResourcesToReverifyQuery, { fetchPolicy: 'cache-and-network' });
  const [verify, verifying] = useMutation(VerifyResource, {
    refetchQueries: ['ResourcesToReverify'],
  });
  if (error) return <QueryErrorAlert error={error} />;
  const items = data?.resourcesToReverify ?? [];
  if (!items.length) return null;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="resources-to-reverify">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          Resources to check again
        </Title>
        {verifying.error && (
          <Text c="red" size="sm" role="alert">
            {describeError(verifying.error).message}
          </Text>
        )}
        {items.map((r) => (
          <Group key={r.id} justify="space-between" wrap="wrap" gap="xs">
            <div>
              <Text fw={600}>{r.name}</Text>
              <Text size="sm" c="dimmed">
                {[resourceCategoryLabel(r.category), r.phone].filter(Boolean).join(' · ')}
              </Text>
            </div>
            <Group gap="xs">
              {r.reverifyDueOn && (
                <Badge color="orange" variant="light">
                  Due since {formatLocalDate(r.reverifyDueOn)}
                </Badge>
              )}
              <Button
                size="xs"
                variant="default"
                loading={verifying.loading}
                aria-label={`Checked ${r.name} today`}
                onClick={() =>
                  void verify({
                    variables: { input: { programId: r.programId, id: r.id, version: r.version } },
                  }).catch(() => undefined)
                }
              >
                Checked today
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
