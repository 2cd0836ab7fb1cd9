import { Button, Group, Paper, Text, Title } from '@mantine/core';
import type { EpisodeStatus } from '@waypoint/domain';
import type { ReactNode } from 'react';
import type { IntakeAssessment_AssessmentFragment } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { PencilIcon } from '../../ui/icons';

export type AssessmentItem = IntakeAssessment_AssessmentFragment;

/** What both instrument cards get from the section. */
export interface InstrumentCardProps {
  episodeId: string;
  status: EpisodeStatus;
  timeZone: string;
  /** The viewer may record one now (may edit the chart, and the episode is at intake). */
  canRecord: boolean;
  latest: AssessmentItem | null;
  earlier: number;
}

interface AssessmentCardShellProps {
  title: string;
  testId: string;
  latest: AssessmentItem | null;
  earlier: number;
  timeZone: string;
  /** Offer to record one (not while the form is open). */
  offerRecord: boolean;
  onRecord: () => void;
  children: ReactNode;
}

export function AssessmentCardShell(props: AssessmentCardShellProps) {
  const { latest } = props;
  return (
    <Paper withBorder radius="md" p="lg" data-testid={props.testId}>
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <div>
          <Title order={2} fz={18}>
            {props.title}
          </Title>
          <Text size="xs" c="dimmed" mt={2} data-testid={`${props.testId}-recorded`}>
            {latest
              ? `Recorded ${formatDateTime(latest.administeredAt, props.timeZone)} by ${latest.administeredBy.displayName}`
              : 'Not recorded yet'}
            {props.earlier > 0 &&
              ` · ${props.earlier} earlier ${props.earlier === 1 ? 'version' : 'versions'} on record`}
          </Text>
        </div>
        {props.offerRecord && (
          <Button
            variant="light"
            size="xs"
            leftSection={<PencilIcon size={14} />}
            onClick={props.onRecord}
            data-testid={`${props.testId}-record`}
          >
            {latest ? 'Record a new version' : 'Record'}
          </Button>
        )}
      </Group>
      {props.children}
    </Paper>
  );
}

/** When nothing is recorded: what to do, when it will be, or that it was not. */
export function NotRecorded({
  status,
  what,
  canRecord,
}: {
  status: EpisodeStatus;
  what: string;
  canRecord: boolean;
}) {
  let text = 'None was recorded in this episode.';
  if (canRecord) text = `Record the ${what} from the screening and assessment interviews.`;
  else if (status === 'INQUIRY') text = 'Recorded once the inquiry moves on to screening.';
  return (
    <Text size="sm" c="dimmed">
      {text}
    </Text>
  );
}
