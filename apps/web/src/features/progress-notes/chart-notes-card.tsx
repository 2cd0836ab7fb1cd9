import { useApolloClient, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { noteFormatLabel, noteStatusLabel, sessionKindLabel } from '@waypoint/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import type { ChartNotesQuery } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { noteStatusColor } from './note-status';

const ChartNotes = graphql(`
  query ChartNotes($clientId: ID!, $after: String) {
    client(id: $clientId) {
      id
      progressNotes(first: 20, after: $after) {
        notes {
          id
          sessionId
          sessionKind
          sessionTitle
          sessionStartsAt
          programTimeZone
          format
          status
          amendmentCount
          overdue
          author {
            id
            displayName
          }
        }
        hasMore
        endCursor
      }
    }
  }
`);

type Page = NonNullable<ChartNotesQuery['client']>['progressNotes'];
type Note = Page['notes'][number];

function ChartNoteRow({ note }: { note: Note }) {
  const kind = sessionKindLabel[note.sessionKind];
  return (
    <Paper withBorder radius="sm" p="sm" component="li" data-testid="chart-note">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor component={Link} to={`/sessions/${note.sessionId}/notes`} fw={600} size="sm">
          {formatDateTime(note.sessionStartsAt, note.programTimeZone)} ·{' '}
          {note.sessionKind === 'GROUP' ? `${kind}: ${note.sessionTitle}` : kind}
        </Anchor>
        <Group gap={6} wrap="wrap">
          <Badge variant="light" color={noteStatusColor[note.status]}>
            {noteStatusLabel(note.status)}
          </Badge>
          {note.overdue && (
            <Badge variant="filled" color="red">
              Overdue
            </Badge>
          )}
          {note.amendmentCount > 0 && (
            <Badge variant="outline" color="gray">
              Amended{note.amendmentCount > 1 ? ` ×${note.amendmentCount}` : ''}
            </Badge>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {noteFormatLabel(note.format)} note by {note.author.displayName}
      </Text>
    </Paper>
  );
}

/**
 * The chart's progress notes, newest session first, 20 at a time: only those the viewer may read
 * (each listed note is a read in the audit trail). A note opens on its session's notes page.
 * Counseling notes are never here: they are their author's alone, on their own page.
 */
export function ChartNotesCard({ clientId, canEdit }: { clientId: string; canEdit: boolean }) {
  const apollo = useApolloClient();
  const { data, error, loading, refetch } = useQuery(ChartNotes, { variables: { clientId } });
  const [older, setOlder] = useState<{ notes: Note[]; page: Page | null }>({
    notes: [],
    page: null,
  });
  const [loadingOlder, setLoadingOlder] = useState(false);
  const first = data?.client?.progressNotes;
  const last = older.page ?? first;

  async function showOlder() {
    setLoadingOlder(true);
    try {
      const res = await apollo.query({
        query: ChartNotes,
        variables: { clientId, after: last?.endCursor ?? null },
        fetchPolicy: 'network-only',
      });
      const page = res.data?.client?.progressNotes;
      if (page) setOlder((o) => ({ notes: [...o.notes, ...page.notes], page }));
    } finally {
      setLoadingOlder(false);
    }
  }

  let body;
  if (error) {
    body = <QueryErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  } else if (!first) {
    body = loading ? <Skeleton height={120} radius="sm" /> : null;
  } else if (!first.notes.length) {
    body = (
      <Text size="sm" c="dimmed">
        No progress notes yet.
      </Text>
    );
  } else {
    body = (
      <Stack gap="xs">
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {[...first.notes, ...older.notes].map((n) => (
            <ChartNoteRow key={n.id} note={n} />
          ))}
        </Stack>
        {last?.hasMore && (
          <Button
            variant="default"
            size="xs"
            w="fit-content"
            loading={loadingOlder}
            onClick={() => void showOlder()}
          >
            Show older notes
          </Button>
        )}
      </Stack>
    );
  }
  return (
    <Paper withBorder radius="md" p="lg" id="progress-notes" data-testid="chart-notes-card">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h3">
            Progress notes
          </Title>
          {canEdit && (
            <Anchor component={Link} to={`/clients/${clientId}/counseling-notes`} size="sm">
              My counseling notes (only you)
            </Anchor>
          )}
        </Group>
        {body}
      </Stack>
    </Paper>
  );
}
