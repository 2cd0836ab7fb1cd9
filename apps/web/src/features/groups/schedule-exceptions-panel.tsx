import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Group,
  List,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { ScheduleExceptionKind } from '@waypoint/domain';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { formatWeekdayDate, todayIn } from '../../ui/dates';
import { TrashIcon } from '../../ui/icons';
import { scheduleExceptionLabels } from './group-labels';
import { failure } from './use-group-mutations';

const AddExceptionMutation = graphql(`
  mutation AddGroupScheduleException($input: AddGroupScheduleExceptionInput!) {
    addGroupScheduleException(input: $input) {
      id
    }
  }
`);

const RemoveExceptionMutation = graphql(`
  mutation RemoveGroupScheduleException($input: RemoveGroupScheduleExceptionInput!) {
    removeGroupScheduleException(input: $input)
  }
`);

export interface ScheduleException {
  id: string;
  onDate: string;
  kind: ScheduleExceptionKind;
  reason?: string | null;
}

const kinds = Object.entries(scheduleExceptionLabels).map(([value, label]) => ({ value, label }));

/**
 * The dates ahead a group does not meet (holidays, cancellations): listed for everyone who sees
 * the group; a director or facilitator adds one (that day's session goes) or takes one back (the
 * session returns). The group page refetches, so its upcoming sessions show the change at once.
 */
export function ScheduleExceptionsPanel({
  groupId,
  exceptions,
  canManage,
  timeZone,
}: {
  groupId: string;
  exceptions: readonly ScheduleException[];
  canManage: boolean;
  timeZone?: string | null;
}) {
  const refetchQueries = ['GroupDetail'];
  const [add, adding] = useMutation(AddExceptionMutation, { refetchQueries });
  const [remove, removing] = useMutation(RemoveExceptionMutation, { refetchQueries });
  const [onDate, setOnDate] = useState('');
  const [kind, setKind] = useState<ScheduleExceptionKind>('HOLIDAY');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!onDate) return setProblems({ onDate: 'Choose the date the group does not meet' });
    try {
      await add({ variables: { input: { groupId, onDate, kind, reason: reason.trim() || null } } });
      setMessage({ ok: true, text: `No session on ${formatWeekdayDate(onDate)}.` });
      setProblems({});
      setOnDate('');
      setReason('');
    } catch (error) {
      const result = failure(error);
      if (result.kind === 'invalid') setProblems(result.fields);
      else if (result.kind === 'failed') setMessage({ ok: false, text: result.message });
    }
  };

  const takeBack = async (x: ScheduleException) => {
    try {
      await remove({ variables: { input: { groupId, id: x.id } } });
      setMessage({ ok: true, text: `The group meets on ${formatWeekdayDate(x.onDate)} again.` });
    } catch (error) {
      const result = failure(error);
      setMessage({ ok: false, text: 'message' in result ? result.message : 'Not removed' });
    }
  };

  return (
    <Stack gap="sm" data-testid="schedule-exceptions">
      <Title order={3} size="h5">
        Holidays and cancellations
      </Title>
      {exceptions.length === 0 ? (
        <Text size="sm">None ahead.</Text>
      ) : (
        <List listStyleType="none" spacing="xs">
          {exceptions.map((x) => (
            <List.Item key={x.id}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm">
                  {formatWeekdayDate(x.onDate)} · {scheduleExceptionLabels[x.kind]}
                  {x.reason ? ` · ${x.reason}` : ''}
                </Text>
                {canManage && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    loading={removing.loading}
                    aria-label={`Remove the ${scheduleExceptionLabels[x.kind].toLowerCase()} on ${formatWeekdayDate(x.onDate)}`}
                    onClick={() => void takeBack(x)}
                  >
                    <TrashIcon size={16} />
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {canManage && (
        <form
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-label="Add a holiday or cancellation"
        >
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label="Date"
              type="date"
              required
              min={todayIn(timeZone)}
              style={{ flex: '1 1 150px' }}
              value={onDate}
              error={problems.onDate}
              onChange={(e) => setOnDate(e.currentTarget.value)}
            />
            <Select
              label="Kind"
              style={{ flex: '1 1 130px' }}
              data={kinds}
              value={kind}
              allowDeselect={false}
              onChange={(v) => v && setKind(v as ScheduleExceptionKind)}
            />
            <TextInput
              label="Reason (optional)"
              style={{ flex: '2 1 200px' }}
              value={reason}
              error={problems.reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          </Group>
          <Button type="submit" mt="sm" variant="default" loading={adding.loading}>
            Add to the schedule
          </Button>
        </form>
      )}
      {message && (
        <Text size="sm" c={message.ok ? 'teal.9' : 'red.9'} role="status">
          {message.text}
        </Text>
      )}
    </Stack>
  );
}
