import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { describeError } from '../../ui/error-message';
import { fieldErrors } from '../../ui/graphql-errors';
import { NewPasswordField } from '../password/new-password-field';
import { passwordAcceptable } from '../password/password-checklist';
import type { AccountSectionProps } from './account-sections';
import { useChangeMyPassword } from './use-my-account';

const ended = (n: number) =>
  n === 0
    ? 'You had no other sessions.'
    : `${n} other session${n === 1 ? ' was' : 's were'} signed out.`;

/** Change my password: the current one, then a new one the policy accepts. */
export function ChangePasswordSection({ owner }: AccountSectionProps) {
  const { changePassword, changing } = useChangeMyPassword();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: (v) => (v ? null : 'Enter your current password'),
      newPassword: (v) =>
        passwordAcceptable(v, owner) ? null : 'Choose a password that meets every point below',
    },
  });

  const submit = async (values: typeof form.values) => {
    setFailure(null);
    try {
      const n = await changePassword(values.currentPassword, values.newPassword);
      form.reset();
      notifications.show({ color: 'teal', title: 'Password changed', message: ended(n) });
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields.currentPassword || fields.newPassword) form.setErrors(fields);
      else setFailure(describeError(e).message);
    }
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values))}
      noValidate
      data-testid="change-password-form"
    >
      <Stack gap="md" maw={440}>
        {/* The account's email, so a password manager files the new password under it. */}
        <input type="hidden" autoComplete="username" value={owner.email} readOnly />
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          data-testid="change-password-current"
          {...form.getInputProps('currentPassword')}
        />
        <NewPasswordField
          owner={owner}
          data-testid="change-password-new"
          {...form.getInputProps('newPassword')}
          value={form.values.newPassword}
          error={form.errors.newPassword ?? failure}
        />
        <Group>
          <Button type="submit" loading={changing} data-testid="change-password-submit">
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
