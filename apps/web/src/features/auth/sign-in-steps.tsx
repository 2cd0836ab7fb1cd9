import { Alert, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { MfaEnrolment, type MfaEnrolmentConfirmed } from '../mfa/mfa-enrolment';
import { RecoveryCodesList } from '../mfa/recovery-codes-list';
import { SecondFactorForm } from '../mfa/second-factor-form';
import { SignInForm, type SignInCredentials } from './sign-in-form';
import { useSessionStarted } from './use-sign-in';

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
    return <SecondFactorForm onSignedIn={onSignedIn} onStartAgain={startAgain} />;
  }
  if (step === 'enrol' && enrolled) {
    return (
      <RecoveryCodesList
        codes={enrolled.recoveryCodes}
        doneLabel="I have saved them; continue"
        onDone={() => {
          // The session started with the confirmation; the app shows it only once the codes are saved.
          void sessionStarted(enrolled.viewer).then(onSignedIn);
        }}
      />
    );
  }
  if (step === 'enrol') {
    return (
      <Stack gap="md" data-testid="mfa-required">
        <Alert color="blue" variant="light" role="status" title="Set up two-step sign-in">
          Your clinic requires a code from an authenticator app each time you sign in. Set it up now
          to finish signing in.
        </Alert>
        <MfaEnrolment onConfirmed={setEnrolled} onStartAgain={startAgain} />
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
