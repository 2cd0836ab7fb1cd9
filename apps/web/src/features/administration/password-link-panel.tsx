import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { formatDateTime } from '../../ui/dates';
import { CheckIcon, ClipboardIcon } from '../../ui/icons';

export interface IssuedLink {
  url: string;
  expiresAt: string;
  purpose: 'INVITE' | 'RESET';
}

/**
 * A one-time set-password link, shown once for the administrator to hand over (it is mailed too
 * when the server has SMTP): it cannot be shown again, only replaced by a new one.
 */
export function PasswordLinkPanel({ link, name }: { link: IssuedLink; name: string }) {
  const what = link.purpose === 'INVITE' ? 'invitation' : 'password reset link';
  return (
    <Alert
      color="teal"
      variant="light"
      title={`New ${what} for ${name}`}
      data-testid="password-link"
    >
      <Stack gap="xs">
        <Text size="sm">
          Give {name} this link (it is also emailed when the server sends mail). It works once,
          until {formatDateTime(link.expiresAt)}; issuing another one replaces it.
        </Text>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label="Set-password link"
            value={link.url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            style={{ flex: 1, minWidth: 0 }}
            data-testid="password-link-url"
          />
          <CopyButton value={link.url}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                onClick={copy}
                leftSection={copied ? <CheckIcon size={16} /> : <ClipboardIcon size={16} />}
              >
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
