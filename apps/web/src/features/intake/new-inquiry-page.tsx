import { Anchor, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { ArrowLeftIcon, UsersIcon } from '../../ui/icons';
import { useFormDraft } from '../../ui/use-form-draft';
import { useCurrentViewer } from '../auth/current-viewer';
import {
  ageOverridePrograms,
  emptyInquiry,
  inquiryPrograms,
  isInquiryValues,
} from './inquiry-form';
import { NewInquiryForm } from './new-inquiry-form';

export const NEW_INQUIRY_PATH = '/intake/new';

function BackToIntake() {
  return (
    <Anchor component={Link} to="/intake" size="sm" w="fit-content">
      <Group gap={6} wrap="nowrap">
        <ArrowLeftIcon size={14} />
        Intake
      </Group>
    </Anchor>
  );
}

/** Someone asks about the program: who they are, how to reach them, who referred them. */
export function NewInquiryPage() {
  const viewer = useCurrentViewer();
  const programs = inquiryPrograms(viewer);
  const draft = useFormDraft(viewer.staff.id, 'new-inquiry', isInquiryValues);
  const only = programs.length === 1 ? (programs[0]?.value ?? '') : '';

  return (
    <Stack gap="md" maw={880}>
      <BackToIntake />
      <div>
        <Title order={1} fz={28}>
          New inquiry
        </Title>
        <Text c="dimmed" size="sm" mt={2}>
          Someone is asking about the program. Record who they are and how to reach them; their
          chart opens next, where screening, assessment and the admission decision follow.
        </Text>
      </div>
      <Paper withBorder radius="md" p="xl">
        {programs.length === 0 ? (
          <EmptyState
            py={32}
            icon={<UsersIcon size={28} />}
            variant="light"
            title="Your role does not open inquiries"
            description="Intake coordinators and program directors open inquiries for their programs."
            data-testid="inquiry-not-allowed"
          />
        ) : (
          <NewInquiryForm
            programs={programs}
            overridePrograms={ageOverridePrograms(viewer)}
            initial={draft.restored ?? emptyInquiry(only)}
            restored={draft.restored !== null}
            draft={draft}
          />
        )}
      </Paper>
    </Stack>
  );
}
