import { Badge, Blockquote, Button, Group, Paper, Text, Timeline, Title } from '@mantine/core';
import { admissionDecisionLabel, dischargeTypeLabel, episodeStatusLabel } from '@waypoint/domain';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime } from '../../ui/dates';
import { episodeStatusColor } from '../../ui/episode-status';

export const TransitionHistoryFragment = graphql(`
  fragment TransitionHistory_episode on Episode {
    id
    openedAt
    referralSource
    program {
      id
      timeZone
    }
    transitions {
      id
      fromStatus
      toStatus
      reason
      admissionDecision
      admissionRationale
      dischargeType
      ageOverrideReason
      actorRole
      occurredAt
      actor {
        id
        displayName
      }
    }
  }
`);

const SHOWN_AT_FIRST = 4;

function Who({ name, at, timeZone }: { name: string | null; at: string; timeZone: string }) {
  return (
    <Text size="xs" c="dimmed" mt={2}>
      {name ? `${name} · ` : ''}
      {formatDateTime(at, timeZone)}
    </Text>
  );
}

/** Every move of the episode, newest first: who, when, why, and the decision with its rationale. */
export function TransitionHistory(props: {
  episode: FragmentType<typeof TransitionHistoryFragment>;
}) {
  const episode = getFragmentData(TransitionHistoryFragment, props.episode);
  const [showAll, setShowAll] = useState(false);
  const tz = episode.program.timeZone;
  const moves = showAll ? episode.transitions : episode.transitions.slice(0, SHOWN_AT_FIRST);
  const hidden = episode.transitions.length - moves.length;
  const showOpening = hidden === 0;

  return (
    <Paper withBorder radius="md" p="lg" data-testid="transition-history">
      <Title order={2} fz={18} mb="md">
        History
      </Title>
      <Timeline active={moves.length + 1} bulletSize={14} lineWidth={2}>
        {moves.map((t) => (
          <Timeline.Item
            key={t.id}
            color={episodeStatusColor(t.toStatus)}
            title={
              <Text size="sm" fw={600}>
                {episodeStatusLabel(t.fromStatus)} → {episodeStatusLabel(t.toStatus)}
              </Text>
            }
            data-testid="history-item"
          >
            <Who name={t.actor.displayName} at={t.occurredAt} timeZone={tz} />
            {(t.admissionDecision || t.dischargeType) && (
              <Group gap={6} mt={6}>
                {t.admissionDecision && (
                  <Badge variant="light" color="gray" radius="sm" tt="none">
                    Decision: {admissionDecisionLabel(t.admissionDecision)}
                    {t.actorRole ? ` (${t.actorRole.toLowerCase().replace('_', ' ')})` : ''}
                  </Badge>
                )}
                {t.dischargeType && (
                  <Badge variant="light" color="gray" radius="sm" tt="none">
                    Discharge: {dischargeTypeLabel(t.dischargeType)}
                  </Badge>
                )}
              </Group>
            )}
            {t.ageOverrideReason && (
              <Text size="sm" mt={6}>
                <Text span c="dimmed" size="sm">
                  Age range overridden:{' '}
                </Text>
                {t.ageOverrideReason}
              </Text>
            )}
            {t.admissionRationale && (
              <Blockquote p="xs" mt={6} fz="sm" color="gray" iconSize={0}>
                {t.admissionRationale}
              </Blockquote>
            )}
            {t.reason && (
              <Text size="sm" mt={6}>
                <Text span c="dimmed" size="sm">
                  {t.admissionDecision ? 'Note: ' : 'Reason: '}
                </Text>
                {t.reason}
              </Text>
            )}
          </Timeline.Item>
        ))}
        {showOpening && (
          <Timeline.Item
            color="blue"
            title={
              <Text size="sm" fw={600}>
                Inquiry opened
              </Text>
            }
          >
            <Who name={null} at={episode.openedAt} timeZone={tz} />
            {episode.referralSource && (
              <Text size="sm" mt={4}>
                <Text span c="dimmed" size="sm">
                  Referred by{' '}
                </Text>
                {episode.referralSource}
              </Text>
            )}
          </Timeline.Item>
        )}
      </Timeline>
      {episode.transitions.length > SHOWN_AT_FIRST && (
        <Button variant="subtle" size="xs" mt="sm" onClick={() => setShowAll((v) => !v)}>
          {showAll ? 'Show fewer' : `Show ${hidden} earlier ${hidden === 1 ? 'move' : 'moves'}`}
        </Button>
      )}
    </Paper>
  );
}
