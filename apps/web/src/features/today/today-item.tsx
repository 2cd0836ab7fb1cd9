import { Anchor, Box, Group, Text } from '@mantine/core';
import { workFor, workPath } from '@waypoint/domain';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatLocalDate } from '../../ui/dates';
import { EpisodeStatusBadge } from '../../ui/episode-status-badge';
import { urgencyColors, worklistLabel, worklistUrgency } from './worklist';

export const TodayItemFragment = graphql(`
  fragment TodayItem_item on WorklistItem {
    kind
    dueDate
    daysUntilDue
    client {
      id
      displayName
      pronouns
    }
    episode {
      id
      status
      program {
        id
        name
      }
    }
  }
`);

/** One thing to do: what (a link to where it is done), for whom (their chart), and by when. */
export function TodayItem(props: { item: FragmentType<typeof TodayItemFragment> }) {
  const item = getFragmentData(TodayItemFragment, props.item);
  const urgency = worklistUrgency(item);
  const work = workFor(item.kind);
  return (
    // On a phone the status and due date move under the item instead of off the screen.
    <Group
      justify="space-between"
      gap="xs"
      px="lg"
      py="sm"
      data-testid="today-item"
      data-kind={item.kind}
    >
      <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
        <Box
          w={4}
          h={36}
          bg={`${urgencyColors[urgency]}.${urgency === 'todo' ? 4 : 6}`}
          style={{ borderRadius: 2, flexShrink: 0 }}
          aria-hidden
        />
        <div style={{ minWidth: 0 }}>
          <Anchor
            component={Link}
            to={workPath(item.client.id, work.place)}
            size="sm"
            fw={600}
            display="block"
            data-testid="today-item-label"
          >
            {worklistLabel(item)}
          </Anchor>
          <Group gap={6} wrap="nowrap">
            <Anchor
              component={Link}
              to={`/clients/${encodeURIComponent(item.client.id)}`}
              size="sm"
              data-testid="today-client-link"
            >
              {item.client.displayName}
            </Anchor>
            {item.client.pronouns && (
              <Text size="xs" c="dimmed">
                {item.client.pronouns}
              </Text>
            )}
            <Text size="xs" c="dimmed" truncate>
              · {item.episode.program.name}
            </Text>
          </Group>
        </div>
      </Group>
      <Group gap="md" wrap="nowrap">
        <EpisodeStatusBadge status={item.episode.status} />
        <Text size="sm" c="dimmed" w={130} ta="right" style={{ whiteSpace: 'nowrap' }}>
          {item.dueDate ? `Due ${formatLocalDate(item.dueDate)}` : ''}
        </Text>
      </Group>
    </Group>
  );
}
