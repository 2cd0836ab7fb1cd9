import { Badge, Divider, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatInstantDate } from '../../ui/dates';
import { EpisodeStatusBadge } from '../../ui/episode-status-badge';
import { ExitIcon } from '../../ui/icons';
import { activeStepIndex, isSideExit, lifecycleSteps } from './lifecycle-steps';

export const EpisodeLifecycleFragment = graphql(`
  fragment EpisodeLifecycle_episode on Episode {
    id
    status
    openedAt
    referralSource
    program {
      id
      name
      timeZone
    }
    previousEpisode {
      id
      openedAt
      dischargedAt
      statusLabel
      program {
        id
        name
      }
    }
    transitions {
      id
      fromStatus
      toStatus
      occurredAt
      admissionDecision
    }
  }
`);

interface EpisodeLifecycleCardProps {
  episode: FragmentType<typeof EpisodeLifecycleFragment>;
  /** The moves the viewer may make (absent when they may not change the chart). */
  actions: ReactNode;
}

/** The current episode: where it stands on the way from inquiry to aftercare, and what is next. */
export function EpisodeLifecycleCard(props: EpisodeLifecycleCardProps) {
  const episode = getFragmentData(EpisodeLifecycleFragment, props.episode);
  const steps = lifecycleSteps(episode);
  const tz = episode.program.timeZone;
  const ended = isSideExit(episode.status) || episode.status === 'CLOSED';
  return (
    <Paper withBorder radius="md" p="lg" data-testid="episode-lifecycle">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Group gap="sm" align="center">
              <Title order={2} fz={18}>
                Current episode
              </Title>
              <EpisodeStatusBadge status={episode.status} />
              {ended && (
                <Badge color="gray" variant="outline" radius="sm" tt="none">
                  Ended
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed" mt={4}>
              {episode.program.name} · inquiry {formatInstantDate(episode.openedAt, tz)}
              {episode.referralSource && ` · referred by ${episode.referralSource}`}
            </Text>
            {episode.previousEpisode && (
              <Text size="sm" c="dimmed" data-testid="readmission-of">
                Readmission: follows the stay in {episode.previousEpisode.program.name} from{' '}
                {formatInstantDate(episode.previousEpisode.openedAt, tz)}
                {episode.previousEpisode.dischargedAt &&
                  ` to ${formatInstantDate(episode.previousEpisode.dischargedAt, tz)}`}{' '}
                ({episode.previousEpisode.statusLabel.toLowerCase()})
              </Text>
            )}
          </div>
        </Group>
        <Stepper
          active={activeStepIndex(steps)}
          size="sm"
          iconSize={30}
          allowNextStepsSelect={false}
          data-testid="episode-stepper"
          aria-label="Where the episode stands"
        >
          {steps.map((s) => (
            <Stepper.Step
              key={`${s.key}-${s.state}`}
              label={s.label}
              description={s.at ? formatInstantDate(s.at, tz) : undefined}
              color={s.state === 'exit' ? 'gray' : s.attention ? 'yellow' : undefined}
              completedIcon={s.state === 'exit' ? <ExitIcon size={16} /> : undefined}
              allowStepClick={false}
              data-testid="episode-step"
              data-state={s.state}
            />
          ))}
        </Stepper>
        {props.actions && (
          <>
            <Divider />
            {props.actions}
          </>
        )}
      </Stack>
    </Paper>
  );
}
