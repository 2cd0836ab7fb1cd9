import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime, todayIn } from '../../ui/dates';
import { PencilIcon } from '../../ui/icons';
import { emptyScreening, screeningFormValues } from './screening-form';
import { ScreeningForm } from './screening-form-fields';
import { ScreeningView } from './screening-view';
import { ScreeningViewFragment, useSaveScreeningMutation } from './use-save-screening-mutation';

export const ScreeningCardFragment = graphql(`
  fragment ScreeningCard_episode on Episode {
    id
    screeningOpen
    program {
      id
      timeZone
    }
    client {
      id
      dateOfBirth
    }
    screening {
      ...ScreeningView_screening
    }
  }
`);

interface ScreeningCardProps {
  episode: FragmentType<typeof ScreeningCardFragment>;
  /** Whether the viewer may change the chart (the API has the last word). */
  canEdit: boolean;
}

/** The intake screening: what the call found, and the form while the episode is at intake. */
export function ScreeningCard(props: ScreeningCardProps) {
  const episode = getFragmentData(ScreeningCardFragment, props.episode);
  const screening = getFragmentData(ScreeningViewFragment, episode.screening);
  const mutation = useSaveScreeningMutation(episode.id);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const timeZone = episode.program.timeZone;
  if (!screening && !episode.screeningOpen) return null;
  const mayRecord = props.canEdit && episode.screeningOpen;
  const close = () => {
    setEditing(false);
    // Back to where the form was opened from, not the page's top.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <Paper withBorder radius="md" p="lg" id="intake-screening" data-testid="screening-card">
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <div>
          <Title order={2} fz={18}>
            Intake screening
          </Title>
          <Text size="xs" c="dimmed" mt={2}>
            {screening
              ? `Saved ${formatDateTime(screening.updatedAt, timeZone)}${screening.recordedBy ? ` by ${screening.recordedBy.displayName}` : ''}`
              : 'Not recorded yet'}
          </Text>
        </div>
        {mayRecord && !editing && (
          <Button
            ref={editButton}
            variant="light"
            size="xs"
            leftSection={<PencilIcon size={14} />}
            onClick={() => setEditing(true)}
            data-testid="screening-record"
          >
            {screening ? 'Edit screening' : 'Record screening'}
          </Button>
        )}
      </Group>
      {editing ? (
        <ScreeningForm
          initial={screening ? screeningFormValues(screening) : emptyScreening()}
          context={{ today: todayIn(timeZone), dateOfBirth: episode.client.dateOfBirth }}
          saving={mutation.saving}
          onSave={(values) => mutation.save(screening?.version ?? null, values)}
          onClose={close}
        />
      ) : screening ? (
        <ScreeningView screening={screening} timeZone={timeZone} />
      ) : (
        <Text size="sm" c="dimmed">
          {mayRecord
            ? 'Record the screening call: why they called, what they use, and the safety questions.'
            : 'No screening recorded yet.'}
        </Text>
      )}
    </Paper>
  );
}
