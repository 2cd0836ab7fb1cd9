import { Alert, Badge, Table, Text } from '@mantine/core';
import { ASAM_RECOMMENDED_LEVEL, asamLevelLabel } from '@waypoint/domain';
import { InfoIcon } from '../../ui/icons';
import {
  AssessmentCardShell,
  NotRecorded,
  type InstrumentCardProps,
} from './assessment-card-shell';
import {
  emptyAsam,
  isAsamValues,
  noteKey,
  readAsam,
  suggestsMoreIntensiveCare,
} from './assessment-forms';
import { AsamForm } from './asam-form';
import { useAssessmentEditor } from './use-assessment-editor';

/** The ASAM criteria's six dimensions: the latest ratings read-only, and a form for new ones. */
export function AsamCard(props: InstrumentCardProps) {
  const { latest, canRecord } = props;
  const editor = useAssessmentEditor(`asam:${props.episodeId}`, isAsamValues, canRecord);
  const readings = latest ? readAsam(latest.answers) : [];

  const start = () => {
    // New ratings start from the last ones: a re-rating changes what has changed.
    const values = emptyAsam();
    for (const r of readings) {
      values[r.key] = r.rating ? String(r.rating.value) : '';
      values[noteKey(r.key)] = r.note;
    }
    const level = latest?.answers[ASAM_RECOMMENDED_LEVEL];
    values.recommendedLevel = typeof level === 'string' ? level : '';
    editor.start(values);
  };

  return (
    <AssessmentCardShell
      title="ASAM dimensions"
      testId="asam-card"
      latest={latest}
      earlier={props.earlier}
      timeZone={props.timeZone}
      offerRecord={canRecord && !editor.session}
      onRecord={start}
    >
      {editor.session ? (
        <AsamForm
          episodeId={props.episodeId}
          session={editor.session}
          draft={editor.draft}
          onClose={editor.stop}
        />
      ) : latest ? (
        <>
          <Table verticalSpacing="xs" layout="fixed" data-testid="asam-view">
            <Table.Tbody>
              {readings.map((r, i) => (
                <Table.Tr key={r.key}>
                  <Table.Td w="48%">
                    <Text size="sm">
                      <Text span size="sm" c="dimmed" fw={600}>
                        D{i + 1}
                      </Text>{' '}
                      {r.label}
                    </Text>
                  </Table.Td>
                  <Table.Td w="22%">
                    {r.rating ? (
                      <Badge color={r.rating.color} variant="light" radius="sm" tt="none" fw={600}>
                        {r.rating.value} · {r.rating.label}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Not rated
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={r.note ? undefined : 'dimmed'}>
                      {r.note || '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {typeof latest.answers[ASAM_RECOMMENDED_LEVEL] === 'string' && (
            <Text size="sm" mt="sm" data-testid="asam-level">
              Recommended level of care:{' '}
              <Text span fw={600} size="sm">
                {asamLevelLabel(latest.answers[ASAM_RECOMMENDED_LEVEL])}
              </Text>
            </Text>
          )}
          {suggestsMoreIntensiveCare(readings) && (
            <Alert color="orange" variant="light" mt="md" icon={<InfoIcon size={18} />}>
              A dimension is rated severe: weigh whether a more intensive level of care would fit
              better than intensive outpatient.
            </Alert>
          )}
        </>
      ) : (
        <NotRecorded status={props.status} what="ASAM ratings" canRecord={canRecord} />
      )}
    </AssessmentCardShell>
  );
}
