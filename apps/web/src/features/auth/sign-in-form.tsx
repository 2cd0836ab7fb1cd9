import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { formatCountdown } from '../../ui/dates';
import { ClockIcon } from '../../ui/icons';
import { useCountdown } from '../../ui/use-countdown';
import type { SignInFailure } from './sign-in-errors';
import { useSignIn } from './use-sign-in';

export interface SignInCredentials {
  email: string;
  password: string;
}

interface SignInFormProps {
  onSignedIn: () => void;
  /** The password was right and the account owes a code, or setting up MFA. */
  onSecondStep: (owed: 'code-required' | 'enrolment-required') => void;
  /** Credentials to fill in (the development build's demo accounts). */
  prefill?: SignInCredentials | null;
}

export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

export function SignInForm({ onSignedIn, onSecondStep, prefill }: SignInFormProps) {
  const { signIn, signingIn } = useSignIn();
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null);
  const waitSeconds = useCountdown(blockedUntil);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const form = useForm<SignInCredentials>({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) =>
        !v.trim()
          ? 'Enter your work email'
          : looksLikeEmail(v)
            ? null
            : 'Enter an email address, like name@clinic.org',
      password: (v) => (v ? null : 'Enter your password'),
    },
  });

  useEffect(() => {
    if (!prefill) return;
    form.setValues(prefill);
    form.clearErrors();
    submitRef.current?.focus();
    // Only a new prefill (a click on a demo account) overwrites what was typed, not a re-render.
  }, [prefill]);

  const blocked = waitSeconds > 0;

  const submit = async (values: SignInCredentials) => {
    if (blocked) return;
    setFailure(null);
    const result = await signIn(values);
    if (result.ok) return onSignedIn();
    const f = result.failure;
    if (f.kind === 'code-required' || f.kind === 'enrolment-required') return onSecondStep(f.kind);
    setFailure(f);
    if (f.kind === 'fields') form.setErrors(f.fields);
    if (f.kind === 'throttled') setBlockedUntil(Date.now() + f.retryAfterSeconds * 1000);
    if (f.kind === 'rejected') {
      form.setFieldValue('password', '');
      passwordRef.current?.focus();
    }
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values))}
      noValidate
      data-testid="sign-in-form"
    >
      <Stack gap="md">
        {failure?.kind === 'rejected' && (
          <Alert color="red" variant="light" role="alert" data-testid="sign-in-error">
            {failure.message} Check both and try again.
          </Alert>
        )}
        {failure?.kind === 'throttled' && (
          <Alert
            color="yellow"
            variant="light"
            role="alert"
            icon={<ClockIcon size={18} />}
            title={blocked ? 'Too many attempts' : 'You can try again now'}
            data-testid="sign-in-throttled"
          >
            {blocked ? (
              <>
                For your account’s safety, signing in is paused. Try again in{' '}
                <Text span fw={700} ff="monospace" aria-live="off">
                  {formatCountdown(waitSeconds * 1000)}
                </Text>
                .
              </>
            ) : (
              'Check your email and password before signing in.'
            )}
          </Alert>
        )}
        {failure?.kind === 'unavailable' && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={failure.description.title}
            data-testid="sign-in-error"
          >
            {failure.description.message}
          </Alert>
        )}
        <TextInput
          label="Work email"
          type="email"
          autoComplete="username"
          autoFocus
          placeholder="name@clinic.org"
          data-testid="sign-in-email"
          {...form.getInputProps('email')}
        />
        <PasswordInput
          ref={passwordRef}
          label="Password"
          autoComplete="current-password"
          data-testid="sign-in-password"
          {...form.getInputProps('password')}
        />
        <Button
          ref={submitRef}
          type="submit"
          size="md"
          fullWidth
          loading={signingIn}
          disabled={blocked}
          data-testid="sign-in-submit"
        >
          {blocked ? `Try again in ${formatCountdown(waitSeconds * 1000)}` : 'Sign in'}
        </Button>
      </Stack>
    </form>
  );
}
