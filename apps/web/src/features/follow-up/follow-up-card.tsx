import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { followUpTiming, type FollowUpStatus } from '@waypoint/domain';
import { useState } from 'react';
import type { ChartDischargeQuery as Data } from '../../gql/graphql';
import { formatLocalDate, todayIn } from '../../ui/dates';
import { FollowUpForm } from './follow-up-form';

type Episode = NonNullable<NonNullable<Data['client']>['currentEpisode']>;

const statusLabel: Record<FollowUpStatus, string> = {
  SCHEDULED: 'Scheduled',
  DONE: 'Reached',
  ATTEMPTED: 'Tried',
  MISSED: 'Missed',
};
const outcomeLabel: Record<string, string> = {
  IN_RECOVERY: 'In recovery',
  USING: 'Using',
  READMITTED_ELSEWHERE: 'Re-admitted elsewhere',
  UNREACHABLE: 'Unreachable',
};

/** The follow-up contacts after discharge, with a quick record form for the one chosen. */
export function FollowUpCard(props: {
  clientId: string;
  episode: Episode;
  canEdit: boolean;
  onSaved: (message: string) => void;
}) {
  const { episode } = props;
  const [recording, setRecording] = useState<string | null>(null);
  const today = todayIn(episode.program.timeZone);
  const contact = episode.followUps.find((f) => f.id === recording);
  return (
    <Paper withBorder radius="md" p="lg" data-testid="follow-up-card">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={3}>Follow-up contacts</Title>
          {episode.discharge?.followUpEndsOn && (
            <Text size="sm" c="dimmed">
              Until {formatLocalDate(episode.discharge.followUpEndsOn)}
            </Text>
          )}
        </Group>
        {episode.discharge?.outreachFlaggedAt && (
          <Alert color="orange" role="status">
            Three contacts in a row did not reach the client: reach out.
          </Alert>
        )}
        {contact ? (
          <Stack gap="xs">
            <Text fw={600}>Contact due {formatLocalDate(contact.dueOn)}</Text>
            <FollowUpForm
              clientId={props.clientId}
              episodeId={episode.id}
              contact={contact}
              onCancel={() => setRecording(null)}
              onDone={(m) => {
                setRecording(null);
                props.onSaved(m);
              }}
            />
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={340}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Due</Table.Th>
                  <Table.Th>Contact</Table.Th>
                  <Table.Th>Outcome</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Action</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {episode.followUps.map((f) => {
                  const timing = followUpTiming(f, today);
                  return (
                    <Table.Tr key={f.id}>
                      <Table.Td>{formatLocalDate(f.dueOn)}</Table.Td>
                      <Table.Td>
                        {timing === 'OVERDUE' ? (
                          <Badge color="red" variant="light">
                            Overdue
                          </Badge>
                        ) : timing === 'DUE_TODAY' ? (
                          <Badge color="blue" variant="light">
                            Due today
                          </Badge>
                        ) : (
                          statusLabel[f.status]
                        )}
                      </Table.Td>
                      <Table.Td>
                        {f.outcome ? outcomeLabel[f.outcome] : ''}
                        {f.bam?.bamSubscales && (
                          <Text size="xs" c="dimmed">
                            BAM use {f.bam.bamSubscales.use ?? '–'}, risk{' '}
                            {f.bam.bamSubscales.risk ?? '–'}, protective{' '}
                            {f.bam.bamSubscales.protective ?? '–'}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {props.canEdit && f.status === 'SCHEDULED' && (
                          <Button
                            size="xs"
                            variant="light"
                            onClick={() => setRecording(f.id)}
                            aria-label={`Record the contact due ${formatLocalDate(f.dueOn)}`}
                          >
                            Record
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
