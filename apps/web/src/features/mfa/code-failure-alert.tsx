import { Alert, Text } from '@mantine/core';
import { formatCountdown } from '../../ui/dates';
import { ClockIcon } from '../../ui/icons';
import type { CodeFailure } from './code-failure';

/** Why a code was refused, when that is not a matter of the field itself. */
export function CodeFailureAlert({
  failure,
  waitSeconds,
}: {
  failure: CodeFailure | null;
  waitSeconds: number;
}) {
  if (failure?.kind === 'throttled') {
    return (
      <Alert
        color="yellow"
        variant="light"
        role="alert"
        icon={<ClockIcon size={18} />}
        title={waitSeconds > 0 ? 'Too many attempts' : 'You can try again now'}
        data-testid="mfa-code-throttled"
      >
        {waitSeconds > 0 ? (
          <>
            For your account’s safety, codes are paused. Try again in{' '}
            <Text span fw={700} ff="monospace" aria-live="off">
              {formatCountdown(waitSeconds * 1000)}
            </Text>
            .
          </>
        ) : (
          'Type the newest code from your app.'
        )}
      </Alert>
    );
  }
  if (failure?.kind === 'unavailable') {
    return (
      <Alert color="red" variant="light" role="alert" title={failure.description.title}>
        {failure.description.message}
      </Alert>
    );
  }
  return null;
}
