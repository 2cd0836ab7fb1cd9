import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime } from '../../ui/dates';

export const NoteWorkLine_item = graphql(`
  fragment NoteWorkLine_item on NoteWorkItem {
    sessionId
    episodeId
    clientName
    sessionTitle
    sessionStartsAt
    programTimeZone
    dueAt
    status
  }
`);

const NotesToSignQuery = graphql(`
  query NotesToSign {
    myOverdueNotes {
      sessionId
      episodeId
      status
      ...NoteWorkLine_item
    }
    notesToCosign {
      sessionId
      episodeId
      ...NoteWorkLine_item
    }
  }
`);

export function NoteWorkLine(props: {
  item: FragmentType<typeof NoteWorkLine_item>;
  action: string;
}) {
  const item = getFragmentData(NoteWorkLine_item, props.item);
  const { action } = props;
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <div>
        <Text fw={600} size="sm">
          {item.clientName}
        </Text>
        <Text size="sm" c="dimmed">
          {item.sessionTitle}, {formatDateTime(item.sessionStartsAt, item.programTimeZone)} · due{' '}
          {formatDateTime(item.dueAt, item.programTimeZone)}
        </Text>
      </div>
      <Anchor component={Link} to={`/sessions/${item.sessionId}/notes`} size="sm">
        {action}
      </Anchor>
    </Group>
  );
}

/** Today's "notes to sign": the viewer's overdue notes, and notes waiting for their co-signature. */
export function NotesToSignSection() {
  const { data } = useQuery(NotesToSignQuery, { fetchPolicy: 'cache-and-network' });
  const overdue = data?.myOverdueNotes ?? [];
  const cosign = data?.notesToCosign ?? [];
  if (overdue.length + cosign.length === 0) return null;
  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="notes-to-sign" p="lg">
      <Group gap="sm" mb="sm">
        <Title order={2} fz={15} id="notes-to-sign">
          Notes to sign
        </Title>
        {overdue.length > 0 && (
          <Badge color="red" variant="light">
            {overdue.length} overdue
          </Badge>
        )}
        {cosign.length > 0 && (
          <Badge color="blue" variant="light">
            {cosign.length} to co-sign
          </Badge>
        )}
      </Group>
      <Stack gap="xs" data-testid="notes-to-sign">
        {overdue.map((n) => (
          <NoteWorkLine
            key={`${n.sessionId}:${n.episodeId}`}
            item={n}
            action={n.status ? 'Finish and sign' : 'Write note'}
          />
        ))}
        {cosign.map((n) => (
          <NoteWorkLine
            key={`${n.sessionId}:${n.episodeId}`}
            item={n}
            action="Review and co-sign"
          />
        ))}
      </Stack>
    </Paper>
  );
}
