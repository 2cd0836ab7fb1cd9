import { Button, Group, Paper, Text } from '@mantine/core';
import { LockIcon } from '../../ui/icons';

interface PlanNoticeProps {
  status: string;
  /** From TreatmentPlan.capabilities: what the API allows with this version, and why not. */
  can: {
    edit: { allowed: boolean; reason?: string | null };
    setStatus: { allowed: boolean };
    revise: { allowed: boolean };
    returnToDraft: { allowed: boolean };
  };
  revision: { id: string; versionNumber: number } | null;
  inEffect: { id: string; versionNumber: number } | null;
  onRevise: () => void;
  onOpenVersion: (id: string) => void;
}

/** Why the content of the version shown can or cannot change, and what to do instead. */
export function PlanNotice({
  status,
  can,
  revision,
  inEffect,
  onRevise,
  onOpenVersion,
}: PlanNoticeProps) {
  if (can.edit.allowed) return null;
  let title: string;
  let body: string;
  let action: React.ReactNode = null;
  switch (status) {
    case 'ACTIVE':
      title = 'Signed content is never edited';
      body = can.setStatus.allowed
        ? 'Update statuses and record progress here. To change problems, goals, objectives or interventions, revise the plan: a new draft version with the same content, while this one stays in effect until the new one is signed.'
        : 'This is the signed plan in effect.';
      if (revision || can.revise.allowed) {
        action = revision ? (
          <Button size="xs" variant="light" onClick={() => onOpenVersion(revision.id)}>
            Open version {revision.versionNumber} (being revised)
          </Button>
        ) : (
          <Button
            size="xs"
            variant="default"
            onClick={onRevise}
            data-testid="revise-plan"
            style={{ flexShrink: 0 }}
          >
            Revise plan…
          </Button>
        );
      }
      break;
    case 'PENDING_SIGNATURE':
      title = 'Waiting for signatures: the content is frozen';
      body = can.returnToDraft.allowed
        ? 'To change anything, return it to draft; signatures given so far will no longer count.'
        : 'Signatures are being collected.';
      break;
    case 'DRAFT':
      title = 'Read-only';
      body = can.edit.reason ?? 'You can read this draft but cannot change it.';
      break;
    default:
      title = 'This version is no longer in effect';
      body = 'It is kept exactly as it was signed, for the record.';
      if (inEffect) {
        action = (
          <Button size="xs" variant="light" onClick={() => onOpenVersion(inEffect.id)}>
            Go to version {inEffect.versionNumber} (in effect)
          </Button>
        );
      }
  }
  return (
    <Paper radius="md" px="md" py="sm" bg="gray.1" data-testid="plan-notice">
      {/* The action moves under the text when both do not fit side by side (a phone). */}
      <Group justify="space-between" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start" style={{ flex: '1 1 320px' }}>
          <Text c="dimmed" mt={2} display="flex">
            <LockIcon size={16} />
          </Text>
          <Text size="sm">
            <Text span fw={600} size="sm">
              {title}.
            </Text>{' '}
            {body}
          </Text>
        </Group>
        {action}
      </Group>
    </Paper>
  );
}
