import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { STAFF_ROLES_IN_ORDER } from '@waypoint/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { describeError } from '../../ui/error-message';
import { apiErrorCode, fieldErrors } from '../../ui/graphql-errors';
import { ArrowLeftIcon } from '../../ui/icons';
import { roleLabel } from '../auth/viewer-roles';
import { AdministrationOnly } from './administration-only';
import { PasswordLinkPanel, type IssuedLink } from './password-link-panel';
import { validateNewAccount, type NewAccountValues } from './staff-accounts';
import { AdministrationProgramsQuery } from './staff-list-page';

const CreateStaffAccountMutation = graphql(`
  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      staff {
        id
        displayName
        ...StaffRow_staff
      }
      invitation {
        url
        expiresAt
        purpose
      }
    }
  }
`);

const blank: NewAccountValues = {
  firstName: '',
  lastName: '',
  credentials: '',
  email: '',
  programId: null,
  role: null,
};

/** A new account: name, email, a first role; the answer is the invitation link to hand over. */
function NewStaffForm() {
  const programs = useQuery(AdministrationProgramsQuery);
  const [create, { loading, client }] = useMutation(CreateStaffAccountMutation);
  const [created, setCreated] = useState<{ id: string; name: string; link: IssuedLink } | null>(
    null,
  );
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);
  const form = useForm<NewAccountValues>({
    mode: 'controlled',
    initialValues: blank,
    validate: validateNewAccount,
  });

  const submit = async (values: NewAccountValues) => {
    setFailure(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            firstName: values.firstName,
            lastName: values.lastName,
            credentials: values.credentials || null,
            email: values.email,
            roles: [{ programId: values.programId!, role: values.role! }],
          },
        },
      });
      const answer = data?.createStaffAccount;
      if (!answer) return;
      // Lists of accounts are fetched afresh when next shown.
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'staffAccounts' });
      client.cache.gc();
      setCreated({ id: answer.staff.id, name: answer.staff.displayName, link: answer.invitation });
      form.reset();
    } catch (error) {
      if (apiErrorCode(error) === 'BAD_USER_INPUT') {
        const fields = fieldErrors(error);
        const { 'roles.0.programId': programId, ...rest } = fields;
        form.setErrors(programId ? { ...rest, programId } : rest);
        return;
      }
      setFailure(describeError(error));
    }
  };

  return (
    <Stack gap="lg">
      {created && (
        <Stack gap="xs">
          <PasswordLinkPanel link={created.link} name={created.name} />
          <Anchor component={Link} to={`/admin/staff/${created.id}`}>
            Open {created.name}’s account
          </Anchor>
        </Stack>
      )}
      <Paper withBorder radius="md" p="lg">
        <form
          onSubmit={form.onSubmit((v) => void submit(v))}
          noValidate
          data-testid="new-staff-form"
        >
          <Stack gap="md">
            {failure && (
              <Alert color="red" variant="light" title={failure.title} role="alert">
                {failure.message}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label="First name"
                withAsterisk
                autoComplete="off"
                {...form.getInputProps('firstName')}
              />
              <TextInput
                label="Last name"
                withAsterisk
                autoComplete="off"
                {...form.getInputProps('lastName')}
              />
              <TextInput
                label="Credentials"
                description="e.g. LCSW, LMFT, CADC"
                {...form.getInputProps('credentials')}
              />
              <TextInput
                label="Email"
                type="email"
                withAsterisk
                autoComplete="off"
                {...form.getInputProps('email')}
              />
              <Select
                label="Program"
                withAsterisk
                data={(programs.data?.programs ?? []).map((p) => ({ value: p.id, label: p.name }))}
                {...form.getInputProps('programId')}
              />
              <Select
                label="Role in that program"
                withAsterisk
                data={STAFF_ROLES_IN_ORDER.map((r) => ({
                  value: r,
                  label: roleLabel(r),
                }))}
                {...form.getInputProps('role')}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button type="submit" loading={loading}>
                Create and invite
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

export function NewStaffPage() {
  return (
    <AdministrationOnly>
      <Stack gap="lg" maw={820}>
        <Anchor component={Link} to="/admin/staff" size="sm">
          <Group gap={4} wrap="nowrap">
            <ArrowLeftIcon size={14} /> Staff accounts
          </Group>
        </Anchor>
        <Title order={1} fz={26}>
          New staff account
        </Title>
        <NewStaffForm />
      </Stack>
    </AdministrationOnly>
  );
}
