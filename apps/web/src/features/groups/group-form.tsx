import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { groupSchema, type GroupFormat, type GroupTopic } from '@waypoint/domain';
import { graphql } from '../../gql';
import { formatLabels, topicLabels, weekdayLabels } from './group-labels';
import type { SaveResult } from './use-group-mutations';

const FacilitatorChoicesQuery = graphql(`
  query FacilitatorChoices($programId: ID!) {
    staffMembers(programId: $programId) {
      id
      displayName
      programRoles {
        role
        program {
          id
        }
      }
    }
  }
`);

export interface GroupFormValues {
  name: string;
  format: GroupFormat;
  topic: GroupTopic;
  capacity: number | null;
  location: string;
  telehealthUrl: string;
  enrollmentMode: 'OPEN' | 'CLOSED';
  startsOn: string;
  endsOn: string;
  weekdays: number[];
  startTime: string;
  endTime: string;
  facilitatorIds: string[];
}

export function emptyGroup(today: string, me: string): GroupFormValues {
  return {
    name: '',
    format: 'PROCESS',
    topic: 'RELAPSE_PREVENTION',
    capacity: null,
    location: '',
    telehealthUrl: '',
    enrollmentMode: 'OPEN',
    startsOn: today,
    endsOn: '',
    weekdays: [1, 3, 5],
    startTime: '09:00',
    endTime: '12:00',
    facilitatorIds: [me],
  };
}

/** The form's values as the API takes them (blank optional text as null). */
export function groupInput(v: GroupFormValues) {
  return {
    name: v.name,
    format: v.format,
    topic: v.topic,
    capacity: v.capacity,
    location: v.location.trim() || null,
    telehealthUrl: v.telehealthUrl.trim() || null,
    enrollmentMode: v.enrollmentMode,
    startsOn: v.startsOn,
    endsOn: v.endsOn || null,
    weekdays: v.weekdays,
    startTime: v.startTime,
    endTime: v.endTime,
    facilitatorIds: v.facilitatorIds,
  };
}

/** Problems the domain's group rules find, by field, before anything is sent. */
export function groupProblems(v: GroupFormValues, defaultCapacity: number): Record<string, string> {
  const parsed = groupSchema.safeParse({
    ...groupInput(v),
    capacity: v.capacity ?? defaultCapacity,
  });
  const out: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      out[field] ??= issue.message;
    }
  }
  return out;
}

interface Props {
  programId: string;
  defaultCapacity: number;
  initial: GroupFormValues;
  saving: boolean;
  submitLabel: string;
  onSave: (values: GroupFormValues) => Promise<SaveResult>;
  onCancel: () => void;
}

export function GroupForm({
  programId,
  defaultCapacity,
  initial,
  saving,
  submitLabel,
  onSave,
  onCancel,
}: Props) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const set = (patch: Partial<GroupFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const { data } = useQuery(FacilitatorChoicesQuery, { variables: { programId } });
  const facilitators = (data?.staffMembers ?? [])
    .filter((s) =>
      s.programRoles.some(
        (r) => r.program.id === programId && (r.role === 'CLINICIAN' || r.role === 'DIRECTOR'),
      ),
    )
    .map((s) => ({ value: s.id, label: s.displayName }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = groupProblems(values, defaultCapacity);
    setProblems(found);
    setNotice(null);
    if (Object.keys(found).length) return;
    const result = await onSave(values);
    if (result.kind === 'invalid') setProblems(result.fields);
    else if (result.kind === 'conflict') {
      setNotice('Someone changed this group since you opened it. Close and open it again.');
    } else if (result.kind !== 'saved') setNotice(result.message);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="group-form">
      <Stack gap="sm">
        {notice && (
          <Alert color="orange" role="alert">
            {notice}
          </Alert>
        )}
        <TextInput
          label="Name"
          required
          value={values.name}
          error={problems.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Format"
            value={values.format}
            allowDeselect={false}
            data={Object.entries(formatLabels).map(([value, label]) => ({ value, label }))}
            onChange={(v) => v && set({ format: v as GroupFormat })}
          />
          <Select
            label="Topic"
            value={values.topic}
            allowDeselect={false}
            data={Object.entries(topicLabels).map(([value, label]) => ({ value, label }))}
            onChange={(v) => v && set({ topic: v as GroupTopic })}
          />
        </SimpleGrid>
        <Checkbox.Group
          label="Meets on"
          required
          error={problems.weekdays}
          value={values.weekdays.map(String)}
          onChange={(days) => set({ weekdays: days.map(Number).sort((a, b) => a - b) })}
        >
          <Group gap="sm" mt={4}>
            {weekdayLabels.map((label, i) => (
              <Checkbox key={label} value={String(i + 1)} label={label} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={2}>
          <TextInput
            label="Starts at"
            type="time"
            required
            value={values.startTime}
            error={problems.startTime}
            onChange={(e) => set({ startTime: e.currentTarget.value })}
          />
          <TextInput
            label="Ends at"
            type="time"
            required
            value={values.endTime}
            error={problems.endTime}
            onChange={(e) => set({ endTime: e.currentTarget.value })}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="First meeting on"
            type="date"
            required
            value={values.startsOn}
            error={problems.startsOn}
            onChange={(e) => set({ startsOn: e.currentTarget.value })}
          />
          <TextInput
            label="Last meeting on (optional)"
            type="date"
            value={values.endsOn}
            error={problems.endsOn}
            onChange={(e) => set({ endsOn: e.currentTarget.value })}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label="Capacity"
            description={`Program default: ${defaultCapacity}`}
            min={1}
            max={100}
            value={values.capacity ?? ''}
            error={problems.capacity}
            onChange={(v) => set({ capacity: typeof v === 'number' ? v : null })}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="enrollment-mode-label">
              Enrollment
            </Text>
            <SegmentedControl
              aria-labelledby="enrollment-mode-label"
              value={values.enrollmentMode}
              onChange={(v) => set({ enrollmentMode: v })}
              data={[
                { value: 'OPEN', label: 'Open (rolling)' },
                { value: 'CLOSED', label: 'Closed' },
              ]}
            />
          </Stack>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Room or place"
            value={values.location}
            error={problems.location}
            onChange={(e) => set({ location: e.currentTarget.value })}
          />
          <TextInput
            label="Telehealth link"
            type="url"
            value={values.telehealthUrl}
            error={problems.telehealthUrl}
            onChange={(e) => set({ telehealthUrl: e.currentTarget.value })}
          />
        </SimpleGrid>
        <MultiSelect
          label="Facilitators"
          required
          data={facilitators}
          value={values.facilitatorIds}
          error={problems.facilitatorIds}
          onChange={(ids) => set({ facilitatorIds: ids })}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
