import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { secondFactorCodeSchema } from '@waypoint/domain';
import { formatCountdown } from '../../ui/dates';
import { graphql } from '../../gql';
import { useSessionStarted } from '../auth/use-sign-in';
import { CodeFailureAlert } from './code-failure-alert';
import { schemaMessage, useCodeAttempt } from './use-code-attempt';

const CompleteSignInMutation = graphql(`
  mutation CompleteSignIn($input: MfaCodeInput!) {
    completeSignIn(input: $input) {
      ...CurrentViewer_viewer
    }
  }
`);

interface SecondFactorFormProps {
  onSignedIn: () => void;
  /** The half-done sign-in is gone (timed out): back to the password. */
  onStartAgain: () => void;
}

/** The sign-in's second step: a code from the authenticator app, or a recovery code. */
export function SecondFactorForm({ onSignedIn, onStartAgain }: SecondFactorFormProps) {
  const [mutate, { loading }] = useMutation(CompleteSignInMutation);
  const sessionStarted = useSessionStarted();
  const attempt = useCodeAttempt();
  const form = useForm({
    mode: 'controlled',
    initialValues: { code: '' },
    validate: { code: (v) => schemaMessage(secondFactorCodeSchema, v) },
  });

  const submit = async ({ code }: { code: string }) => {
    if (attempt.blocked) return;
    attempt.setFailure(null);
    try {
      const { data } = await mutate({ variables: { input: { code: code.trim() } } });
      if (!data) return;
      await sessionStarted(data.completeSignIn);
      onSignedIn();
    } catch (error) {
      const f = attempt.refused(error);
      if (f.kind === 'expired') return onStartAgain();
      form.setFieldValue('code', '');
      if (f.kind === 'wrong') form.setFieldError('code', f.message);
    }
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values))}
      noValidate
      data-testid="sign-in-code-form"
    >
      <Stack gap="md">
        <Text size="sm">
          Open your authenticator app and type the 6-digit code it shows for Waypoint. Without your
          phone, type one of your recovery codes instead.
        </Text>
        <CodeFailureAlert failure={attempt.failure} waitSeconds={attempt.waitSeconds} />
        <TextInput
          label="Code"
          description="6 digits, or a recovery code like abcde-fghij"
          autoComplete="one-time-code"
          autoFocus
          autoCapitalize="off"
          spellCheck={false}
          data-testid="sign-in-code"
          {...form.getInputProps('code')}
        />
        <Button
          type="submit"
          size="md"
          fullWidth
          loading={loading}
          disabled={attempt.blocked}
          data-testid="sign-in-code-submit"
        >
          {attempt.blocked
            ? `Try again in ${formatCountdown(attempt.waitSeconds * 1000)}`
            : 'Verify and sign in'}
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={onStartAgain}>
          Use a different account
        </Anchor>
      </Stack>
    </form>
  );
}
