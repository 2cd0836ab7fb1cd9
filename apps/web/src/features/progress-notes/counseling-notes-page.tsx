import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import type { MyCounselingNotesQuery } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { describeError } from '../../ui/error-message';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { LockIcon } from '../../ui/icons';
import { QueryErrorAlert } from '../../ui/query-error-alert';

const CounselingClient = graphql(`
  query CounselingClient($clientId: ID!) {
    client(id: $clientId) {
      id
      displayName
      currentEpisode {
        id
      }
    }
  }
`);

const MyCounselingNotes = graphql(`
  query MyCounselingNotes($episodeId: ID!) {
    myCounselingNotes(episodeId: $episodeId) {
      id
      version
      text
      createdAt
      updatedAt
    }
  }
`);

const SaveCounselingNote = graphql(`
  mutation SaveCounselingNote($input: SaveCounselingNoteInput!) {
    saveCounselingNote(input: $input) {
      id
      version
      text
      createdAt
      updatedAt
    }
  }
`);

type Note = MyCounselingNotesQuery['myCounselingNotes'][number];

/** Saves a new note or a change of one (at the version shown); the refusal is shown by field. */
function useSaveNote(episodeId: string) {
  const [run, { loading }] = useMutation(SaveCounselingNote, {
    refetchQueries: [{ query: MyCounselingNotes, variables: { episodeId } }],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const save = async (text: string, note?: Note): Promise<boolean> => {
    setProblem(null);
    try {
      await run({
        variables: { input: { episodeId, text, id: note?.id, version: note?.version } },
      });
      return true;
    } catch (e) {
      // A change made elsewhere first (another tab) answers CONFLICT with what to do.
      const conflict = apiError(e)?.code === 'CONFLICT' ? apiError(e)?.message : undefined;
      setProblem(fieldErrors(e).text ?? conflict ?? describeError(e).message);
      return false;
    }
  };
  return { save, saving: loading, problem };
}

function NoteForm(props: { episodeId: string; note?: Note; label: string; onDone?: () => void }) {
  const [text, setText] = useState(props.note?.text ?? '');
  const { save, saving, problem } = useSaveNote(props.episodeId);
  return (
    <Stack gap="xs">
      <Textarea
        label={props.label}
        autosize
        minRows={3}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={problem}
      />
      <Group gap="xs">
        <Button
          loading={saving}
          onClick={() =>
            void save(text, props.note).then((ok) => {
              if (!ok) return;
              if (!props.note) setText('');
              props.onDone?.();
            })
          }
        >
          {props.note ? 'Save changes' : 'Save note'}
        </Button>
        {props.onDone && (
          <Button variant="default" onClick={props.onDone}>
            Cancel
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function NoteItem({ note, episodeId }: { note: Note; episodeId: string }) {
  const [editing, setEditing] = useState(false);
  return (
    <Paper withBorder radius="sm" p="sm" component="li" data-testid="counseling-note">
      {editing ? (
        <NoteForm
          episodeId={episodeId}
          note={note}
          label="Counseling note"
          onDone={() => setEditing(false)}
        />
      ) : (
        <Stack gap={4}>
          <Group justify="space-between" wrap="wrap">
            <Text size="xs" c="dimmed">
              Written {formatDateTime(note.createdAt)}
              {note.updatedAt !== note.createdAt
                ? ` · changed ${formatDateTime(note.updatedAt)}`
                : ''}
            </Text>
            <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
              Edit
            </Button>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {note.text}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}

function CounselingNotes({ episodeId }: { episodeId: string }) {
  const { data, error, loading, refetch } = useQuery(MyCounselingNotes, {
    variables: { episodeId },
  });
  if (error) {
    return <QueryErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  if (!data) return loading ? <Skeleton height={160} radius="md" /> : null;
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="lg">
        <NoteForm episodeId={episodeId} label="New counseling note" />
      </Paper>
      {data.myCounselingNotes.length ? (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {data.myCounselingNotes.map((n) => (
            <NoteItem key={n.id} note={n} episodeId={episodeId} />
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          You have no counseling notes for this client’s current stay.
        </Text>
      )}
    </Stack>
  );
}

export function CounselingNotesRoute() {
  const { clientId = '' } = useParams();
  return <CounselingNotesPage key={clientId} clientId={clientId} />;
}

/**
 * The viewer's own SUD counseling (process) notes on a client's current stay (42 CFR Part 2):
 * kept apart from the record, read only by their author, never listed on the chart, the
 * timeline, exports or disclosures; each read and write is audited with its own action.
 */
export function CounselingNotesPage({ clientId }: { clientId: string }) {
  const { data, error, loading, refetch } = useQuery(CounselingClient, {
    variables: { clientId },
  });
  const client = data?.client;
  let body;
  if (error) {
    body = <QueryErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  } else if (!client) {
    body = loading ? <Skeleton height={200} radius="md" /> : null;
  } else if (!client.currentEpisode) {
    body = <Text>This client has no current stay to keep counseling notes on.</Text>;
  } else {
    body = <CounselingNotes episodeId={client.currentEpisode.id} />;
  }
  return (
    <Stack gap="md" maw={820}>
      <Anchor component={Link} to={`/clients/${clientId}`} size="sm">
        ← Back to the chart
      </Anchor>
      <Title order={1} fz={26}>
        My counseling notes{client ? ` · ${client.displayName}` : ''}
      </Title>
      <Alert
        color="gray"
        variant="light"
        icon={<LockIcon size={18} />}
        title="Only you can read these"
      >
        Process notes kept apart from the client’s record (42 CFR Part 2). They are not part of the
        chart, the timeline, exports or disclosures, and no one else — not a director, not emergency
        access — can open them.
      </Alert>
      {body}
    </Stack>
  );
}
