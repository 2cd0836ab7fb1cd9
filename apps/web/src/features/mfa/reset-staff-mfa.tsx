import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { graphql } from '../../gql';
import { describeError } from '../../ui/error-message';
import { fieldErrors } from '../../ui/graphql-errors';

const ResetStaffMfaMutation = graphql(`
  mutation ResetStaffMfa($input: ResetStaffMfaInput!) {
    resetStaffMfa(input: $input) {
      staffId
      sessionsRevoked
    }
  }
`);

/**
 * An administrator's "Reset MFA" for someone who lost both phone and recovery codes: asks why
 * (kept in the audit trail), then clears their authenticator and signs them out everywhere.
 */
export function ResetStaffMfaButton({ staffId, name }: { staffId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [mutate, { loading, error, data, reset }] = useMutation(ResetStaffMfaMutation);
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: {
      reason: (v) => (v.trim().length >= 5 ? null : 'Say why, in a few words'),
    },
  });
  const close = () => {
    setOpen(false);
    form.reset();
    reset();
  };
  const submit = async ({ reason }: { reason: string }) => {
    try {
      await mutate({ variables: { input: { staffId, reason: reason.trim() } } });
    } catch (e) {
      const problems = fieldErrors(e);
      if (problems.reason) form.setFieldError('reason', problems.reason);
    }
  };

  return (
    <>
      <Button variant="default" color="red" onClick={() => setOpen(true)} data-testid="reset-mfa">
        Reset MFA
      </Button>
      <Modal opened={open} onClose={close} title={`Reset MFA for ${name}`}>
        {data ? (
          <Stack gap="md">
            <Alert color="teal" variant="light" role="status" data-testid="reset-mfa-done">
              Their authenticator and recovery codes are cleared and they were signed out
              {data.resetStaffMfa.sessionsRevoked === 1
                ? ' of 1 session'
                : ` of ${data.resetStaffMfa.sessionsRevoked} sessions`}
              . They set up MFA again at their next sign-in where it is required.
            </Alert>
            <Group justify="flex-end">
              <Button onClick={close}>Close</Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
            <Stack gap="md">
              <Text size="sm">
                Do this only once you are sure who is asking (in person, or by a call you placed).
                Their sessions end at once.
              </Text>
              {error && !fieldErrors(error).reason && (
                <Alert color="red" variant="light" role="alert">
                  {describeError(error).message}
                </Alert>
              )}
              <Textarea
                label="Reason"
                description="Kept in the audit trail"
                autosize
                minRows={2}
                data-autofocus
                data-testid="reset-mfa-reason"
                {...form.getInputProps('reason')}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  Cancel
                </Button>
                <Button type="submit" color="red" loading={loading} data-testid="reset-mfa-confirm">
                  Reset MFA
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
