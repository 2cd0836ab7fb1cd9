// Development builds only: the sign-in page loads this behind `import.meta.env.DEV`, so a
// production bundle contains neither the component nor the addresses.
import { Anchor, Paper, Stack, Table, Text } from '@mantine/core';
import type { SignInCredentials } from './sign-in-form';

const DEMO_PASSWORD = 'waypoint-demo';

const accounts = [
  { email: 'helena.marsh@example.org', who: 'Helena Marsh', role: 'Director · both programs' },
  { email: 'jonah.whitfield@example.org', who: 'Jonah Whitfield', role: 'Clinician · adult' },
  { email: 'tessa.moreland@example.org', who: 'Tessa Moreland', role: 'Clinician · teen' },
  { email: 'luis.brandvold@example.org', who: 'Luis Brandvold', role: 'Case manager' },
  { email: 'gwen.hollister@example.org', who: 'Gwen Hollister', role: 'Intake' },
  { email: 'avery.lindqvist@example.org', who: 'Avery Lindqvist', role: 'Admin · no clients' },
];

export function DemoAccounts({ onPick }: { onPick: (c: SignInCredentials) => void }) {
  return (
    <Paper withBorder p="md" radius="md" bg="yellow.0" data-testid="demo-accounts">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          Demo accounts (development build only)
        </Text>
        <Text size="xs" c="dimmed">
          Synthetic clinic; every password is <code>{DEMO_PASSWORD}</code>. Choose one to fill in
          the form.
        </Text>
        <Table verticalSpacing={4} horizontalSpacing="xs" fz="sm">
          <Table.Tbody>
            {accounts.map((a) => (
              <Table.Tr key={a.email}>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => onPick({ email: a.email, password: DEMO_PASSWORD })}
                  >
                    {a.who}
                  </Anchor>
                </Table.Td>
                <Table.Td c="dimmed">{a.role}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
