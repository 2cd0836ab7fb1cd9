import {
  Alert,
  Autocomplete,
  Button,
  Divider,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { todayIn } from '../../ui/dates';
import { describeError } from '../../ui/error-message';
import { InfoIcon } from '../../ui/icons';
import type { FormDraft } from '../../ui/use-form-draft';
import { chartPath } from '../caseload/caseload-row';
import {
  hasInquiryInput,
  matchQuery,
  referralSources,
  toOpenInquiryInput,
  toReadmissionInput,
  validateInquiry,
  type InquiryField,
  type InquiryValues,
} from './inquiry-form';
import { PossibleDuplicates } from './possible-duplicates';
import { useOpenInquiryMutation, type OpenInquiryResult } from './use-open-inquiry-mutation';

interface NewInquiryFormProps {
  programs: { value: string; label: string }[];
  /** Programs where the viewer may take a client outside the program's ages (directors). */
  overridePrograms: ReadonlySet<string>;
  initial: InquiryValues;
  /** Opened with what was typed before an automatic logoff. */
  restored: boolean;
  draft: FormDraft<InquiryValues>;
}

function SectionTitle({ children }: { children: string }) {
  return (
    <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
      {children}
    </Text>
  );
}

export function NewInquiryForm({
  programs,
  overridePrograms,
  initial,
  restored,
  draft,
}: NewInquiryFormProps) {
  const today = todayIn(null);
  const navigate = useNavigate();
  const { open, opening } = useOpenInquiryMutation();
  const [problem, setProblem] = useState<{ title: string; message: string } | null>(null);
  const [confirmedNew, setConfirmedNew] = useState(false);
  // Set when the API refused the age: a director may then give a reason.
  const [ageRefusal, setAgeRefusal] = useState<string | null>(null);
  const [ageOverrideReason, setAgeOverrideReason] = useState('');
  const form = useForm<InquiryValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => validateInquiry(values, today),
  });

  // Keep what is typed in this tab, so an automatic logoff does not lose it.
  const { save: saveDraft, clear: clearDraft } = draft;
  useEffect(() => {
    if (hasInquiryInput(form.values)) saveDraft(form.values);
    else clearDraft();
  }, [form.values, saveDraft, clearDraft]);

  const mayOverride = overridePrograms.has(form.values.programId);
  const choices = { confirmedNewClient: confirmedNew, ageOverrideReason };

  const submit = async (values: InquiryValues) => {
    setProblem(null);
    handle(await open(toOpenInquiryInput(values, choices)));
  };

  const readmit = async (clientId: string) => {
    setProblem(null);
    handle(await open(toReadmissionInput(form.getValues(), clientId, choices)));
  };

  const handle = (result: OpenInquiryResult): void => {
    switch (result.kind) {
      case 'opened':
        clearDraft();
        notifications.show({
          color: 'teal',
          title: 'Inquiry opened',
          message: `${result.clientName}’s chart is ready for screening.`,
        });
        return void navigate(chartPath(result.clientId));
      case 'invalid':
        if (Object.keys(result.fields).length) return form.setErrors(result.fields);
        return setProblem({
          title: 'Check the details',
          message: 'Some details were not accepted.',
        });
      case 'duplicate':
        return setProblem({
          title: 'This person may already have a chart',
          message: result.message,
        });
      case 'age':
        setAgeRefusal(result.message);
        return form.setFieldError('dateOfBirth', result.message);
      case 'forbidden':
        return form.setFieldError(
          'programId',
          'Your role in this program does not allow opening inquiries',
        );
      case 'signed-out':
        return;
      case 'failed': {
        const d = describeError(result.error);
        return setProblem({
          title: d.title,
          message: `${d.message} What you typed is still here.`,
        });
      }
    }
  };

  const field = (name: InquiryField) => ({
    disabled: opening,
    autoComplete: 'off',
    'data-testid': `inquiry-${name}`,
    ...form.getInputProps(name),
    // Mistakes in what was typed show on leaving the field; "required" waits for the submit, so
    // tabbing through an empty form (or clicking the button) does not shift it under the pointer.
    onBlur: () => {
      if (form.getValues()[name].trim()) form.validateField(name);
    },
  });

  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate data-testid="inquiry-form">
      <Stack gap="lg">
        {restored && (
          <Alert
            color="blue"
            variant="light"
            icon={<InfoIcon size={18} />}
            title="Your unsaved inquiry was kept"
          >
            You were signed out before saving. Check the details and open the inquiry, or cancel to
            discard them.
          </Alert>
        )}
        {problem && (
          <Alert color="red" variant="light" role="alert" title={problem.title}>
            {problem.message}
          </Alert>
        )}
        <Select
          label="Program"
          description="The program the person is asking about"
          placeholder="Choose a program"
          data={programs}
          withAsterisk
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          maw={420}
          {...field('programId')}
        />
        <Divider />
        <SectionTitle>Who is asking</SectionTitle>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput label="Legal first name" withAsterisk autoFocus {...field('firstName')} />
          <TextInput label="Legal last name" withAsterisk {...field('lastName')} />
          <TextInput
            label="Preferred name"
            description="What they like to be called, if not their legal first name"
            {...field('preferredName')}
          />
          <TextInput
            label="Pronouns"
            description="For example she/her, they/them"
            {...field('pronouns')}
          />
          <TextInput
            label="Date of birth"
            type="date"
            max={today}
            withAsterisk
            {...field('dateOfBirth')}
          />
        </SimpleGrid>
        <PossibleDuplicates
          query={matchQuery(form.values, today)}
          confirmedNew={confirmedNew}
          onConfirmNew={setConfirmedNew}
          onReadmit={(id) => void readmit(id)}
          busy={opening}
        />
        {ageRefusal && mayOverride && (
          <Textarea
            label="Reason to open outside the program’s ages"
            description="As the program’s director you may take this client; the reason is recorded with the episode and in the audit trail."
            withAsterisk
            autosize
            minRows={2}
            maxLength={2000}
            value={ageOverrideReason}
            onChange={(e) => setAgeOverrideReason(e.currentTarget.value)}
            data-testid="inquiry-age-override"
          />
        )}
        <Divider />
        <SectionTitle>How to reach them</SectionTitle>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput label="Phone" type="tel" {...field('phone')} />
          <TextInput label="Email" type="email" {...field('email')} />
        </SimpleGrid>
        <Divider />
        <SectionTitle>Referral</SectionTitle>
        <Autocomplete
          label="Referral source"
          description="Who sent them: choose one or type your own"
          data={referralSources}
          maw={420}
          comboboxProps={{ withinPortal: true }}
          {...field('referralSource')}
        />
        <Group gap="sm">
          <Button type="submit" loading={opening} data-testid="inquiry-submit">
            Open inquiry
          </Button>
          <Button
            variant="default"
            disabled={opening}
            onClick={() => {
              clearDraft();
              void navigate('/intake');
            }}
          >
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
