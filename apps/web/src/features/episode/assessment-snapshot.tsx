import { Alert, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { formatInstantDate } from '../../ui/dates';
import { InfoIcon } from '../../ui/icons';
import { latestOf, readAsam, suggestsMoreIntensiveCare } from './assessment-forms';

interface SnapshotAssessment {
  id: string;
  instrument: string;
  administeredAt: string;
  answers: Record<string, unknown>;
}

/** The latest intake assessment at a glance, to decide on admission with it in view. */
export function AssessmentSnapshot({
  assessments,
  timeZone,
}: {
  assessments: readonly SnapshotAssessment[];
  timeZone: string;
}) {
  const asam = latestOf(assessments, 'ASAM').latest;
  const bps = latestOf(assessments, 'INTAKE_BPS').latest;
  if (!asam && !bps) {
    return (
      <Alert
        color="yellow"
        variant="light"
        icon={<InfoIcon size={18} />}
        title="No assessment recorded"
      >
        The decision normally rests on the intake assessment. Record the bio-psycho-social summary
        and the ASAM ratings on the chart first, unless there is a reason not to.
      </Alert>
    );
  }
  const readings = asam ? readAsam(asam.answers) : [];
  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0" data-testid="decision-assessment">
      <Stack gap={6}>
        {asam ? (
          <Group gap="xs" wrap="wrap">
            <Text size="xs" c="dimmed" fw={600} w={150}>
              ASAM · {formatInstantDate(asam.administeredAt, timeZone)}
            </Text>
            {readings.map((r, i) => (
              <Tooltip
                key={r.key}
                label={`${r.label}: ${r.rating?.label ?? 'not rated'}`}
                withArrow
              >
                <Badge
                  variant="light"
                  color={r.rating?.color ?? 'gray'}
                  radius="sm"
                  tt="none"
                  fw={600}
                >
                  D{i + 1} · {r.rating ? r.rating.value : '–'}
                </Badge>
              </Tooltip>
            ))}
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            No ASAM ratings recorded.
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {bps
            ? `Bio-psycho-social summary recorded ${formatInstantDate(bps.administeredAt, timeZone)}.`
            : 'No bio-psycho-social summary recorded.'}
          {suggestsMoreIntensiveCare(readings) &&
            ' A severe rating suggests a more intensive level of care may fit better than IOP.'}
        </Text>
      </Stack>
    </Paper>
  );
}
