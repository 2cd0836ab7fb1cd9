import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { authenticatorCodeSchema } from '@waypoint/domain';
import { graphql } from '../../gql';
import type { ConfirmMfaEnrolmentMutation } from '../../gql/graphql';
import { describeError } from '../../ui/error-message';
import { apiErrorCode } from '../../ui/graphql-errors';
import { CodeFailureAlert } from './code-failure-alert';
import { schemaMessage, useCodeAttempt } from './use-code-attempt';

const StartMfaEnrolmentMutation = graphql(`
  mutation StartMfaEnrolment {
    startMfaEnrolment {
      secret
      qrCodeDataUrl
    }
  }
`);

const ConfirmMfaEnrolmentMutation = graphql(`
  mutation ConfirmMfaEnrolment($input: MfaCodeInput!) {
    confirmMfaEnrolment(input: $input) {
      recoveryCodes
      viewer {
        ...CurrentViewer_viewer
        mfa {
          enabled
          required
          recoveryCodesLeft
        }
      }
    }
  }
`);

export type MfaEnrolmentConfirmed = ConfirmMfaEnrolmentMutation['confirmMfaEnrolment'];

interface MfaEnrolmentProps {
  onConfirmed: (result: MfaEnrolmentConfirmed) => void;
  /** Where setting up is part of signing in, the half-done sign-in may time out. */
  onStartAgain?: () => void;
  onCancel?: () => void;
}

/**
 * Setting up an authenticator app: a QR code to scan (or the key to type), then a code from the
 * app to prove it works.
 */
export function MfaEnrolment({ onConfirmed, onStartAgain, onCancel }: MfaEnrolmentProps) {
  const [start, started] = useMutation(StartMfaEnrolmentMutation);
  const [confirm, confirming] = useMutation(ConfirmMfaEnrolmentMutation);
  const attempt = useCodeAttempt();
  const form = useForm({
    mode: 'controlled',
    initialValues: { code: '' },
    validate: { code: (v) => schemaMessage(authenticatorCodeSchema, v) },
  });
  const enrolment = started.data?.startMfaEnrolment;

  const submit = async ({ code }: { code: string }) => {
    if (attempt.blocked) return;
    attempt.setFailure(null);
    try {
      const { data } = await confirm({ variables: { input: { code: code.trim() } } });
      if (data) onConfirmed(data.confirmMfaEnrolment);
    } catch (error) {
      const f = attempt.refused(error);
      if (f.kind === 'expired') return onStartAgain?.();
      form.setFieldValue('code', '');
      if (f.kind === 'wrong') form.setFieldError('code', f.message);
    }
  };

  if (!enrolment) {
    return (
      <Stack gap="md">
        <Text size="sm">
          You will need an authenticator app on your phone, such as Google Authenticator, Microsoft
          Authenticator or 1Password.
        </Text>
        {started.error && (
          <Alert color="red" variant="light" role="alert">
            {apiErrorCode(started.error) === 'UNAUTHENTICATED' && onStartAgain
              ? 'Your sign-in timed out; enter your password again.'
              : describeError(started.error).message}
          </Alert>
        )}
        <Group>
          <Button
            onClick={() => void start().catch(() => undefined)}
            loading={started.loading}
            data-testid="mfa-start"
          >
            Set up authenticator app
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="md" data-testid="mfa-enrolment">
        <Text size="sm">1. In your authenticator app, add an account and scan this QR code.</Text>
        <Image
          src={enrolment.qrCodeDataUrl}
          alt="QR code to add Waypoint to your authenticator app"
          w={200}
          h={200}
          fit="contain"
        />
        <Text size="sm">
          Cannot scan? Type this key instead:{' '}
          <Code fz="sm" data-testid="mfa-secret" style={{ wordBreak: 'break-all' }}>
            {enrolment.secret}
          </Code>
        </Text>
        <CodeFailureAlert failure={attempt.failure} waitSeconds={attempt.waitSeconds} />
        <TextInput
          label="2. Type the 6-digit code the app shows"
          autoComplete="one-time-code"
          inputMode="numeric"
          autoFocus
          data-testid="mfa-confirm-code"
          {...form.getInputProps('code')}
        />
        <Group>
          <Button
            type="submit"
            loading={confirming.loading}
            disabled={attempt.blocked}
            data-testid="mfa-confirm"
          >
            Turn on MFA
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
