import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { secondFactorCodeSchema } from '@waypoint/domain';
import { useState } from 'react';
import { graphql } from '../../gql';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { CodeFailureAlert } from './code-failure-alert';
import { MfaEnrolment } from './mfa-enrolment';
import { RecoveryCodesList } from './recovery-codes-list';
import { schemaMessage, useCodeAttempt } from './use-code-attempt';

const MyMfaQuery = graphql(`
  query MyMfa {
    me {
      staff {
        id
      }
      mfa {
        enabled
        required
        recoveryCodesLeft
      }
    }
  }
`);

const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateMfaRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
    regenerateMfaRecoveryCodes(input: $input) {
      recoveryCodes
    }
  }
`);

const DisableMfaMutation = graphql(`
  mutation DisableMfa($input: MfaCodeInput!) {
    disableMfa(input: $input) {
      enabled
      required
      recoveryCodesLeft
    }
  }
`);

type Task = 'idle' | 'enrol' | 'regenerate' | 'disable';

/** The "Two-step sign-in" part of My account: set up, new recovery codes, turn off. */
export function MfaSection() {
  const me = useQuery(MyMfaQuery, { fetchPolicy: 'cache-and-network' });
  const [task, setTask] = useState<Task>('idle');
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const mfa = me.data?.me?.mfa;
  const done = () => {
    setCodes(null);
    setTask('idle');
    void me.refetch();
  };

  return (
    <Stack gap="md">
      {mfa && (
        <Group gap="xs">
          <Text size="sm">Status:</Text>
          <Badge color={mfa.enabled ? 'teal' : 'gray'} data-testid="mfa-status">
            {mfa.enabled ? 'On' : 'Off'}
          </Badge>
        </Group>
      )}
      {me.error && <QueryErrorAlert error={me.error} />}
      {codes ? (
        <RecoveryCodesList codes={codes} doneLabel="I have saved them" onDone={done} />
      ) : task === 'enrol' ? (
        <MfaEnrolment
          onConfirmed={(r) => setCodes(r.recoveryCodes)}
          onCancel={() => setTask('idle')}
        />
      ) : task === 'regenerate' ? (
        <RegenerateForm onCodes={setCodes} onCancel={() => setTask('idle')} />
      ) : task === 'disable' ? (
        <DisableForm onDone={done} onCancel={() => setTask('idle')} />
      ) : mfa?.enabled ? (
        <Stack gap="sm">
          <Text size="sm">
            Each sign-in asks for a code from your authenticator app. {mfa.recoveryCodesLeft}{' '}
            recovery codes left.
          </Text>
          {mfa.required && (
            <Text size="sm" c="dimmed">
              It is required for your role, so it cannot be turned off.
            </Text>
          )}
          <Group>
            <Button variant="default" onClick={() => setTask('regenerate')}>
              New recovery codes
            </Button>
            {!mfa.required && (
              <Button variant="default" color="red" onClick={() => setTask('disable')}>
                Turn off
              </Button>
            )}
          </Group>
        </Stack>
      ) : mfa ? (
        <Stack gap="sm">
          <Text size="sm">
            Protect your account with a code from an authenticator app on your phone, asked for
            after your password.
          </Text>
          <Group>
            <Button onClick={() => setTask('enrol')} data-testid="mfa-set-up">
              Set up two-step sign-in
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}

function RegenerateForm({
  onCodes,
  onCancel,
}: {
  onCodes: (codes: readonly string[]) => void;
  onCancel: () => void;
}) {
  const [mutate, { loading }] = useMutation(RegenerateRecoveryCodesMutation);
  const attempt = useCodeAttempt();
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '' },
    validate: { password: (v) => (v ? null : 'Enter your password') },
  });
  const submit = async ({ password }: { password: string }) => {
    if (attempt.blocked) return;
    attempt.setFailure(null);
    try {
      const { data } = await mutate({ variables: { input: { password } } });
      if (data) onCodes(data.regenerateMfaRecoveryCodes.recoveryCodes);
    } catch (error) {
      const f = attempt.refused(error);
      form.setFieldValue('password', '');
      if (f.kind === 'wrong') form.setFieldError('password', f.message);
    }
  };
  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
      <Stack gap="sm">
        <Alert color="yellow" variant="light">
          Your current recovery codes stop working once new ones are made.
        </Alert>
        <CodeFailureAlert failure={attempt.failure} waitSeconds={attempt.waitSeconds} />
        <PasswordInput
          label="Your password"
          autoComplete="current-password"
          autoFocus
          {...form.getInputProps('password')}
        />
        <Group>
          <Button type="submit" loading={loading} disabled={attempt.blocked}>
            Make new codes
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DisableForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const [mutate, { loading }] = useMutation(DisableMfaMutation);
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
      await mutate({ variables: { input: { code: code.trim() } } });
      onDone();
    } catch (error) {
      const f = attempt.refused(error);
      form.setFieldValue('code', '');
      if (f.kind === 'wrong') form.setFieldError('code', f.message);
    }
  };
  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
      <Stack gap="sm">
        <CodeFailureAlert failure={attempt.failure} waitSeconds={attempt.waitSeconds} />
        <TextInput
          label="A code from your app, or a recovery code"
          autoComplete="one-time-code"
          autoFocus
          {...form.getInputProps('code')}
        />
        <Group>
          <Button type="submit" color="red" loading={loading} disabled={attempt.blocked}>
            Turn off two-step sign-in
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
