import { Button, DataList, Group, Paper, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime, formatLocalDate, todayIn } from '../../ui/dates';
import { LockIcon, PencilIcon } from '../../ui/icons';
import { useFormDraft } from '../../ui/use-form-draft';
import { useCurrentViewer } from '../auth/current-viewer';
import { ContactDetailsForm, type EditSession } from './contact-details-form';
import {
  contactFieldLabels,
  contactValues,
  daysSober,
  isContactDraft,
  type ContactField,
} from './contact-details';

export const ContactDetailsCardFragment = graphql(`
  fragment ContactDetailsCard_client on Client {
    id
    version
    preferredName
    pronouns
    preferredLanguage
    phone
    email
    sobrietyDate
    updatedAt
  }
`);

export const CONTACT_DRAFT_FORM = 'contact-details';

function Row({ field, children }: { field: ContactField; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{contactFieldLabels[field]}</DataList.ItemLabel>
      <DataList.ItemValue data-testid={`contact-value-${field}`}>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function OrNotRecorded({ value }: { value: string | null | undefined }) {
  return value ? (
    <>{value}</>
  ) : (
    <Text span size="sm" c="dimmed">
      Not recorded
    </Text>
  );
}

interface ContactDetailsCardProps {
  client: FragmentType<typeof ContactDetailsCardFragment>;
  /** Whether to offer editing; the API has the last word. */
  canEdit: boolean;
}

export function ContactDetailsCard(props: ContactDetailsCardProps) {
  const client = getFragmentData(ContactDetailsCardFragment, props.client);
  const { canEdit } = props;
  const viewer = useCurrentViewer();
  const draft = useFormDraft(viewer.staff.id, CONTACT_DRAFT_FORM, isContactDraft);
  const editButton = useRef<HTMLButtonElement>(null);
  const today = todayIn(null);

  // Back from an automatic logoff with unsaved changes: open the form with them.
  const [session, setSession] = useState<EditSession | null>(() =>
    canEdit && draft.restored
      ? {
          baseVersion: draft.restored.baseVersion,
          base: draft.restored.base,
          initial: draft.restored.values,
          restored: true,
        }
      : null,
  );
  const { restored, clear } = draft;
  useEffect(() => {
    // A draft for a chart this person can no longer change is of no use to anyone.
    if (!canEdit && restored) clear();
  }, [canEdit, restored, clear]);

  const startEditing = () => {
    const current = contactValues(client);
    setSession({ baseVersion: client.version, base: current, initial: current, restored: false });
  };
  const stopEditing = () => {
    setSession(null);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  const sober = daysSober(client.sobrietyDate, today);

  return (
    <Paper withBorder radius="md" p="lg" h="100%" data-testid="contact-details">
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Title order={2} fz={18}>
          Contact details
        </Title>
        {canEdit && !session && (
          <Button
            ref={editButton}
            variant="light"
            size="xs"
            leftSection={<PencilIcon size={14} />}
            onClick={startEditing}
            data-testid="contact-edit"
          >
            Edit
          </Button>
        )}
        {!canEdit && (
          <Group gap={6} c="dimmed" wrap="nowrap">
            <LockIcon size={14} />
            <Text size="xs">Read-only</Text>
          </Group>
        )}
      </Group>
      {session ? (
        <ContactDetailsForm
          clientId={client.id}
          session={session}
          draft={draft}
          onClose={stopEditing}
        />
      ) : (
        <>
          <DataList labelWidth={140} gap="sm" data-testid="contact-view">
            <Row field="preferredName">
              <OrNotRecorded value={client.preferredName} />
            </Row>
            <Row field="pronouns">
              <OrNotRecorded value={client.pronouns} />
            </Row>
            <Row field="preferredLanguage">
              <OrNotRecorded value={client.preferredLanguage} />
            </Row>
            <Row field="phone">
              <OrNotRecorded value={client.phone} />
            </Row>
            <Row field="email">
              <OrNotRecorded value={client.email} />
            </Row>
            <Row field="sobrietyDate">
              {client.sobrietyDate ? (
                <>
                  {formatLocalDate(client.sobrietyDate)}
                  {sober && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      · {sober}
                    </Text>
                  )}
                </>
              ) : (
                <OrNotRecorded value={null} />
              )}
            </Row>
          </DataList>
          <Text size="xs" c="dimmed" mt="md">
            Last updated {formatDateTime(client.updatedAt)}
          </Text>
        </>
      )}
    </Paper>
  );
}
