import { Blockquote, Stack, Text } from '@mantine/core';
import { emptyBps, isBpsValues, OWN_WORDS_FIELDS, readBps } from './assessment-forms';
import {
  AssessmentCardShell,
  NotRecorded,
  type InstrumentCardProps,
} from './assessment-card-shell';
import { BpsSummaryForm } from './bps-summary-form';
import { useAssessmentEditor } from './use-assessment-editor';

function SectionLabel({ children }: { children: string }) {
  return (
    <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
      {children}
    </Text>
  );
}

/** The bio-psycho-social summary: the latest one read-only, and a form for a new version. */
export function BpsSummaryCard(props: InstrumentCardProps) {
  const { latest, canRecord } = props;
  const editor = useAssessmentEditor(`bps-summary:${props.episodeId}`, isBpsValues, canRecord);
  const sections = latest ? readBps(latest.answers) : [];

  const start = () => {
    // A new version starts from the last one, to revise rather than retype.
    const values = emptyBps();
    for (const s of sections) values[s.key] = s.text;
    editor.start(values);
  };

  return (
    <AssessmentCardShell
      title="Bio-psycho-social summary"
      testId="bps-card"
      latest={latest}
      earlier={props.earlier}
      timeZone={props.timeZone}
      offerRecord={canRecord && !editor.session}
      onRecord={start}
    >
      {editor.session ? (
        <BpsSummaryForm
          episodeId={props.episodeId}
          session={editor.session}
          draft={editor.draft}
          onClose={editor.stop}
        />
      ) : latest ? (
        <Stack gap="md" data-testid="bps-view">
          {sections.map((s) => (
            <div key={s.key}>
              <SectionLabel>{s.label}</SectionLabel>
              {OWN_WORDS_FIELDS.has(s.key) ? (
                <Blockquote color="teal" p="sm" mt={6} iconSize={0} fz="sm">
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {s.text || '—'}
                  </Text>
                </Blockquote>
              ) : (
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                  {s.text || '—'}
                </Text>
              )}
            </div>
          ))}
        </Stack>
      ) : (
        <NotRecorded status={props.status} what="summary" canRecord={canRecord} />
      )}
    </AssessmentCardShell>
  );
}
