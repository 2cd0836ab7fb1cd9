import { useQuery } from '@apollo/client/react';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../gql';
import { NoteWorkLine } from './notes-to-sign-section';

const NotesOverdueQuery = graphql(`
  query NotesOverdue($programIds: [ID!]) {
    notesOverdue(programIds: $programIds) {
      totalCount
      items {
        sessionId
        episodeId
        status
        ...NoteWorkLine_item
      }
    }
  }
`);

/** The director's "notes overdue" figure and the notes behind it (oldest first). */
export function NotesOverdueSection({ programIds }: { programIds: readonly string[] }) {
  const { data } = useQuery(NotesOverdueQuery, {
    variables: { programIds: programIds.length ? [...programIds] : null },
    fetchPolicy: 'cache-and-network',
  });
  const overdue = data?.notesOverdue;
  if (!overdue) return null;
  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="notes-overdue" p="lg">
      <Group gap="sm" mb="sm">
        <Title order={2} fz={15} id="notes-overdue">
          Notes overdue
        </Title>
        <Badge
          color={overdue.totalCount ? 'red' : 'teal'}
          variant="light"
          data-testid="notes-overdue-count"
        >
          {overdue.totalCount}
        </Badge>
      </Group>
      {overdue.totalCount === 0 ? (
        <Text size="sm" c="dimmed">
          Every attended session’s note is signed within the program’s window.
        </Text>
      ) : (
        <Stack gap="xs" data-testid="notes-overdue-list" mah={420} style={{ overflowY: 'auto' }}>
          {overdue.items.map((n) => (
            <NoteWorkLine
              key={`${n.sessionId}:${n.episodeId}`}
              item={n}
              action={n.status ? 'Open draft' : 'Open session notes'}
            />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
