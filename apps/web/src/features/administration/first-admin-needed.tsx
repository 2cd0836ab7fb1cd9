import { Code, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../gql';

export const SetupStatusQuery = graphql(`
  query SetupStatus {
    setupStatus {
      needsFirstAdmin
    }
  }
`);

/**
 * What a new install shows instead of a sign-in that cannot work: nobody has an account until
 * the first administrator is created on the server.
 */
export function FirstAdminNeeded() {
  return (
    // Shown inside the public pages' frame (PublicPageShell), in place of the sign-in form.
    <Stack gap="md" data-testid="first-admin-needed">
      <Title order={1} fz={22}>
        Waypoint is installed: create the first administrator
      </Title>
      <Text size="sm">
        Nobody can sign in yet because no account exists. Whoever runs the server creates the first
        administrator there, with the same database settings as the server:
      </Text>
      <Code block>
        {'pnpm admin:create-first --email you@example.org \\\n' +
          '  --first-name Avery --last-name Lind \\\n' +
          '  --program-code ADULT-IOP --program-name "Adult IOP"'}
      </Code>
      <Text size="sm">
        It prints a one-time link where the administrator sets their password. They then add the
        clinic’s staff under Administration. Reload this page afterwards to sign in.
      </Text>
    </Stack>
  );
}
