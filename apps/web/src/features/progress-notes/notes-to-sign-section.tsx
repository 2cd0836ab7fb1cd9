import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { formatDateTime } from '../../ui/dates';

const NotesToSignQuery = graphql(`
  query NotesToSign {
    myOverdueNotes {
      sessionId
      episodeId
      clientName
      sessionTitle
      sessionStartsAt
      dueAt
      status
    }
    notesToCosign {
      sessionId
      episodeId
      clientName
      sessionTitle
      sessionStartsAt
      dueAt
      status
    }
  }
`);

/** What a worklist line shows of a note to write, sign or co-sign. */
export interface NoteWorkItem {
  sessionId: string;
  episodeId: string;
  clientName: string;
  sessionTitle: string;
  sessionStartsAt: string;
  dueAt: string;
  status?: string | null;
}

export function NoteWorkLine({ item, action }: { item: NoteWorkItem; action: string }) {
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <div>
        <Text fw={600} size="sm">
          {item.clientName}
        </Text>
        <Text size="sm" c="dimmed">
          {item.sessionTitle}, {formatDateTime(item.sessionStartsAt)} · due{' '}
          {formatDateTime(item.dueAt)}
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
