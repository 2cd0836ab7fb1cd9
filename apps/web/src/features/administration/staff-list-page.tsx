import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import type { StaffAccountStatus } from '@waypoint/domain';
import { STAFF_ROLES_IN_ORDER } from '@waypoint/domain';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { PlusIcon, SearchIcon } from '../../ui/icons';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { TableHead } from '../../ui/table-head';
import { roleLabel } from '../auth/viewer-roles';
import { AdministrationOnly } from './administration-only';
import { AccountStatusBadge } from './account-status-badge';
import { apiFilter, filtersFromParams, filtersToParams, rolesByProgram } from './staff-accounts';

const PAGE_SIZE = 50;

export const StaffRowFragment = graphql(`
  fragment StaffRow_staff on Staff {
    id
    displayName
    email
    accountStatus
    programRoles {
      role
      program {
        id
        name
      }
    }
  }
`);

const StaffAccountsQuery = graphql(`
  query StaffAccounts($first: Int!, $after: String, $filter: StaffAccountFilter) {
    staffAccounts(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          ...StaffRow_staff
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AdministrationProgramsQuery = graphql(`
  query AdministrationPrograms {
    programs {
      id
      name
    }
  }
`);

const statusTabs: { value: StaffAccountStatus | 'ALL'; label: string }[] = [
  { value: 'ALL', label: 'Everyone' },
  { value: 'ACTIVE', label: 'Active' },
  { value: 'INVITED', label: 'Pending invitations' },
  { value: 'DEACTIVATED', label: 'Deactivated' },
];

const columns = [
  { label: 'Name', width: '28%' },
  { label: 'Email', width: '28%' },
  { label: 'Roles', width: '28%' },
  { label: 'Status', width: '16%' },
];

function StaffRow(props: { staff: FragmentType<typeof StaffRowFragment> }) {
  const staff = getFragmentData(StaffRowFragment, props.staff);
  return (
    <Table.Tr data-testid="staff-row">
      <Table.Td>
        <Anchor component={Link} to={`/admin/staff/${staff.id}`} fw={600}>
          {staff.displayName}
        </Anchor>
      </Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{staff.email}</Table.Td>
      <Table.Td>
        {rolesByProgram(staff.programRoles).map((p) => (
          <Text size="sm" key={p.programId}>
            {p.roles.map(roleLabel).join(', ')} · {p.programName}
          </Text>
        ))}
      </Table.Td>
      <Table.Td>
        <AccountStatusBadge status={staff.accountStatus} />
      </Table.Td>
    </Table.Tr>
  );
}

function StaffList() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const [search, setSearch] = useState(filters.search);
  const programs = useQuery(AdministrationProgramsQuery);
  const update = (change: Partial<typeof filters>) =>
    setParams(filtersToParams({ ...filters, ...change }), { replace: true });

  const searchFor = useDebouncedCallback((value: string) => update({ search: value }), 300);

  const { data, error, loading, refetch, fetchMore } = useQuery(StaffAccountsQuery, {
    variables: { first: PAGE_SIZE, filter: apiFilter(filters) },
    fetchPolicy: 'cache-and-network',
  });
  const accounts = data?.staffAccounts;

  return (
    <Stack gap="md">
      <Tabs
        value={filters.status ?? 'ALL'}
        onChange={(v) => update({ status: v === 'ALL' || !v ? null : (v as StaffAccountStatus) })}
      >
        <Tabs.List aria-label="Accounts by status">
          {statusTabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label="Search"
          placeholder="Name or email"
          leftSection={<SearchIcon size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            searchFor(e.currentTarget.value);
          }}
        />
        <Select
          label="Role"
          placeholder="Any role"
          clearable
          data={STAFF_ROLES_IN_ORDER.map((r) => ({ value: r, label: roleLabel(r) }))}
          value={filters.role}
          onChange={(v) => update({ role: v ?? null })}
        />
        <Select
          label="Program"
          placeholder="Any program"
          clearable
          data={(programs.data?.programs ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={filters.programId}
          onChange={(v) => update({ programId: v })}
        />
      </SimpleGrid>
      {error && !accounts && (
        <QueryErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      )}
      {!accounts && !error && <Skeleton h={200} radius="md" />}
      {accounts && (
        <Paper withBorder radius="md">
          <Text size="sm" c="dimmed" px="md" pt="sm" role="status" aria-live="polite">
            {accounts.totalCount === 1 ? '1 account' : `${accounts.totalCount} accounts`}
          </Text>
          {accounts.edges.length === 0 ? (
            <Text p="md">No account matches these filters.</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" data-testid="staff-table">
                <TableHead columns={columns} />
                <Table.Tbody>
                  {accounts.edges.map(({ node }) => (
                    <StaffRow key={node.id} staff={node} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {accounts.pageInfo.hasNextPage && (
            <Group justify="center" p="md">
              <Button
                variant="default"
                loading={loading}
                onClick={() =>
                  void fetchMore({ variables: { after: accounts.pageInfo.endCursor } }).catch(
                    () => undefined,
                  )
                }
              >
                Show more
              </Button>
            </Group>
          )}
        </Paper>
      )}
    </Stack>
  );
}

/** Administration: every staff account, with search and filters; new accounts start here. */
export function StaffListPage() {
  return (
    <AdministrationOnly>
      <Stack gap="lg">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Title order={1} fz={26}>
              Staff accounts
            </Title>
            <Text c="dimmed" size="sm">
              Accounts, invitations and roles in each program.
            </Text>
          </div>
          <Button component={Link} to="/admin/staff/new" leftSection={<PlusIcon size={16} />}>
            New account
          </Button>
        </Group>
        <StaffList />
      </Stack>
    </AdministrationOnly>
  );
}
