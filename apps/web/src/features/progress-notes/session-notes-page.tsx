import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { getFragmentData, graphql } from '../../gql';
import { formatInstantDate, formatTimeRange } from '../../ui/dates';
import { describeError } from '../../ui/error-message';
import { fieldErrors } from '../../ui/graphql-errors';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { draftFrom, errorsUnder, noteFieldsToSave, type NoteDraft } from './note-draft';
import { NoteEditor, NoteEditor_note } from './note-editor';

const SessionNotesQuery = graphql(`
  query SessionNotes($sessionId: ID!) {
    sessionNotes(sessionId: $sessionId) {
      sessionId
      title
      isGroup
      startsAt
      endsAt
      programTimeZone
      groupNote {
        sessionId
        version
        content
      }
      lines {
        episodeId
        clientName
        attendance
        note {
          id
          version
          ...NoteEditor_note
        }
      }
    }
  }
`);

const SaveNote = graphql(`
  mutation SaveNote($input: SaveProgressNoteInput!) {
    saveProgressNote(input: $input) {
      __typename
      ... on ProgressNote {
        id
        version
        ...NoteEditor_note
      }
      ... on ProgressNoteConflict {
        message
      }
    }
  }
`);

const SaveGroupNote = graphql(`
  mutation SaveGroupNote($input: SaveGroupNoteInput!) {
    saveGroupNote(input: $input) {
      sessionId
      version
      content
    }
  }
`);

/**
 * The notes of one session. A group session: the group's content written once, then a tab per
 * attendee who was there for their own part (participation, response, plan); one save keeps
 * them all. An individual session: its client's note.
 */
export function SessionNotesPage() {
  const { sessionId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(SessionNotesQuery, {
    variables: { sessionId },
  });
  const [drafts, setDrafts] = useState<Record<string, NoteDraft>>({});
  const [content, setContent] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveNote, savingNote] = useMutation(SaveNote);
  const [saveGroup, savingGroup] = useMutation(SaveGroupNote);
  const session = data?.sessionNotes;

  if (!session) {
    if (error) {
      return (
        <QueryErrorAlert
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
          retrying={loading}
        />
      );
    }
    return <Skeleton height={320} radius="md" aria-busy />;
  }

  const draftOf = (line: (typeof session.lines)[number]) =>
    drafts[line.episodeId] ??
    draftFrom(line.note ? getFragmentData(NoteEditor_note, line.note) : null);
  const editableLines = session.lines.filter(
    (l) => !l.note || getFragmentData(NoteEditor_note, l.note).status === 'DRAFT',
  );
  const part = (line: (typeof session.lines)[number]) => ({
    episodeId: line.episodeId,
    version: line.note?.version ?? null,
    ...noteFieldsToSave(draftOf(line)),
  });
  /** A group save names an attendee's fields by their place among the parts sent. */
  const errorsOf = (line: (typeof session.lines)[number]) =>
    session.isGroup ? errorsUnder(errors, `attendees.${editableLines.indexOf(line)}.`) : errors;

  const save = async () => {
    setMessage(null);
    setErrors({});
    try {
      if (session.isGroup) {
        await saveGroup({
          variables: {
            input: {
              sessionId,
              version: session.groupNote?.version ?? null,
              content: content ?? session.groupNote?.content ?? '',
              attendees: editableLines.map(part),
            },
          },
        });
      } else {
        for (const line of editableLines) {
          const res = await saveNote({ variables: { input: { sessionId, ...part(line) } } });
          if (res.data?.saveProgressNote.__typename === 'ProgressNoteConflict') {
            throw new Error(res.data.saveProgressNote.message);
          }
        }
      }
      await refetch();
      setDrafts({});
      setContent(null);
      setMessage({ ok: true, text: 'Draft saved' });
    } catch (e) {
      const fields = fieldErrors(e);
      setErrors(fields);
      setMessage({
        ok: false,
        text: Object.keys(fields).length
          ? 'Nothing was saved: correct the fields marked below.'
          : e instanceof Error && !('errors' in e)
            ? e.message
            : describeError(e).message,
      });
    }
  };

  const editors = session.lines.map((line) => (
    <NoteEditor
      key={line.episodeId}
      note={line.note}
      clientName={line.clientName}
      timeZone={session.programTimeZone}
      episodeId={line.episodeId}
      errors={errorsOf(line)}
      draft={draftOf(line)}
      onChange={(d) => setDrafts((all) => ({ ...all, [line.episodeId]: d }))}
    />
  ));

  return (
    <Stack gap="lg" maw={980}>
      <div>
        <Anchor component={Link} to="/today" size="sm">
          ← Today
        </Anchor>
        <Title order={1} fz={26} mt={4}>
          Notes · {session.title}
        </Title>
        <Text c="dimmed" size="sm">
          {formatInstantDate(session.startsAt, session.programTimeZone)},{' '}
          {formatTimeRange(session.startsAt, session.endsAt, session.programTimeZone)}
        </Text>
      </div>
      {session.isGroup && (
        <Paper withBorder radius="md" p="lg">
          <Textarea
            label="Group content (written once, part of each attendee’s note)"
            description="Topic, activities and interventions used with the group."
            autosize
            minRows={3}
            value={content ?? session.groupNote?.content ?? ''}
            onChange={(e) => setContent(e.currentTarget.value)}
            error={errors.content}
          />
        </Paper>
      )}
      {session.lines.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text>
            No one to write for yet: take attendance first; attendees who were there (present, late,
            left early) get a note.
          </Text>
        </Paper>
      ) : session.isGroup ? (
        <Paper withBorder radius="md" p="lg">
          <Tabs defaultValue={session.lines[0]!.episodeId} keepMounted={false}>
            <Tabs.List aria-label="Attendees">
              {session.lines.map((l) => (
                <Tabs.Tab key={l.episodeId} value={l.episodeId}>
                  {l.clientName}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {session.lines.map((l, i) => (
              <Tabs.Panel key={l.episodeId} value={l.episodeId} pt="md">
                {editors[i]}
              </Tabs.Panel>
            ))}
          </Tabs>
        </Paper>
      ) : (
        <Paper withBorder radius="md" p="lg">
          {editors}
        </Paper>
      )}
      {(editableLines.length > 0 || session.isGroup) && (
        <Group>
          <Button onClick={() => void save()} loading={savingNote.loading || savingGroup.loading}>
            Save draft
          </Button>
          {message && (
            <Text size="sm" c={message.ok ? 'teal.8' : 'red.8'} role="status">
              {message.text}
            </Text>
          )}
        </Group>
      )}
      {message && !message.ok && (
        <Alert color="red" role="alert">
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}
