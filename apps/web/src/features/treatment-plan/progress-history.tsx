import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { usePlanEditing } from './plan-context';
import { RatingChart } from './progress-chart';
import { formatMeasure, newestFirst, ratingColor, type RatingPoint } from './progress';
import { shortDate } from './review-clock';

interface Entry {
  id: string;
  recordedOn: string;
  rating?: number | null;
  measureValue?: number | null;
  note?: string | null;
  objectiveLineageId?: string | null;
  createdAt?: string | null;
  author: { displayName: string };
}

interface ProgressHistoryProps {
  entries: readonly Entry[];
  objectives: readonly { lineageId: string; description: string }[];
  points: readonly RatingPoint[];
}

const FIRST = 6;

/** Every entry, newest first (the first few, then all), under a chart of the ratings. */
export function ProgressHistory({ entries, objectives, points }: ProgressHistoryProps) {
  const { today } = usePlanEditing();
  const [all, setAll] = useState(false);
  const list = newestFirst(entries);
  const shown = all ? list : list.slice(0, FIRST);
  const objectiveNumber = (lineageId: string | null | undefined) => {
    const i = objectives.findIndex((o) => o.lineageId === lineageId);
    return i < 0 ? null : i + 1;
  };
  return (
    <Paper withBorder radius="md" p="sm" data-testid="progress-history">
      <Stack gap="sm">
        {points.length > 1 && <RatingChart points={points} today={today} />}
        <Stack gap={0} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {shown.map((e, i) => {
            const objective = objectiveNumber(e.objectiveLineageId);
            return (
              <Group
                key={e.id}
                component="li"
                gap="sm"
                py={6}
                wrap="nowrap"
                align="flex-start"
                style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
                data-testid="progress-entry"
              >
                <Text size="sm" w={64} c="dimmed" style={{ flexShrink: 0 }}>
                  {shortDate(e.recordedOn, today)}
                </Text>
                <Group gap={8} w={150} wrap="nowrap" style={{ flexShrink: 0 }}>
                  {typeof e.rating === 'number' ? (
                    <Badge
                      variant="light"
                      color={ratingColor(e.rating)}
                      tt="none"
                      fw={700}
                      miw={52}
                    >
                      {e.rating}/10
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed" w={48}>
                      —
                    </Text>
                  )}
                  {typeof e.measureValue === 'number' && (
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      <Text span size="xs" c="dimmed">
                        measure{' '}
                      </Text>
                      {formatMeasure(e.measureValue)}
                    </Text>
                  )}
                </Group>
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm">
                    {e.note ?? (
                      <Text span c="dimmed">
                        No note
                      </Text>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {objective ? `Objective ${objective} · ` : ''}
                    {e.author.displayName}
                  </Text>
                </Stack>
              </Group>
            );
          })}
        </Stack>
        {list.length > FIRST && (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setAll((a) => !a)}
            w="fit-content"
          >
            {all ? 'Show fewer' : `Show all ${list.length} entries`}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
