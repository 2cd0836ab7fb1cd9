import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { EmergencyContact_ContactFragment } from '../../gql/graphql';
import { PencilIcon, PlusIcon, TrashIcon } from '../../ui/icons';
import {
  contactFormValues,
  contactKindLabels,
  contactProblems,
  emptyContact,
  type ContactFormValues,
} from './emergency-contacts';
import {
  EmergencyContactFragment,
  useEmergencyContactMutations,
  type ContactSaveResult,
} from './use-emergency-contact-mutations';

export const EmergencyContactsCardFragment = graphql(`
  fragment EmergencyContactsCard_client on Client {
    id
    emergencyContacts {
      ...EmergencyContact_contact
    }
  }
`);

type Contact = EmergencyContact_ContactFragment;
type Editing = { contact: Contact | null };

interface ContactFormProps {
  initial: ContactFormValues;
  saving: boolean;
  onSave: (values: ContactFormValues) => Promise<ContactSaveResult>;
  onClose: () => void;
}

function ContactForm({ initial, saving, onSave, onClose }: ContactFormProps) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const set = (patch: Partial<ContactFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = contactProblems(values);
    setProblems(found);
    if (Object.keys(found).length) return;
    const result = await onSave(values);
    if (result.kind === 'saved') onClose();
    else if (result.kind === 'invalid') setProblems(result.fields);
    else if (result.kind === 'conflict') {
      setNotice('Someone changed this contact since you opened it. The list shows their version.');
    } else setNotice(result.message);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="emergency-contact-form">
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
        <TextInput
          label="Relationship"
          required
          value={values.relationship}
          error={problems.relationship}
          onChange={(e) => set({ relationship: e.currentTarget.value })}
        />
        <TextInput
          label="Phone"
          type="tel"
          required
          value={values.phone}
          error={problems.phone}
          onChange={(e) => set({ phone: e.currentTarget.value })}
        />
        <Stack gap={4} role="group" aria-label="Kind of contact">
          <Text size="sm" fw={500}>
            Kind of contact
          </Text>
          <SegmentedControl
            value={values.kind}
            onChange={(kind) => set({ kind: kind as ContactFormValues['kind'] })}
            data={Object.entries(contactKindLabels).map(([value, label]) => ({ value, label }))}
          />
        </Stack>
        <Checkbox
          label="The client agreed that staff may contact this person"
          checked={values.mayContact}
          onChange={(e) => set({ mayContact: e.currentTarget.checked })}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Save contact
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface ContactRowProps {
  contact: Contact;
  canEdit: boolean;
  onEdit: () => void;
  onRemove: () => Promise<ContactSaveResult>;
}

function ContactRow({ contact, canEdit, onEdit, onRemove }: ContactRowProps) {
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = async () => {
    const result = await onRemove();
    setConfirming(false);
    if (result.kind === 'conflict') setNotice('Changed by someone else: check it, then try again.');
    else if (result.kind === 'failed') setNotice(result.message);
    else if (result.kind === 'invalid') setNotice('The contact could not be removed. Try again.');
  };
  return (
    <Paper withBorder radius="sm" p="sm" component="li" data-testid="emergency-contact">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600}>{contact.name}</Text>
            <Badge variant="light" color={contact.kind === 'CRISIS' ? 'grape' : 'red'}>
              {contactKindLabels[contact.kind]}
            </Badge>
          </Group>
          <Text size="sm">{contact.relationship}</Text>
          <Anchor href={`tel:${contact.phone}`} size="sm">
            {contact.phone}
          </Anchor>
          <Text size="xs" c={contact.mayContact ? 'dimmed' : 'red.8'}>
            {contact.mayContact ? 'Client agreed to contact' : 'No consent to contact'}
          </Text>
        </Stack>
        {canEdit && (
          <Group gap="xs">
            <Button
              variant="subtle"
              size="xs"
              leftSection={<PencilIcon size={14} />}
              aria-label={`Edit ${contact.name}`}
              onClick={onEdit}
            >
              Edit
            </Button>
            {confirming ? (
              <Button
                color="red"
                size="xs"
                onClick={() => void remove()}
                aria-label={`Confirm removing ${contact.name}`}
              >
                Confirm remove
              </Button>
            ) : (
              <Button
                variant="subtle"
                color="red"
                size="xs"
                leftSection={<TrashIcon size={14} />}
                aria-label={`Remove ${contact.name}`}
                onClick={() => setConfirming(true)}
              >
                Remove
              </Button>
            )}
          </Group>
        )}
      </Group>
      {notice && (
        <Text size="sm" c="red.8" role="alert" mt="xs">
          {notice}
        </Text>
      )}
    </Paper>
  );
}

interface EmergencyContactsCardProps {
  client: FragmentType<typeof EmergencyContactsCardFragment>;
  /** Whether to offer changes; the API has the last word. */
  canEdit: boolean;
}

/** Whom to call in an emergency or a crisis (orientation asks for both). */
export function EmergencyContactsCard(props: EmergencyContactsCardProps) {
  const client = getFragmentData(EmergencyContactsCardFragment, props.client);
  const contacts = getFragmentData(EmergencyContactFragment, client.emergencyContacts);
  const mutations = useEmergencyContactMutations(client.id);
  const [editing, setEditing] = useState<Editing | null>(null);

  const form = editing && (
    <ContactForm
      key={editing.contact?.id ?? 'new'}
      initial={editing.contact ? contactFormValues(editing.contact) : emptyContact}
      saving={mutations.saving}
      onSave={(values) =>
        editing.contact ? mutations.update(editing.contact, values) : mutations.add(values)
      }
      onClose={() => setEditing(null)}
    />
  );

  return (
    // The id is where intake and orientation link to (`#emergency-contacts`).
    <Paper withBorder radius="md" p="lg" data-testid="emergency-contacts" id="emergency-contacts">
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Title order={2} fz={18}>
          Emergency and crisis contacts
        </Title>
        {props.canEdit && !editing && (
          <Button
            variant="light"
            size="xs"
            leftSection={<PlusIcon size={14} />}
            onClick={() => setEditing({ contact: null })}
          >
            Add contact
          </Button>
        )}
      </Group>
      {editing && !editing.contact && form}
      {contacts.length === 0 && !editing ? (
        <Text size="sm" c="dimmed">
          None recorded.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {contacts.map((contact) =>
            editing?.contact?.id === contact.id ? (
              <li key={contact.id}>{form}</li>
            ) : (
              <ContactRow
                key={contact.id}
                contact={contact}
                canEdit={props.canEdit && !editing}
                onEdit={() => setEditing({ contact })}
                onRemove={() => mutations.remove(contact)}
              />
            ),
          )}
        </Stack>
      )}
    </Paper>
  );
}
