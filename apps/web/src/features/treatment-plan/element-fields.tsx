import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { KeyboardEvent } from 'react';
import { fieldLabels, type ElementKind, type ElementValues } from './element-specs';
import { domainOptions, horizonOptions, modalityOptions } from './plan-labels';
import type { StaffOption } from './use-plan-staff';

interface ElementFieldsProps<K extends ElementKind> {
  kind: K;
  form: UseFormReturnType<ElementValues<K>>;
  disabled: boolean;
  admittedOn: string | null;
  focusField?: string;
  staff?: readonly StaffOption[];
  staffLoading?: boolean;
}

// Enter saves from a multi-line field too; Shift+Enter starts a new line.
function submitOnEnter(e: KeyboardEvent<HTMLTextAreaElement>) {
  if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
    e.preventDefault();
    e.currentTarget.form?.requestSubmit();
  }
}

/** The inputs of one kind of plan element, labelled as clinicians write plans. */
export function ElementFields<K extends ElementKind>({
  kind,
  form,
  disabled,
  admittedOn,
  focusField,
  staff = [],
  staffLoading,
}: ElementFieldsProps<K>) {
  const labels = fieldLabels[kind] as Record<string, string>;
  const fields = Object.keys(labels);
  const first = focusField ?? fields[0];
  const props = (name: string) => ({
    label: labels[name],
    disabled,
    autoFocus: name === first,
    'data-testid': `field-${name}`,
    ...form.getInputProps(name as never),
  });
  const text = (name: string, extra: object = {}) => (
    <Textarea
      autosize
      minRows={1}
      maxRows={8}
      onKeyDown={submitOnEnter}
      {...props(name)}
      {...extra}
    />
  );
  const select = (name: string, data: { value: string; label: string }[], placeholder: string) => (
    <NativeSelect data={[{ value: '', label: placeholder }, ...data]} {...props(name)} />
  );
  const date = (name: string) => (
    <TextInput type="date" min={admittedOn ?? undefined} {...props(name)} />
  );

  switch (kind) {
    case 'PROBLEM':
      return (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {select('domain', domainOptions, 'Choose…')}
          </SimpleGrid>
          {text('clientWords', {
            description: 'Quote the client where you can; it is their plan.',
            minRows: 2,
            withAsterisk: true,
          })}
          {text('strengths', { description: 'What they bring to this: people, skills, reasons' })}
        </Stack>
      );
    case 'GOAL':
      return (
        <Stack gap="sm">
          {text('description', { withAsterisk: true })}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {select('horizon', horizonOptions, 'Choose…')}
            {date('targetDate')}
          </SimpleGrid>
        </Stack>
      );
    case 'OBJECTIVE':
      return (
        <Stack gap="sm">
          {text('description', { withAsterisk: true })}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              {...props('measure')}
              description="How you will know, with the target — needed to sign"
              placeholder="e.g. drinking days per week ≤ 1"
            />
            <TextInput
              type="date"
              min={admittedOn ?? undefined}
              {...props('targetDate')}
              description="Needed to sign"
            />
          </SimpleGrid>
        </Stack>
      );
    case 'INTERVENTION':
      return (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {select('modality', modalityOptions, 'Choose…')}
            <TextInput
              {...props('frequency')}
              withAsterisk
              placeholder="e.g. 3 group sessions a week"
            />
            <NativeSelect
              {...props('responsibleStaffId')}
              data={[
                { value: '', label: staffLoading ? 'Loading staff…' : 'Not assigned' },
                ...staff.map((s) => ({ value: s.id, label: s.displayName })),
              ]}
            />
          </SimpleGrid>
          {text('description', { placeholder: 'Optional: what it involves for this client' })}
        </Stack>
      );
    default:
      return null;
  }
}
