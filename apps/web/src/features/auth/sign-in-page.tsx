import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { ClockIcon, InfoIcon } from '../../ui/icons';
import { FirstAdminNeeded, SetupStatusQuery } from '../administration/first-admin-needed';
import { PublicPageShell } from './public-page-shell';
import { CurrentViewerQuery } from './current-viewer';
import { FORGOT_PASSWORD_PATH, HOME_PATH, safeReturnTo, signInReason } from './return-to';
import { type SignInCredentials } from './sign-in-form';
import { SignInSteps } from './sign-in-steps';

// `import.meta.env.DEV` is the literal `false` in a production build, so this branch and the
// chunk it would load are dropped: nothing about demo accounts ships to production.
const DemoAccounts = import.meta.env.DEV
  ? lazy(() => import('./demo-accounts').then((m) => ({ default: m.DemoAccounts })))
  : null;

export function SignInPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const reason = signInReason(location.state);
  const [prefill, setPrefill] = useState<SignInCredentials | null>(null);
  // Someone already signed in (another tab, the back button) goes straight on.
  const me = useQuery(CurrentViewerQuery, { fetchPolicy: 'network-only' });
  const setup = useQuery(SetupStatusQuery, { fetchPolicy: 'network-only' });

  if (me.data?.me) return <Navigate to={returnTo ?? HOME_PATH} replace />;

  return (
    <PublicPageShell
      after={
        <>
          <Group gap={8} wrap="nowrap" align="flex-start" px="xs">
            <InfoIcon
              size={16}
              style={{ flexShrink: 0, marginTop: 2, color: 'var(--mantine-color-dimmed)' }}
            />
            <Text size="xs" c="dimmed">
              Waypoint holds confidential substance-use treatment records protected by 42 CFR Part
              2. Sign in only with your own account. Every record you open is logged.
            </Text>
          </Group>
          {DemoAccounts && (
            <Suspense fallback={null}>
              <DemoAccounts onPick={setPrefill} />
            </Suspense>
          )}
        </>
      }
    >
      {setup.data?.setupStatus.needsFirstAdmin ? (
        <FirstAdminNeeded />
      ) : (
        <Stack gap="lg">
          <div>
            <Title order={1} fz={22}>
              Sign in
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              Use your clinic account.
            </Text>
          </div>
          {reason === 'session-ended' && (
            <Alert
              color="blue"
              variant="light"
              icon={<ClockIcon size={18} />}
              data-testid="session-ended-notice"
              role="status"
            >
              Your session ended after inactivity; sign in again.
              {returnTo && ' You will return to the page you were on, with what you had typed.'}
            </Alert>
          )}
          {reason === 'signed-out' && (
            <Alert color="teal" variant="light" data-testid="signed-out-notice" role="status">
              You have signed out.
            </Alert>
          )}
          {reason === 'password-set' && (
            <Alert color="teal" variant="light" data-testid="password-set-notice" role="status">
              Your password is set. Sign in with it.
            </Alert>
          )}
          <SignInSteps
            prefill={prefill}
            onSignedIn={() => void navigate(returnTo ?? HOME_PATH, { replace: true })}
          />
          <Anchor component={Link} to={FORGOT_PASSWORD_PATH} size="sm" ta="center">
            Forgot your password?
          </Anchor>
        </Stack>
      )}
    </PublicPageShell>
  );
}
