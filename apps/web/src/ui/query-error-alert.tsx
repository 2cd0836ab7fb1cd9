import { Alert, Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { describeError } from './error-message';

interface QueryErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  /** Further actions that may resolve the problem (e.g. "Clear filters"). */
  extraActions?: ReactNode;
  'data-testid'?: string;
}

/** A failed query, in words for staff, with a way forward. */
export function QueryErrorAlert({
  error,
  onRetry,
  retrying,
  extraActions,
  ...rest
}: QueryErrorAlertProps) {
  const { title, message, code, retryable } = describeError(error);
  return (
    <Alert color="red" variant="light" title={title} role="alert" data-testid={rest['data-testid']}>
      <Text size="sm">{message}</Text>
      {code && (
        <Text size="xs" c="dimmed" mt={4}>
          Error code: {code}
        </Text>
      )}
      {(onRetry ?? extraActions) && (
        <Group gap="sm" mt="md">
          {onRetry && retryable && (
            <Button size="xs" color="red" variant="filled" onClick={onRetry} loading={retrying}>
              Try again
            </Button>
          )}
          {extraActions}
        </Group>
      )}
    </Alert>
  );
}
