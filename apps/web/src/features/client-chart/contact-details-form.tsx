import {
  Alert,
  Button,
  CloseButton,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { todayIn } from '../../ui/dates';
import { describeError, type ErrorDescription } from '../../ui/error-message';
import { InfoIcon } from '../../ui/icons';
import type { FormDraft } from '../../ui/use-form-draft';
import { ConflictComparison } from './conflict-comparison';
import {
  changedFields,
  conflictRows,
  contactFieldLabels,
  reapply,
  toUpdateInput,
  validateContact,
  type ContactDraft,
  type ContactField,
  type ContactValues,
  type TheirVersion,
} from './contact-details';
import { useUpdateClientMutation } from './use-update-client-mutation';

/** What an edit starts from: the version read, its values, and what the form opens with. */
export interface EditSession {
  baseVersion: number;
  base: ContactValues;
  initial: ContactValues;
  /** Opened from a draft kept through an automatic logoff. */
  restored: boolean;
}

interface ContactDetailsFormProps {
  clientId: string;
  session: EditSession;
  draft: FormDraft<ContactDraft>;
  onClose: () => void;
}

type Problem = { kind: 'forbidden' } | { kind: 'failed'; description: ErrorDescription };

export function ContactDetailsForm({ clientId, session, draft, onClose }: ContactDetailsFormProps) {
  const today = todayIn(null);
  const { update, saving } = useUpdateClientMutation();
  const [base, setBase] = useState({ version: session.baseVersion, values: session.base });
  const [conflict, setConflict] = useState<TheirVersion | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [showRestored, setShowRestored] = useState(session.restored);

  const form = useForm<ContactValues>({
    mode: 'controlled',
    initialValues: session.initial,
    validate: (values) => validateContact(values, today),
    validateInputOnBlur: true,
  });

  // Keep what is typed in this tab, so an automatic logoff does not lose it.
  const { save: saveDraft, clear: clearDraft } = draft;
  useEffect(() => {
    if (changedFields(base.values, form.values).length > 0) {
      saveDraft({ baseVersion: base.version, base: base.values, values: form.values });
    } else {
      clearDraft();
    }
  }, [form.values, base, saveDraft, clearDraft]);

  const close = () => {
    clearDraft();
    onClose();
  };

  const submit = async (values: ContactValues, against = base) => {
    setProblem(null);
    const input = toUpdateInput(clientId, against.version, against.values, values);
    if (changedFields(against.values, values).length === 0) {
      notifications.show({ color: 'gray', message: 'Nothing was changed, so nothing was saved.' });
      return close();
    }
    const result = await update(input);
    switch (result.kind) {
      case 'saved':
        notifications.show({
          color: 'teal',
          title: 'Contact details saved',
          message: 'The chart shows the new details.',
        });
        return close();
      case 'invalid':
        if (Object.keys(result.fields).length) form.setErrors(result.fields);
        else setProblem({ kind: 'failed', description: describeError(null) });
        return;
      case 'conflict':
        setConflict(result.theirs);
        return;
      case 'forbidden':
        setProblem({ kind: 'forbidden' });
        return;
      case 'signed-out':
        // The app is going to the sign-in page; the draft brings this back afterwards.
        return;
      case 'failed':
        setProblem({ kind: 'failed', description: describeError(result.error) });
        return;
    }
  };

  const rebaseOnTheirs = (theirs: TheirVersion): ContactValues => {
    const values = reapply(base.values, form.values, theirs.values);
    const next = { version: theirs.version, values: theirs.values };
    setBase(next);
    form.setValues(values);
    setConflict(null);
    return values;
  };

  if (conflict) {
    return (
      <ConflictComparison
        rows={conflictRows(base.values, form.values, conflict.values)}
        theirSavedAt={conflict.updatedAt}
        theirSavedBy={conflict.savedBy}
        busy={saving}
        onReapply={() => {
          const values = rebaseOnTheirs(conflict);
          void submit(values, { version: conflict.version, values: conflict.values });
        }}
        onEditTheirs={() => void rebaseOnTheirs(conflict)}
        onDiscard={close}
      />
    );
  }

  const field = (name: ContactField) => ({
    label: contactFieldLabels[name],
    autoComplete: 'off',
    disabled: saving,
    'data-testid': `contact-${name}`,
    ...form.getInputProps(name),
  });

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values))}
      noValidate
      data-testid="contact-form"
    >
      <Stack gap="md">
        {showRestored && (
          <Alert
            color="blue"
            variant="light"
            icon={<InfoIcon size={18} />}
            title="Your unsaved changes were kept"
            data-testid="draft-restored"
            withCloseButton={false}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm">
                You were signed out before saving. Review what you had typed and save it, or cancel
                to discard it.
              </Text>
              <CloseButton size="sm" aria-label="Dismiss" onClick={() => setShowRestored(false)} />
            </Group>
          </Alert>
        )}
        {problem?.kind === 'forbidden' && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title="Not saved: you cannot change this chart"
            data-testid="contact-forbidden"
          >
            Your access to this client does not include changing their details (for example under
            emergency access, or after the client was assigned to someone else). Ask the client’s
            clinician or your program director to make the change.
          </Alert>
        )}
        {problem?.kind === 'failed' && (
          <Alert color="red" variant="light" role="alert" title={problem.description.title}>
            {problem.description.message} Your changes are still here.
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput
            {...field('preferredName')}
            description="What the client likes to be called"
            autoFocus
          />
          <TextInput {...field('pronouns')} description="For example she/her, they/them" />
          <TextInput
            {...field('preferredLanguage')}
            description="By name, e.g. Spanish (for printed lists)"
          />
          <TextInput {...field('phone')} type="tel" />
          <TextInput {...field('email')} type="email" />
          <TextInput {...field('sobrietyDate')} type="date" max={today} />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit" loading={saving} data-testid="contact-save">
            Save changes
          </Button>
          <Button variant="default" onClick={close} disabled={saving}>
            Cancel
          </Button>
          {saving && (
            <Text size="sm" c="dimmed" role="status">
              Saving…
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
