import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../ui/dates';
import { AmendProgressForm } from './amend-progress-form';
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
  /** CURRENT counts; CORRECTED and VOIDED stay listed, struck through. */
  status?: string | null;
  /** Why this entry corrects an earlier one. */
  amendReason?: string | null;
  correctedBy?: {
    createdAt: string;
    amendReason?: string | null;
    author: { displayName: string };
  } | null;
  voided?: { at: string; reason: string; by: { displayName: string } } | null;
}

interface ProgressHistoryProps {
  entries: readonly Entry[];
  objectives: readonly { lineageId: string; description: string }[];
  points: readonly RatingPoint[];
}

const FIRST = 6;

/** Every entry, newest first (the first few, then all), under a chart of the ratings. */
export function ProgressHistory({ entries, objectives, points }: ProgressHistoryProps) {
  const { today, timeZone, amending } = usePlanEditing();
  const [all, setAll] = useState(false);
  const [amend, setAmend] = useState<{ id: string; mode: 'CORRECT' | 'VOID' } | null>(null);
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
            const struck = e.status === 'CORRECTED' || e.status === 'VOIDED';
            return (
              <Stack key={e.id} gap={4} component="li">
                <Group
                  gap="sm"
                  py={6}
                  wrap="nowrap"
                  align="flex-start"
                  style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
                  data-testid="progress-entry"
                  data-status={e.status ?? 'CURRENT'}
                  td={struck ? 'line-through' : undefined}
                  c={struck ? 'dimmed' : undefined}
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
                      {e.amendReason ? ` · corrects an earlier entry: ${e.amendReason}` : ''}
                    </Text>
                  </Stack>
                  {amending && !struck && !e.id.startsWith('provisional-') && (
                    <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setAmend({ id: e.id, mode: 'CORRECT' })}
                        data-testid="correct-progress"
                      >
                        Correct
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setAmend({ id: e.id, mode: 'VOID' })}
                        data-testid="void-progress"
                      >
                        Void
                      </Button>
                    </Group>
                  )}
                </Group>
                {struck && (
                  <Text size="xs" c="dimmed" pl={72} data-testid="progress-amended">
                    {e.status === 'VOIDED' && e.voided
                      ? `Voided by ${e.voided.by.displayName} · ${formatDateTime(e.voided.at, timeZone)} — ${e.voided.reason}`
                      : e.correctedBy
                        ? `Corrected by ${e.correctedBy.author.displayName} · ${formatDateTime(e.correctedBy.createdAt, timeZone)} — ${e.correctedBy.amendReason ?? ''}`
                        : ''}
                  </Text>
                )}
                {amend?.id === e.id && (
                  <AmendProgressForm entry={e} mode={amend.mode} onDone={() => setAmend(null)} />
                )}
              </Stack>
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
