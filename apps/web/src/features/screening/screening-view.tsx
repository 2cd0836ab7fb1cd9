import { Alert, Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import {
  ESCALATION_STEPS,
  REASONS_FOR_CALL,
  SAFETY_QUESTIONS,
  SCREENING_SUBSTANCES,
  SCREENING_URGENCY_LABELS,
  USE_FREQUENCIES,
  USE_ROUTES,
  type ScreeningUrgency,
} from '@waypoint/domain';
import type { ScreeningView_ScreeningFragment } from '../../gql/graphql';
import { formatDateTime, formatLocalDate } from '../../ui/dates';

const label = (list: readonly { key: string; label: string }[], key: string) =>
  list.find((i) => i.key === key)?.label ?? key;

export const URGENCY_COLORS: Record<ScreeningUrgency, string> = {
  ROUTINE: 'gray',
  URGENT: 'orange',
  EMERGENT: 'red',
};

/** Where the chart keeps whom to call (the emergency contacts card). */
export function CrisisContactsLink({ onColor = false }: { onColor?: boolean }) {
  return (
    // On a filled alert the link is white and underlined, so it reads as a link at full contrast.
    <Anchor
      href="#emergency-contacts"
      size="sm"
      c={onColor ? 'white' : undefined}
      underline={onColor ? 'always' : undefined}
    >
      The client’s emergency and crisis contacts
    </Anchor>
  );
}

/** The screening as recorded; an older one shows its note only. */
export function ScreeningView({
  screening,
  timeZone,
}: {
  screening: ScreeningView_ScreeningFragment;
  timeZone: string;
}) {
  const latest = screening.escalations[0];
  return (
    <Stack gap="sm" data-testid="screening-view">
      {screening.urgency && (
        <Group gap="xs">
          <Text size="sm" fw={600}>
            Urgency
          </Text>
          <Badge color={URGENCY_COLORS[screening.urgency]} data-testid="screening-urgency">
            {SCREENING_URGENCY_LABELS[screening.urgency]}
          </Badge>
        </Group>
      )}
      {latest && (
        <Alert
          color="red"
          variant="light"
          title={`Escalated: ${SCREENING_URGENCY_LABELS[latest.urgency]}`}
          data-testid="screening-view-escalation"
        >
          <Stack gap={6}>
            <Text size="sm">
              Yes to:{' '}
              {latest.positiveAnswers
                .map((k) => label(SAFETY_QUESTIONS, k).toLowerCase())
                .join('; ')}
            </Text>
            <List size="sm" spacing={2}>
              {latest.steps.map((s) => (
                <List.Item key={s}>{ESCALATION_STEPS[s]}</List.Item>
              ))}
            </List>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              <Text span fw={600} size="sm">
                Advised:{' '}
              </Text>
              {latest.advised}
            </Text>
            <Text size="xs">
              Recorded by {latest.recordedBy.displayName},{' '}
              {formatDateTime(latest.recordedAt, timeZone)}
            </Text>
            <CrisisContactsLink />
          </Stack>
        </Alert>
      )}
      {screening.reasonsForCall.length > 0 && (
        <Text size="sm">
          <Text span fw={600} size="sm">
            Reason for call:{' '}
          </Text>
          {screening.reasonsForCall.map((r) => label(REASONS_FOR_CALL, r)).join('; ')}
          {screening.reasonNote ? ` — ${screening.reasonNote}` : ''}
        </Text>
      )}
      {screening.structured && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Substances
          </Text>
          {screening.substances.length === 0 ? (
            <Text size="sm" c="dimmed">
              None reported.
            </Text>
          ) : (
            <List size="sm" spacing={2} data-testid="screening-substances">
              {screening.substances.map((s, i) => (
                <List.Item key={i}>
                  {s.substance === 'OTHER' && s.otherSubstance
                    ? s.otherSubstance
                    : label(SCREENING_SUBSTANCES, s.substance)}
                  : {label(USE_ROUTES, s.route).toLowerCase()},{' '}
                  {label(USE_FREQUENCIES, s.frequency).toLowerCase()}; last used{' '}
                  {formatLocalDate(s.lastUseOn)}
                  {s.ageAtFirstUse != null ? `; first at ${s.ageAtFirstUse}` : ''}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      {screening.notes && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="screening-notes">
          <Text span fw={600} size="sm">
            {screening.structured ? 'Notes: ' : 'Screening note: '}
          </Text>
          {screening.notes}
        </Text>
      )}
      {!screening.structured && (
        <Text size="xs" c="dimmed">
          Recorded before the screening had structured questions.
        </Text>
      )}
    </Stack>
  );
}
