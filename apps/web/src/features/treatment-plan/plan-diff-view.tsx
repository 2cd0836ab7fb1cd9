import { useQuery } from '@apollo/client/react';
import { Badge, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { getFragmentData, graphql } from '../../gql';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { diffView, type DiffItem } from './plan-diff';

const PlanDiffTreeFragment = graphql(`
  fragment PlanDiffView_tree on TreatmentPlan {
    id
    versionNumber
    problems {
      id
      domain
      clientWords
      goals {
        id
        description
        objectives {
          id
          description
          interventions {
            id
            modality
            frequency
            responsibleStaff {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

const PlanDiffKindFragment = graphql(`
  fragment PlanDiffView_kind on PlanElementKindDiff {
    kind
    added
    removed
    changed
    unchanged
    changes {
      change
      lineageId
      fromId
      toId
      kind
      fields {
        field
        from
        to
      }
    }
  }
`);

const PlanDiffQuery = graphql(`
  query PlanDiff($fromPlanId: ID!, $toPlanId: ID!) {
    treatmentPlanDiff(fromPlanId: $fromPlanId, toPlanId: $toPlanId) {
      fromPlan {
        id
        ...PlanDiffView_tree
      }
      toPlan {
        id
        ...PlanDiffView_tree
      }
      problems {
        ...PlanDiffView_kind
      }
      goals {
        ...PlanDiffView_kind
      }
      objectives {
        ...PlanDiffView_kind
      }
      interventions {
        ...PlanDiffView_kind
      }
    }
  }
`);

const changeBadge: Record<DiffItem['change'], { color: string; label: string }> = {
  ADDED: { color: 'teal', label: 'Added' },
  REMOVED: { color: 'red', label: 'Removed' },
  CHANGED: { color: 'blue', label: 'Changed' },
};

function Value({ value, strike }: { value: string | null; strike?: boolean }) {
  if (value === null) {
    return (
      <Text span size="sm" c="dimmed" fs="italic">
        empty
      </Text>
    );
  }
  return (
    <Text span size="sm" td={strike ? 'line-through' : undefined} c={strike ? 'dimmed' : undefined}>
      {value}
    </Text>
  );
}

/** What changed from one version to the next: each element added, removed or changed, old → new. */
export function PlanDiffView({ fromPlanId, toPlanId }: { fromPlanId: string; toPlanId: string }) {
  const { data, error, refetch, loading } = useQuery(PlanDiffQuery, {
    variables: { fromPlanId, toPlanId },
  });
  if (error && !data) {
    return (
      <QueryErrorAlert
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        retrying={loading}
      />
    );
  }
  if (!data) return <Skeleton height={120} radius="md" data-testid="plan-diff-loading" />;
  const d = data.treatmentPlanDiff;
  const from = getFragmentData(PlanDiffTreeFragment, d.fromPlan);
  const to = getFragmentData(PlanDiffTreeFragment, d.toPlan);
  const kinds = [d.problems, d.goals, d.objectives, d.interventions].map((k) =>
    getFragmentData(PlanDiffKindFragment, k),
  );
  const view = diffView(kinds, from, to);

  if (view.total === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="plan-diff">
        No differences: version {to.versionNumber} has the same content as version{' '}
        {from.versionNumber}.
      </Text>
    );
  }
  return (
    <Stack gap="md" data-testid="plan-diff">
      {view.sections
        .filter((s) => s.items.length > 0)
        .map((s) => (
          <Stack key={s.kind} gap="xs">
            <Group gap="sm">
              <Text fw={700} size="sm">
                {s.title}
              </Text>
              <Text size="xs" c="dimmed">
                {[
                  s.added && `${s.added} added`,
                  s.removed && `${s.removed} removed`,
                  s.changed && `${s.changed} changed`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Group>
            <Paper withBorder radius="sm">
              {s.items.map((item, i) => (
                <Group
                  key={item.key}
                  gap="sm"
                  wrap="nowrap"
                  align="flex-start"
                  px="sm"
                  py={8}
                  style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
                  data-testid="diff-change"
                >
                  <Badge
                    color={changeBadge[item.change].color}
                    variant="light"
                    tt="none"
                    miw={84}
                    mt={2}
                    style={{ flexShrink: 0 }}
                  >
                    {changeBadge[item.change].label}
                  </Badge>
                  <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                    <Text size="sm">
                      <Text
                        span
                        fw={600}
                        td={item.change === 'REMOVED' ? 'line-through' : undefined}
                      >
                        {item.label}
                      </Text>
                      {item.where && (
                        <Text span size="xs" c="dimmed">
                          {'  ·  '}
                          {item.where}
                        </Text>
                      )}
                    </Text>
                    {item.fields.map((f) => (
                      <Group key={f.field} gap="xs" wrap="nowrap" align="baseline">
                        <Text size="xs" c="dimmed" fw={600} w={130} style={{ flexShrink: 0 }}>
                          {f.label}
                        </Text>
                        <Text size="sm">
                          <Value value={f.from} strike />
                          <Text span size="sm" c="dimmed">
                            {'  →  '}
                          </Text>
                          <Value value={f.to} />
                        </Text>
                      </Group>
                    ))}
                  </Stack>
                </Group>
              ))}
            </Paper>
          </Stack>
        ))}
    </Stack>
  );
}
