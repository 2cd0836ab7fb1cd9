import { List, PasswordInput, Text, VisuallyHidden, type PasswordInputProps } from '@mantine/core';
import type { PasswordOwner } from '@waypoint/domain';
import { AlertIcon, CheckIcon } from '../../ui/icons';
import { passwordChecklist, type ChecklistItem } from './password-checklist';

function Mark({ met }: { met: boolean | null }) {
  if (met === true) return <CheckIcon size={16} color="var(--mantine-color-teal-8)" aria-hidden />;
  if (met === false) return <AlertIcon size={16} color="var(--mantine-color-red-8)" aria-hidden />;
  return (
    <span aria-hidden style={{ display: 'inline-block', width: 16, textAlign: 'center' }}>
      •
    </span>
  );
}

const status = (met: ChecklistItem['met']) => (met === null ? '' : met ? ' (done)' : ' (not yet)');

/**
 * A new password with the policy as a checklist beneath it, ticked as the person types. The
 * checklist is the field's description, so screen readers announce it with the field.
 */
export function NewPasswordField({
  owner,
  value,
  ...props
}: PasswordInputProps & { owner: PasswordOwner; value: string }) {
  return (
    <PasswordInput
      label="New password"
      autoComplete="new-password"
      value={value}
      inputWrapperOrder={['label', 'input', 'error', 'description']}
      description={
        <List spacing={4} size="sm" mt={6} listStyleType="none" data-testid="password-checklist">
          {passwordChecklist(value, owner).map((item) => (
            <List.Item key={item.key} icon={<Mark met={item.met} />} data-met={String(item.met)}>
              <Text span size="sm" c={item.met === false ? 'red.8' : undefined}>
                {item.label}
                <VisuallyHidden>{status(item.met)}</VisuallyHidden>
              </Text>
            </List.Item>
          ))}
        </List>
      }
      {...props}
    />
  );
}
