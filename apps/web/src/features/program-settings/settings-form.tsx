import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  ASAM_LEVELS,
  FOLLOW_UP_CADENCE_LABELS,
  DUE_DATE_SETTINGS,
  PROGRAM_SETTING_FIELDS,
  PROGRAM_TEXT_LIMITS,
  type ProgramSettingField,
} from '@waypoint/domain';
import { ConflictComparison, whoSaved } from '../../ui/conflict-comparison';
import { formatDateTime } from '../../ui/dates';
import { describeError } from '../../ui/error-message';
import { mergeRows, reapplyOnto } from '../../ui/field-merge';
import {
  changedSettingFields,
  settingInputs,
  settingLabel,
  toSettingsInput,
  validateSettings,
  type SettingsValues,
} from './settings-values';
import { timeZoneOptions } from './time-zones';
import {
  useUpdateProgramSettingsMutation,
  type TheirSettings,
} from './use-update-program-settings-mutation';

const populationOptions = [
  { value: 'ADULT', label: 'Adults' },
  { value: 'ADOLESCENT', label: 'Adolescents' },
];
const cadenceOptions = Object.entries(FOLLOW_UP_CADENCE_LABELS).map(([value, label]) => ({
  value,
  label,
}));
const asamOptions = ASAM_LEVELS.map((l) => ({ value: l.level, label: `${l.level} ${l.label}` }));

interface SettingsFormProps {
  programId: string;
  version: number;
  saved: SettingsValues;
}

/** The settings of one program, checked by the domain's rules before sending; one save. */
export function SettingsForm({ programId, version, saved }: SettingsFormProps) {
  const { save, saving } = useUpdateProgramSettingsMutation();
  const [base, setBase] = useState({ version, values: saved });
  const [conflict, setConflict] = useState<TheirSettings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const form = useForm<SettingsValues>({
    mode: 'controlled',
    initialValues: saved,
    validate: validateSettings,
    validateInputOnBlur: true,
  });

  const submit = async (values: SettingsValues, against = base) => {
    setProblem(null);
    const changed = changedSettingFields(against.values, values);
    if (changed.length === 0) {
      notifications.show({ color: 'gray', message: 'Nothing was changed, so nothing was saved.' });
      return;
    }
    const result = await save(
      toSettingsInput(programId, against.version, against.values, values, reason),
    );
    switch (result.kind) {
      case 'saved':
        setBase({ version: against.version + 1, values });
        form.resetDirty(values);
        setReason('');
        notifications.show({
          color: 'teal',
          title: 'Settings saved',
          message: changed.some((f) => DUE_DATE_SETTINGS.includes(f))
            ? 'Review due dates of clients in treatment were recalculated.'
            : 'The change is in the history below.',
        });
        return;
      case 'invalid':
        if (Object.keys(result.fields).length) form.setErrors(result.fields);
        else setProblem(describeError(null).message);
        return;
      case 'conflict':
        setConflict(result.theirs);
        return;
      case 'forbidden':
        setProblem('Your role no longer allows changing this program’s settings.');
        return;
      case 'signed-out':
        return;
      case 'failed':
        setProblem(describeError(result.error).message);
        return;
    }
  };

  const rebase = (theirs: TheirSettings) => {
    const values = reapplyOnto(PROGRAM_SETTING_FIELDS, base.values, form.values, theirs.values);
    const next = { version: theirs.version, values: theirs.values };
    setBase(next);
    form.setValues(values);
    setConflict(null);
    return { values, next };
  };

  if (conflict) {
    return (
      <ConflictComparison
        title="Someone saved these settings first"
        description={`${whoSaved(conflict.savedBy)} saved a newer version${
          conflict.savedAt ? ` on ${formatDateTime(conflict.savedAt)}` : ''
        }. Nothing of yours was saved yet.`}
        rows={mergeRows(PROGRAM_SETTING_FIELDS, base.values, form.values, conflict.values).map(
          (r) => ({ ...r, key: r.field, label: settingLabel(r.field) }),
        )}
        busy={saving}
        onReapply={() => {
          const { values, next } = rebase(conflict);
          void submit(values, next);
        }}
        onEditTheirs={() => void rebase(conflict)}
        onDiscard={() => {
          setBase({ version: conflict.version, values: conflict.values });
          form.setValues(conflict.values);
          setConflict(null);
        }}
      />
    );
  }

  const input = (field: ProgramSettingField) => {
    const spec = settingInputs[field];
    const props = form.getInputProps(field);
    const common = {
      label: settingLabel(field),
      disabled: saving,
      error: props.error as string | undefined,
      onBlur: props.onBlur as () => void,
      'data-testid': `setting-${field}`,
    };
    const value = form.values[field];
    const set = (v: string) => form.setFieldValue(field, v);
    switch (spec.kind) {
      case 'switch':
        return (
          <Switch
            {...common}
            description={spec.description}
            checked={value === 'true'}
            onChange={(e) => set(String(e.currentTarget.checked))}
          />
        );
      case 'timeZone':
      case 'population':
      case 'asamLevel':
      case 'cadence':
        return (
          <Select
            {...common}
            searchable={spec.kind === 'timeZone'}
            allowDeselect={false}
            data={
              spec.kind === 'timeZone'
                ? timeZoneOptions(value)
                : spec.kind === 'population'
                  ? populationOptions
                  : spec.kind === 'cadence'
                    ? cadenceOptions
                    : asamOptions
            }
            value={value}
            onChange={(v) => set(v ?? '')}
          />
        );
      case 'age':
        return (
          <NumberInput
            {...common}
            description="Leave empty for no limit"
            min={0}
            max={120}
            // Out-of-range values are shown with the rule, never silently moved into range.
            clampBehavior="none"
            allowDecimal={false}
            value={value}
            onChange={(v) => set(String(v))}
          />
        );
      case 'number':
        return (
          <NumberInput
            {...common}
            description={`${spec.min} to ${spec.max} ${spec.unit}`}
            min={spec.min}
            max={spec.max}
            step={spec.step ?? 1}
            // Out-of-range values are shown with the rule, never silently moved into range.
            clampBehavior="none"
            allowDecimal={spec.step !== undefined && !Number.isInteger(spec.step)}
            value={value}
            onChange={(v) => set(String(v))}
          />
        );
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-heading">
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="settings-heading">
            Settings
          </Title>
          {problem && (
            <Alert color="red" role="alert" title="Not saved">
              {problem}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
            {PROGRAM_SETTING_FIELDS.map((field) => (
              <div key={field}>{input(field)}</div>
            ))}
          </SimpleGrid>
          <Textarea
            label="Reason for the change (optional)"
            description="Kept with this version in the history."
            maxLength={PROGRAM_TEXT_LIMITS.reason}
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            disabled={saving}
            data-testid="settings-reason"
          />
          <Text size="xs" c="dimmed">
            Changing the time zone, review interval or initial plan window recalculates the review
            due dates of every client in treatment in this program.
          </Text>
          <Group>
            <Button type="submit" loading={saving} data-testid="settings-save">
              Save settings
            </Button>
            <Button
              variant="default"
              disabled={saving || !form.isDirty()}
              onClick={() => form.setValues(base.values)}
            >
              Undo my changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
