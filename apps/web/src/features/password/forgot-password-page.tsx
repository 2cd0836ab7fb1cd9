import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { describeError } from '../../ui/error-message';
import { fieldErrors } from '../../ui/graphql-errors';
import { PublicPageShell } from '../auth/public-page-shell';
import { SIGN_IN_PATH } from '../auth/return-to';
import { looksLikeEmail } from '../auth/sign-in-form';
import { useRequestPasswordReset } from './use-password-links';

/**
 * Asks for a reset link. The answer is the server's, the same whether or not the email has an
 * account, so this page cannot tell anyone which emails do.
 */
export function ForgotPasswordPage() {
  const { requestReset, requesting } = useRequestPasswordReset();
  const [answer, setAnswer] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '' },
    validate: {
      email: (v) => (looksLikeEmail(v) ? null : 'Enter your work email, like name@clinic.org'),
    },
  });

  const submit = async ({ email }: { email: string }) => {
    setFailure(null);
    try {
      setAnswer(await requestReset(email));
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields.email) form.setFieldError('email', fields.email);
      else setFailure(e);
    }
  };

  return (
    <PublicPageShell>
      <Stack gap="lg">
        <div>
          <Title order={1} fz={22}>
            Forgot your password?
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            Enter your work email and we will send you a link to choose a new one.
          </Text>
        </div>
        {answer ? (
          <Alert color="teal" variant="light" role="status" data-testid="reset-requested">
            {answer} If nothing arrives, ask your administrator.
          </Alert>
        ) : (
          <form
            onSubmit={form.onSubmit((values) => void submit(values))}
            noValidate
            data-testid="forgot-password-form"
          >
            <Stack gap="md">
              {failure !== null && (
                <Alert
                  color="red"
                  variant="light"
                  role="alert"
                  title={describeError(failure).title}
                >
                  {describeError(failure).message}
                </Alert>
              )}
              <TextInput
                label="Work email"
                type="email"
                autoComplete="username"
                autoFocus
                data-testid="forgot-password-email"
                {...form.getInputProps('email')}
              />
              <Button type="submit" size="md" fullWidth loading={requesting}>
                Send reset link
              </Button>
            </Stack>
          </form>
        )}
        <Anchor component={Link} to={SIGN_IN_PATH} size="sm" ta="center">
          Back to sign in
        </Anchor>
      </Stack>
    </PublicPageShell>
  );
}
