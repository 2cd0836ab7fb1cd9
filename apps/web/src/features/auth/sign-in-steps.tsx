import { Alert, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { MfaEnrolmentConfirmed } from '../mfa/mfa-enrolment';
import { PageLoader } from '../../ui/page-loader';
import { SignInForm, type SignInCredentials } from './sign-in-form';
import { useSessionStarted } from './use-sign-in';

// The second step (and its code schemas) loads only for those who reach it: most of the sign-in
// page's first load budget is the app's shell.
const MfaEnrolment = lazy(async () => ({
  default: (await import('../mfa/mfa-enrolment')).MfaEnrolment,
}));
const RecoveryCodesList = lazy(async () => ({
  default: (await import('../mfa/recovery-codes-list')).RecoveryCodesList,
}));
const SecondFactorForm = lazy(async () => ({
  default: (await import('../mfa/second-factor-form')).SecondFactorForm,
}));

function SecondStep({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoader />}>{children}</Suspense>;
}

type Step = 'password' | 'code' | 'enrol' | 'timed-out';

interface SignInStepsProps {
  onSignedIn: () => void;
  prefill?: SignInCredentials | null;
}

/**
 * Signing in: the password, then, for an account with MFA, a code; where MFA is required and not
 * yet set up, setting up an authenticator app (and saving the recovery codes) before any session.
 */
export function SignInSteps({ onSignedIn, prefill }: SignInStepsProps) {
  const [step, setStep] = useState<Step>('password');
  const [enrolled, setEnrolled] = useState<MfaEnrolmentConfirmed | null>(null);
  const sessionStarted = useSessionStarted();
  const startAgain = () => setStep('timed-out');

  if (step === 'code') {
    return (
      <SecondStep>
        <SecondFactorForm onSignedIn={onSignedIn} onStartAgain={startAgain} />
      </SecondStep>
    );
  }
  if (step === 'enrol' && enrolled) {
    return (
      <SecondStep>
        <RecoveryCodesList
          codes={enrolled.recoveryCodes}
          doneLabel="I have saved them; continue"
          onDone={() => {
            // The session started with the confirmation; the app shows it only once the codes are saved.
            void sessionStarted(enrolled.viewer).then(onSignedIn);
          }}
        />
      </SecondStep>
    );
  }
  if (step === 'enrol') {
    return (
      <Stack gap="md" data-testid="mfa-required">
        <Alert color="blue" variant="light" role="status" title="Set up two-step sign-in">
          Your clinic requires a code from an authenticator app each time you sign in. Set it up now
          to finish signing in.
        </Alert>
        <SecondStep>
          <MfaEnrolment onConfirmed={setEnrolled} onStartAgain={startAgain} />
        </SecondStep>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {step === 'timed-out' && (
        <Alert color="yellow" variant="light" role="alert">
          <Text size="sm">Your sign-in timed out; enter your password again.</Text>
        </Alert>
      )}
      <SignInForm
        prefill={prefill}
        onSignedIn={onSignedIn}
        onSecondStep={(owed) => setStep(owed === 'code-required' ? 'code' : 'enrol')}
      />
    </Stack>
  );
}
