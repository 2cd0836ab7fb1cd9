import { Alert, Button, CopyButton, Group, List, Paper, Stack, Text } from '@mantine/core';
import { formatRecoveryCode } from '@waypoint/domain';
import { CheckIcon, ClipboardIcon } from '../../ui/icons';

interface RecoveryCodesListProps {
  codes: readonly string[];
  /** "I have saved them": the codes are never shown again once this is pressed. */
  onDone: () => void;
  doneLabel: string;
}

/** The ten single-use codes, shown this once, with a way to copy them all. */
export function RecoveryCodesList({ codes, onDone, doneLabel }: RecoveryCodesListProps) {
  const formatted = codes.map(formatRecoveryCode);
  return (
    <Stack gap="md" data-testid="mfa-recovery-codes">
      <Alert color="yellow" variant="light" title="Save your recovery codes now" role="status">
        Each code signs you in once if you lose your phone. Keep them somewhere safe, away from your
        phone. They will not be shown again.
      </Alert>
      <Paper withBorder p="md" radius="md">
        <List
          listStyleType="none"
          spacing={4}
          ff="monospace"
          fz="md"
          style={{ columns: 2 }}
          aria-label="Recovery codes"
        >
          {formatted.map((code) => (
            <List.Item key={code} data-testid="mfa-recovery-code">
              {code}
            </List.Item>
          ))}
        </List>
      </Paper>
      <Group justify="space-between">
        <CopyButton value={formatted.join('\n')}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              onClick={copy}
              leftSection={copied ? <CheckIcon size={16} /> : <ClipboardIcon size={16} />}
            >
              {copied ? 'Copied' : 'Copy codes'}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone} data-testid="mfa-recovery-codes-done">
          {doneLabel}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        Lost both phone and codes? An administrator can reset your MFA.
      </Text>
    </Stack>
  );
}
