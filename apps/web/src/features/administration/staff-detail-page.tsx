import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { STAFF_ROLES_IN_ORDER, type StaffRole } from '@waypoint/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { StaffAccountDetail_StaffFragment } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { ArrowLeftIcon, TrashIcon } from '../../ui/icons';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { TableHead } from '../../ui/table-head';
import { roleLabel } from '../auth/viewer-roles';
import { AccountStatusBadge } from './account-status-badge';
import { AdministrationOnly } from './administration-only';
import { PasswordLinkPanel, type IssuedLink } from './password-link-panel';
import { rolesByProgram, validateAccount, type AccountValues } from './staff-accounts';
import { AdministrationProgramsQuery } from './staff-list-page';
import { useStaffAccountMutations, type StaffSaveOutcome } from './use-staff-account-mutations';
import { ResetStaffMfaButton } from '../mfa/reset-staff-mfa';

export const StaffAccountDetailFragment = graphql(`
  fragment StaffAccountDetail_staff on Staff {
    id
    version
    firstName
    lastName
    credentials
    email
    active
    displayName
    accountStatus
    invitationExpiresAt
    programRoles {
      role
      program {
        id
        name
      }
    }
  }
`);

const StaffAccountQuery = graphql(`
  query StaffAccount($id: ID!) {
    staffAccount(id: $id) {
      id
      ...StaffAccountDetail_staff
    }
  }
`);

type Account = StaffAccountDetail_StaffFragment;
type Problem = { title: string; message: string } | null;

/** What a refused or conflicting save says (field errors go on the form). */
function problemOf(outcome: StaffSaveOutcome): Problem {
  switch (outcome.kind) {
    case 'conflict':
      return {
        title: 'Someone else changed this account first',
        message: 'The page now shows their version; nothing of yours was saved. Redo your change.',
      };
    case 'invalid':
      return {
        title: 'Not saved',
        message: Object.values(outcome.fields).join(' ') || 'Check the entries.',
      };
    case 'failed':
      return { title: outcome.title, message: outcome.message };
    default:
      return null;
  }
}

function DetailsForm({
  account,
  onProblem,
}: {
  account: Account;
  onProblem: (p: Problem) => void;
}) {
  const { update, saving } = useStaffAccountMutations();
  const initial: AccountValues = {
    firstName: account.firstName,
    lastName: account.lastName,
    credentials: account.credentials ?? '',
    email: account.email,
  };
  const form = useForm<AccountValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: (v) => validateAccount(v, 'update'),
  });
  const submit = async (values: AccountValues) => {
    const outcome = await update({ id: account.id, version: account.version, ...values });
    if (outcome.kind === 'invalid') return form.setErrors(outcome.fields);
    if (outcome.kind === 'saved') form.resetDirty(values);
    if (outcome.kind === 'conflict') form.setValues(initial);
    onProblem(problemOf(outcome));
  };
  return (
    <form
      onSubmit={form.onSubmit((v) => void submit(v))}
      noValidate
      data-testid="staff-details-form"
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="First name" withAsterisk {...form.getInputProps('firstName')} />
          <TextInput label="Last name" withAsterisk {...form.getInputProps('lastName')} />
          <TextInput
            label="Credentials"
            description="e.g. LCSW, LMFT, CADC"
            {...form.getInputProps('credentials')}
          />
          <TextInput label="Email" type="email" withAsterisk {...form.getInputProps('email')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={saving} disabled={!form.isDirty()}>
            Save details
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RolesSection({
  account,
  onProblem,
}: {
  account: Account;
  onProblem: (p: Problem) => void;
}) {
  const { grant, revoke, saving } = useStaffAccountMutations();
  const programs = useQuery(AdministrationProgramsQuery);
  const [programId, setProgramId] = useState<string | null>(null);
  const [role, setRole] = useState<StaffRole | null>(null);
  const change = async (kind: 'grant' | 'revoke', programId: string, role: StaffRole) => {
    const input = { staffId: account.id, version: account.version, programId, role };
    onProblem(problemOf(await (kind === 'grant' ? grant(input) : revoke(input))));
  };
  const rows = rolesByProgram(account.programRoles).flatMap((p) =>
    p.roles.map((r) => ({ ...p, role: r })),
  );
  return (
    <Stack gap="md">
      {rows.length === 0 ? (
        <Text c="dimmed">No roles: this person sees nothing until given one.</Text>
      ) : (
        <Table verticalSpacing="xs" data-testid="staff-roles">
          <TableHead
            columns={[{ label: 'Program' }, { label: 'Role' }, { label: 'Remove', width: 80 }]}
          />
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={`${r.programId}:${r.role}`}>
                <Table.Td>{r.programName}</Table.Td>
                <Table.Td>{roleLabel(r.role)}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${roleLabel(r.role)} in ${r.programName}`}
                    disabled={saving}
                    onClick={() => void change('revoke', r.programId, r.role)}
                  >
                    <TrashIcon size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Program"
          placeholder="Choose"
          data={(programs.data?.programs ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={programId}
          onChange={setProgramId}
          w={220}
        />
        <Select
          label="Role"
          placeholder="Choose"
          data={STAFF_ROLES_IN_ORDER.map((r) => ({ value: r, label: roleLabel(r) }))}
          value={role}
          onChange={(v) => setRole(v)}
          w={180}
        />
        <Button
          variant="default"
          disabled={!programId || !role}
          loading={saving}
          onClick={() => void (programId && role && change('grant', programId, role))}
        >
          Add role
        </Button>
      </Group>
    </Stack>
  );
}

function AccountActions({
  account,
  onProblem,
  onLink,
}: {
  account: Account;
  onProblem: (p: Problem) => void;
  onLink: (link: IssuedLink) => void;
}) {
  const { deactivate, reactivate, issueLink, saving, issuing } = useStaffAccountMutations();
  const ref = { id: account.id, version: account.version };
  const [confirming, setConfirming] = useState(false);
  return (
    <Group gap="sm" wrap="wrap">
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={`Deactivate ${account.displayName}?`}
      >
        <Stack gap="md">
          <Text size="sm">
            They are signed out everywhere at once and can no longer sign in. Their open episodes go
            on their programs’ directors’ reassignment list. You can reactivate the account later.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={saving}
              onClick={() =>
                void deactivate(ref).then((o) => {
                  setConfirming(false);
                  onProblem(problemOf(o));
                })
              }
            >
              Deactivate
            </Button>
          </Group>
        </Stack>
      </Modal>
      {account.active && (
        <Button
          variant="default"
          loading={issuing}
          onClick={() =>
            void issueLink(account.id).then((r) =>
              r.kind === 'issued' ? onLink(r.link) : onProblem(r),
            )
          }
        >
          {account.accountStatus === 'INVITED' ? 'New invitation link' : 'Password reset link'}
        </Button>
      )}
      {account.active && <ResetStaffMfaButton staffId={account.id} name={account.displayName} />}
      {account.active ? (
        <Button color="red" variant="light" onClick={() => setConfirming(true)}>
          Deactivate
        </Button>
      ) : (
        <Button
          variant="light"
          loading={saving}
          onClick={() => void reactivate(ref).then((o) => onProblem(problemOf(o)))}
        >
          Reactivate
        </Button>
      )}
    </Group>
  );
}

function StaffAccountDetail(props: { account: FragmentType<typeof StaffAccountDetailFragment> }) {
  const account = getFragmentData(StaffAccountDetailFragment, props.account);
  const [problem, setProblem] = useState<Problem>(null);
  const [link, setLink] = useState<IssuedLink | null>(null);
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap" gap="md">
        <div>
          <Group gap="sm">
            <Title order={1} fz={26}>
              {account.displayName}
            </Title>
            <AccountStatusBadge status={account.accountStatus} />
          </Group>
          {account.invitationExpiresAt && (
            <Text size="sm" c="dimmed">
              Invitation pending until {formatDateTime(account.invitationExpiresAt)}
            </Text>
          )}
        </div>
        <AccountActions account={account} onProblem={setProblem} onLink={setLink} />
      </Group>
      {problem && (
        <Alert
          color="red"
          variant="light"
          title={problem.title}
          role="alert"
          withCloseButton
          onClose={() => setProblem(null)}
        >
          {problem.message}
        </Alert>
      )}
      {link && <PasswordLinkPanel link={link} name={account.displayName} />}
      <Paper withBorder radius="md" p="lg">
        <Title order={2} fz={18} mb="md">
          Details
        </Title>
        {/* Keyed by version: a save or someone else's newer version refills the form. */}
        <DetailsForm key={account.version} account={account} onProblem={setProblem} />
      </Paper>
      <Paper withBorder radius="md" p="lg">
        <Title order={2} fz={18} mb="md">
          Roles by program
        </Title>
        <RolesSection account={account} onProblem={setProblem} />
      </Paper>
    </Stack>
  );
}

export function StaffDetailPage() {
  const { staffId = '' } = useParams();
  const { data, error, refetch } = useQuery(StaffAccountQuery, { variables: { id: staffId } });
  return (
    <AdministrationOnly>
      <Stack gap="lg" maw={920}>
        <Anchor component={Link} to="/admin/staff" size="sm">
          <Group gap={4} wrap="nowrap">
            <ArrowLeftIcon size={14} /> Staff accounts
          </Group>
        </Anchor>
        {error && !data && (
          <QueryErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
        )}
        {!data && !error && <Skeleton h={320} radius="md" />}
        {data && <StaffAccountDetail account={data.staffAccount} />}
      </Stack>
    </AdministrationOnly>
  );
}
