import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { describeError } from '../../ui/error-message';
import { LockIcon } from '../../ui/icons';
import {
  MAX_REASON_LENGTH,
  MIN_REASON_LENGTH,
  reasonProblem,
  useBreakGlassMutation,
} from './use-break-glass-mutation';

interface BreakGlassPanelProps {
  clientId: string;
  onGranted: (grant: { expiresAt: string }) => void;
  onRefused: () => void;
}

/** A chart outside the caseload, openable in an emergency with a stated, audited reason. */
export function BreakGlassPanel({ clientId, onGranted, onRefused }: BreakGlassPanelProps) {
  const { breakGlass, requesting } = useBreakGlassMutation();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: { reason: reasonProblem },
  });
  const length = form.values.reason.trim().length;

  const submit = async ({ reason }: { reason: string }) => {
    setFailure(null);
    const result = await breakGlass(clientId, reason);
    switch (result.kind) {
      case 'granted':
        return onGranted({ expiresAt: result.expiresAt });
      case 'invalid':
        return form.setFieldError('reason', result.message);
      case 'forbidden':
        return onRefused();
      case 'signed-out':
        return;
      case 'failed': {
        const d = describeError(result.error);
        return setFailure(`${d.title}. ${d.message}`);
      }
    }
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="xl"
      maw={680}
      mx="auto"
      mt="lg"
      data-testid="break-glass-panel"
    >
      <Stack gap="lg">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="xl" color="orange" variant="light" aria-hidden>
            <LockIcon size={22} />
          </ThemeIcon>
          <div>
            <Title order={1} fz={22}>
              This chart is outside your caseload
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              You can open it for emergency care, for example when covering for a colleague during a
              crisis. Use this only when you need the chart now.
            </Text>
          </div>
        </Group>
        <List size="sm" spacing={6} withPadding>
          <List.Item>
            <b>Audited.</b> Your name, the time and your reason are recorded and shown to the
            program director, as is everything you open.
          </List.Item>
          <List.Item>
            <b>Time-limited and read-only.</b> Access lasts 60 minutes; you can read the chart but
            not change it.
          </List.Item>
        </List>
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {failure}
          </Alert>
        )}
        <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
          <Stack gap="md">
            <Textarea
              label="Reason for emergency access"
              description={`Why you need this chart now (at least ${MIN_REASON_LENGTH} characters). It is kept in the audit trail.`}
              placeholder="e.g. Covering crisis call for the client’s clinician, who is out today"
              autosize
              minRows={3}
              maxRows={8}
              maxLength={MAX_REASON_LENGTH}
              autoFocus
              data-testid="break-glass-reason"
              {...form.getInputProps('reason')}
            />
            <Group justify="space-between" gap="sm">
              <Text
                size="xs"
                c={length >= MIN_REASON_LENGTH ? 'dimmed' : 'orange.8'}
                aria-live="polite"
              >
                {length < MIN_REASON_LENGTH
                  ? `${MIN_REASON_LENGTH - length} more ${MIN_REASON_LENGTH - length === 1 ? 'character' : 'characters'} needed`
                  : `${length} / ${MAX_REASON_LENGTH}`}
              </Text>
              <Group gap="sm">
                <Button variant="default" component={Link} to="/caseload">
                  Back to caseload
                </Button>
                <Button
                  type="submit"
                  color="orange"
                  loading={requesting}
                  data-testid="break-glass-submit"
                >
                  Open chart for 60 minutes
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
