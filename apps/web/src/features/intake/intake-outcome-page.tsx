import { useApolloClient } from '@apollo/client/react';
import {
  Blockquote,
  Button,
  DataList,
  EmptyState,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { admissionDecisionLabel } from '@waypoint/domain';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { CheckIcon, LockIcon } from '../../ui/icons';
import { isIntakeOutcome, outcomeHeadline } from './intake-outcome';
import { NEW_INQUIRY_PATH } from './new-inquiry-page';

/**
 * After an admission (or an inquiry that ended), intake can no longer open the chart: this screen
 * confirms what was recorded from what the move itself said, instead of reloading the chart.
 */
export function IntakeOutcomePage() {
  const state: unknown = useLocation().state;
  const outcome = isIntakeOutcome(state) ? state : null;
  const client = useApolloClient();
  const clientId = outcome?.clientId;

  useEffect(() => {
    if (!clientId) return;
    // The chart is no longer this person's to read: nothing of it stays in memory here.
    client.cache.evict({ id: client.cache.identify({ __typename: 'Client', id: clientId }) });
    client.cache.gc();
  }, [client, clientId]);

  const actions = (
    <Group gap="sm">
      <Button component={Link} to="/intake" data-testid="outcome-back-to-intake">
        Back to intake
      </Button>
      <Button component={Link} to={NEW_INQUIRY_PATH} variant="default">
        New inquiry
      </Button>
    </Group>
  );

  if (!outcome) {
    // Reloaded, or opened from a link: the details were only in the moment of the move.
    return (
      <Paper withBorder radius="md" maw={680} mx="auto" mt="lg" data-testid="intake-outcome">
        <EmptyState
          py={48}
          icon={<CheckIcon size={28} />}
          variant="light"
          title="The move was recorded"
          description="The client’s episode has moved on from intake; their chart is with their clinician and the program director."
        >
          <EmptyState.Actions>{actions}</EmptyState.Actions>
        </EmptyState>
      </Paper>
    );
  }

  const { title, description } = outcomeHeadline(outcome);
  const admitted = outcome.status === 'ORIENTATION';
  return (
    <Paper withBorder radius="md" p="xl" maw={720} mx="auto" mt="lg" data-testid="intake-outcome">
      <Stack gap="lg">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="xl" color={admitted ? 'teal' : 'gray'} variant="light">
            <CheckIcon size={22} />
          </ThemeIcon>
          <div>
            <Title order={1} fz={24} data-testid="outcome-title">
              {title}
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              {description}
            </Text>
          </div>
        </Group>
        <DataList labelWidth={160} gap="sm">
          <DataList.Item>
            <DataList.ItemLabel>Program</DataList.ItemLabel>
            <DataList.ItemValue>{outcome.programName}</DataList.ItemValue>
          </DataList.Item>
          {outcome.clinicianName && (
            <DataList.Item>
              <DataList.ItemLabel>Primary clinician</DataList.ItemLabel>
              <DataList.ItemValue data-testid="outcome-clinician">
                {outcome.clinicianName}
              </DataList.ItemValue>
            </DataList.Item>
          )}
          {outcome.decision && (
            <DataList.Item>
              <DataList.ItemLabel>Decision</DataList.ItemLabel>
              <DataList.ItemValue>{admissionDecisionLabel(outcome.decision)}</DataList.ItemValue>
            </DataList.Item>
          )}
          {outcome.reason && (
            <DataList.Item>
              <DataList.ItemLabel>Reason</DataList.ItemLabel>
              <DataList.ItemValue>{outcome.reason}</DataList.ItemValue>
            </DataList.Item>
          )}
        </DataList>
        {outcome.rationale && (
          <div>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
              Rationale: goodness of fit
            </Text>
            <Blockquote color="teal" p="sm" mt={6} iconSize={0} fz="sm">
              {outcome.rationale}
            </Blockquote>
          </div>
        )}
        <Group gap="xs" wrap="nowrap" c="dimmed">
          <LockIcon size={16} style={{ flex: 'none' }} />
          <Text size="sm">
            Intake works with clients before admission, so this chart has now closed for you.
            {admitted
              ? ' The primary clinician and the program director can open it.'
              : ' The program director can still open it.'}
          </Text>
        </Group>
        {actions}
      </Stack>
    </Paper>
  );
}
