import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../ui/dates';
import { describeError } from '../../ui/error-message';
import { fieldErrors } from '../../ui/graphql-errors';
import { PageLoader } from '../../ui/page-loader';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { PublicPageShell } from '../auth/public-page-shell';
import { FORGOT_PASSWORD_PATH, SIGN_IN_PATH, signInState } from '../auth/return-to';
import { linkToken } from './link-token';
import { NewPasswordField } from './new-password-field';
import { passwordAcceptable } from './password-checklist';
import { PasswordLinkQuery, useSetPasswordWithLink } from './use-password-links';

/** Read once, then taken out of the address bar so the token is not left in history. */
function useTokenFromFragment(): string | null {
  const [token] = useState(() => {
    const found = linkToken(window.location.hash);
    if (window.location.hash) {
      window.history.replaceState(window.history.state, '', window.location.pathname);
    }
    return found;
  });
  return token;
}

function UnusableLink() {
  return (
    <Stack gap="md" data-testid="set-password-unusable">
      <Title order={1} fz={22}>
        This link cannot be used
      </Title>
      <Text size="sm">
        It has expired (links work for 24 hours), was already used, or a newer link replaced it.
      </Text>
      <Text size="sm">
        For a new account, ask your administrator to send a new invitation. Otherwise{' '}
        <Anchor component={Link} to={FORGOT_PASSWORD_PATH}>
          ask for a new reset link
        </Anchor>
        .
      </Text>
    </Stack>
  );
}

/** Where a set-password link (an invitation or a reset) opens: choose a password, then sign in. */
export function SetPasswordPage() {
  const token = useTokenFromFragment();
  const navigate = useNavigate();
  const link = useQuery(PasswordLinkQuery, {
    variables: { token: token ?? '' },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const { setPassword, saving } = useSetPasswordWithLink();
  const [password, setPasswordValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [unusable, setUnusable] = useState(false);

  const details = link.data?.passwordLink;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token || !details) return;
    setFailure(null);
    if (!passwordAcceptable(password, details)) {
      setError('Choose a password that meets every point below');
      return;
    }
    try {
      await setPassword(token, password);
      await navigate(SIGN_IN_PATH, { replace: true, state: signInState('password-set') });
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields.token) setUnusable(true);
      else if (fields.newPassword) setError(fields.newPassword);
      else setFailure(e);
    }
  };

  let content;
  if (!token || unusable || (link.data && !details)) content = <UnusableLink />;
  else if (link.error)
    content = (
      <QueryErrorAlert error={link.error} onRetry={() => void link.refetch().catch(() => null)} />
    );
  else if (!details) content = <PageLoader label="Checking your link…" />;
  else
    content = (
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="set-password-form">
        <Stack gap="lg">
          <div>
            <Title order={1} fz={22}>
              {details.purpose === 'INVITE' ? 'Welcome to Waypoint' : 'Choose a new password'}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {details.firstName}, choose the password for {details.email}. This link works once,
              until {formatDateTime(details.expiresAt)}.
            </Text>
          </div>
          {failure !== null && (
            <Alert color="red" variant="light" role="alert" title={describeError(failure).title}>
              {describeError(failure).message}
            </Alert>
          )}
          {/* The account's email, so a password manager files the new password under it. */}
          <input type="hidden" autoComplete="username" value={details.email} readOnly />
          <NewPasswordField
            owner={details}
            value={password}
            onChange={(e) => {
              setPasswordValue(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            autoFocus
            data-testid="set-password-new"
          />
          <Button
            type="submit"
            size="md"
            fullWidth
            loading={saving}
            data-testid="set-password-submit"
          >
            Set password
          </Button>
        </Stack>
      </form>
    );

  return <PublicPageShell>{content}</PublicPageShell>;
}
