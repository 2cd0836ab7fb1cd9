import { Badge, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatInstantDate } from '../../ui/dates';
import { planStatusColor, planStatusLabel } from './plan-labels';
import { PlanDiffView } from './plan-diff-view';
import { previousVersion, versionDates } from './plan-versions';
import { requiredOnly, signatureRows } from './signing';

export const PlanHistoryVersionFragment = graphql(`
  fragment PlanHistory_version on TreatmentPlan {
    id
    versionNumber
    status
    createdAt
    activatedAt
    endedAt
    endReason
    createdBy {
      id
      displayName
    }
    requiredSigners
    signatures {
      id
      signer
      signedName
      signedAt
      signedBy {
        id
        displayName
      }
    }
    reviews {
      id
      outcome
      note
      reviewedAt
      reviewedBy {
        id
        displayName
      }
    }
  }
`);

interface PlanHistoryProps {
  versions: readonly FragmentType<typeof PlanHistoryVersionFragment>[];
  shownId: string;
  timeZone: string;
  onOpen: (id: string) => void;
}

/** Every version of the plan: status, dates, who signed, reviews; each compared with the one before. */
export function PlanHistory({ shownId, timeZone, onOpen, ...props }: PlanHistoryProps) {
  const versions = props.versions.map((v) => getFragmentData(PlanHistoryVersionFragment, v));
  const [comparing, setComparing] = useState<string | null>(
    () => versions.find((v) => v.id === shownId && v.versionNumber > 1)?.id ?? null,
  );
  if (versions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No versions yet.
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="plan-history">
      {versions.map((v) => {
        const previous = previousVersion(versions, v);
        const signed = signatureRows(v.signatures, requiredOnly(v.requiredSigners)).filter(
          (r) => r.signature,
        );
        const open = comparing === v.id;
        return (
          <Paper
            key={v.id}
            withBorder
            radius="md"
            p="md"
            data-testid="plan-version-row"
            bg={v.id === shownId ? 'teal.0' : undefined}
          >
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Group gap="sm">
                  <Text fw={700}>Version {v.versionNumber}</Text>
                  <Badge variant="light" color={planStatusColor(v.status)} tt="none" fw={700}>
                    {planStatusLabel(v.status)}
                  </Badge>
                  {v.id === shownId && (
                    <Text size="xs" c="dimmed">
                      shown now
                    </Text>
                  )}
                </Group>
                <Group gap="xs">
                  {previous && (
                    <Button
                      size="xs"
                      variant={open ? 'light' : 'default'}
                      onClick={() => setComparing(open ? null : v.id)}
                      aria-expanded={open}
                      data-testid="compare-previous"
                    >
                      {open ? 'Hide changes' : `Compare with version ${previous.versionNumber}`}
                    </Button>
                  )}
                  {v.id !== shownId && (
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => onOpen(v.id)}
                      data-testid="open-version"
                    >
                      Open
                    </Button>
                  )}
                </Group>
              </Group>
              <Text size="sm" c="dimmed">
                {versionDates(v, timeZone)}
              </Text>
              {signed.length > 0 && (
                <Text size="sm">
                  <Text span c="dimmed" size="sm">
                    Signed by{' '}
                  </Text>
                  {signed.map((r, i) => (
                    <Fragment key={r.signer}>
                      {i > 0 && ', '}
                      {r.label.toLowerCase()}{' '}
                      {r.signer === 'CLIENT'
                        ? `“${r.signature!.signedName ?? ''}”`
                        : r.signature!.signedBy.displayName}{' '}
                      <Text span c="dimmed" size="sm">
                        ({formatInstantDate(r.signature!.signedAt, timeZone)})
                      </Text>
                    </Fragment>
                  ))}
                </Text>
              )}
              {v.reviews.map((r) => (
                <Text key={r.id} size="sm">
                  <Text span c="dimmed" size="sm">
                    Reviewed {formatInstantDate(r.reviewedAt, timeZone)} by{' '}
                    {r.reviewedBy.displayName} —{' '}
                  </Text>
                  {r.outcome === 'CONTINUED' ? 'continued' : 'revised'}
                  {r.note && `: ${r.note}`}
                </Text>
              ))}
              <Collapse expanded={open}>
                {open && previous && (
                  <Paper radius="md" p="md" bg="gray.0" mt="xs">
                    <Text
                      size="xs"
                      c="dimmed"
                      fw={600}
                      tt="uppercase"
                      mb="sm"
                      style={{ letterSpacing: '0.04em' }}
                    >
                      Changes from version {previous.versionNumber} to {v.versionNumber}
                    </Text>
                    <PlanDiffView fromPlanId={previous.id} toPlanId={v.id} />
                  </Paper>
                )}
              </Collapse>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
