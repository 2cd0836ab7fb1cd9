import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import {
  NOTE_FORMATS,
  NOTE_SECTIONS,
  noteFormatLabel,
  noteSectionLabel,
  noteStatusLabel,
  type NoteFormat,
} from '@waypoint/domain';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime, formatTime } from '../../ui/dates';
import { describeError } from '../../ui/error-message';
import { fieldErrors } from '../../ui/graphql-errors';
import type { NoteDraft } from './note-draft';
import { AddressedObjectives, NoteObjectivesField } from './note-objectives-field';
import { noteStatusColor } from './note-status';

export const NoteEditor_note = graphql(`
  fragment NoteEditor_note on ProgressNote {
    id
    version
    status
    format
    dueAt
    signedAt
    objectiveIds
    timeIn
    timeOut
    sections {
      section
      label
      text
    }
    author {
      id
      displayName
    }
    cosigner {
      id
      displayName
    }
    amendments {
      id
      reason
      text
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

const SignNote = graphql(`
  mutation SignNote($input: NoteVersionInput!) {
    signProgressNote(input: $input) {
      __typename
      ... on ProgressNote {
        ...NoteEditor_note
      }
      ... on ProgressNoteConflict {
        message
      }
    }
  }
`);

const CosignNote = graphql(`
  mutation CosignNote($input: NoteVersionInput!) {
    cosignProgressNote(input: $input) {
      __typename
      ... on ProgressNote {
        ...NoteEditor_note
      }
      ... on ProgressNoteConflict {
        message
      }
    }
  }
`);

const AmendNote = graphql(`
  mutation AmendNote($input: AmendProgressNoteInput!) {
    amendProgressNote(input: $input) {
      ...NoteEditor_note
    }
  }
`);

/**
 * One client's note: while a draft, the format picker and its named sections, time in and out,
 * and the plan objectives addressed (with progress to record); once signed, the original
 * read-only with every amendment under it and a form to append one. `errors` are the API's
 * refusals of the last save, by field of this note.
 */
export function NoteEditor(props: {
  note: FragmentType<typeof NoteEditor_note> | null;
  draft: NoteDraft;
  onChange: (draft: NoteDraft) => void;
  clientName: string;
  episodeId: string;
  /** The program's time zone: the note's times are shown there. */
  timeZone: string;
  errors: Record<string, string>;
}) {
  const note = getFragmentData(NoteEditor_note, props.note);
  const { draft, onChange } = props;
  const [sign, signing] = useMutation(SignNote);
  const [cosign, cosigning] = useMutation(CosignNote);
  const [amend, amending] = useMutation(AmendNote);
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [signErrors, setSignErrors] = useState<Record<string, string>>({});
  const errors = { ...props.errors, ...signErrors };
  const editable = !note || note.status === 'DRAFT';
  const id = (s: string) => `note-${props.clientName.replace(/\W+/g, '-')}-${s}`;

  /** Signs or co-signs at the version shown; a newer version answers with its message. */
  const signAs = async (run: typeof sign | typeof cosign) => {
    if (!note) return;
    setError(null);
    setSignErrors({});
    try {
      const res = await run({ variables: { input: { id: note.id, version: note.version } } });
      const data = res.data as
        Record<string, { __typename: string; message?: string } | undefined> | undefined;
      const answer = data && Object.values(data)[0];
      if (answer?.__typename === 'ProgressNoteConflict') setError(answer.message ?? null);
    } catch (e) {
      const fields = fieldErrors(e);
      setSignErrors(fields);
      setError(
        Object.keys(fields).length
          ? 'Write every section of the note (and save) before signing.'
          : describeError(e).message,
      );
    }
  };
  const onAmend = async () => {
    if (!note) return;
    setError(null);
    try {
      await amend({ variables: { input: { id: note.id, reason, text } } });
      setReason('');
      setText('');
    } catch (e) {
      setError(describeError(e).message);
    }
  };

  return (
    <Stack gap="sm" data-testid="note-editor">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} fz={16}>
          {props.clientName}
        </Title>
        <Group gap="xs">
          {note ? (
            <Badge color={noteStatusColor[note.status]} variant="light" data-testid="note-status">
              {noteStatusLabel(note.status)}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" data-testid="note-status">
              Not started
            </Badge>
          )}
          {note && (
            <Text size="xs" c="dimmed">
              Due {formatDateTime(note.dueAt, props.timeZone)}
            </Text>
          )}
        </Group>
      </Group>
      {editable ? (
        <>
          <NativeSelect
            label="Format"
            value={draft.format}
            data={NOTE_FORMATS.map((f) => ({ value: f, label: noteFormatLabel(f) }))}
            onChange={(e) => onChange({ ...draft, format: e.currentTarget.value as NoteFormat })}
          />
          {NOTE_SECTIONS[draft.format].map((section) => (
            <Textarea
              key={section}
              id={id(section)}
              label={noteSectionLabel(section)}
              autosize
              minRows={2}
              value={draft.sections[section] ?? ''}
              error={errors[`sections.${section}`]}
              onChange={(e) =>
                onChange({
                  ...draft,
                  sections: { ...draft.sections, [section]: e.currentTarget.value },
                })
              }
            />
          ))}
          <Group gap="sm" wrap="wrap" align="flex-start">
            <TextInput
              type="datetime-local"
              id={id('time-in')}
              label="Time in"
              value={draft.timeIn}
              onChange={(e) => onChange({ ...draft, timeIn: e.currentTarget.value })}
              error={errors.timeIn}
              style={{ flex: '1 1 180px' }}
            />
            <TextInput
              type="datetime-local"
              id={id('time-out')}
              label="Time out"
              value={draft.timeOut}
              onChange={(e) => onChange({ ...draft, timeOut: e.currentTarget.value })}
              error={errors.timeOut}
              style={{ flex: '1 1 180px' }}
            />
          </Group>
          <NoteObjectivesField
            episodeId={props.episodeId}
            draft={draft}
            onChange={onChange}
            errors={errors}
            idPrefix={id('objective')}
          />
          {note && (
            <Group>
              <Button variant="light" onClick={() => void signAs(sign)} loading={signing.loading}>
                Sign note
              </Button>
              <Text size="xs" c="dimmed">
                Save your changes first; a signed note is only amended.
              </Text>
            </Group>
          )}
        </>
      ) : (
        note && (
          <Paper withBorder p="sm" radius="sm" data-testid="note-original">
            <Text size="xs" c="dimmed" mb={4}>
              Original, signed by {note.author.displayName}
              {note.signedAt ? `, ${formatDateTime(note.signedAt, props.timeZone)}` : ''}
              {note.cosigner ? ` · co-signed by ${note.cosigner.displayName}` : ''}
            </Text>
            {note.sections.map((s) => (
              <div key={s.section}>
                <Text size="sm" fw={600}>
                  {s.label}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {s.text}
                </Text>
              </div>
            ))}
            {note.timeIn && note.timeOut && (
              <Text size="sm" mt={4}>
                Time in {formatDateTime(note.timeIn, props.timeZone)} · out{' '}
                {formatTime(note.timeOut, props.timeZone)}
              </Text>
            )}
            <AddressedObjectives episodeId={props.episodeId} objectiveIds={note.objectiveIds} />
          </Paper>
        )
      )}
      {note?.status === 'PENDING_COSIGN' && (
        <Group>
          <Button onClick={() => void signAs(cosign)} loading={cosigning.loading}>
            Co-sign note
          </Button>
        </Group>
      )}
      {note && note.amendments.length > 0 && (
        <Stack gap={6} data-testid="note-amendments">
          {note.amendments.map((a) => (
            <Paper key={a.id} withBorder p="sm" radius="sm" bg="gray.0">
              <Text size="xs" c="dimmed">
                Amendment by {a.author.displayName}, {formatDateTime(a.createdAt, props.timeZone)} —{' '}
                {a.reason}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {a.text}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {note && !editable && (
        <Stack gap="xs">
          <TextInput
            label="Reason for the amendment"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Textarea
            label="Amendment"
            autosize
            minRows={2}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <Group>
            <Button variant="light" onClick={() => void onAmend()} loading={amending.loading}>
              Add amendment
            </Button>
          </Group>
        </Stack>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
