import { Stack } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { AsamCard } from './asam-card';
import { canRecordAssessment, latestOf } from './assessment-forms';
import { BpsSummaryCard } from './bps-summary-card';

export const IntakeAssessmentFragment = graphql(`
  fragment IntakeAssessment_assessment on Assessment {
    id
    instrument
    instrumentVersion
    answers
    administeredAt
    administeredBy {
      id
      displayName
    }
  }
`);

export const IntakeAssessmentEpisodeFragment = graphql(`
  fragment IntakeAssessment_episode on Episode {
    id
    status
    program {
      id
      timeZone
    }
    assessments {
      id
      ...IntakeAssessment_assessment
    }
    admission {
      mayRecordAsam
    }
  }
`);

/** The intake assessment: the bio-psycho-social summary and the ASAM ratings, latest of each. */
export function IntakeAssessmentSection(props: {
  episode: FragmentType<typeof IntakeAssessmentEpisodeFragment>;
  canEdit: boolean;
}) {
  const episode = getFragmentData(IntakeAssessmentEpisodeFragment, props.episode);
  const assessments = getFragmentData(IntakeAssessmentFragment, episode.assessments);
  const canRecord = props.canEdit && canRecordAssessment(episode.status);
  const shared = {
    episodeId: episode.id,
    status: episode.status,
    timeZone: episode.program.timeZone,
    canRecord,
  };
  return (
    <Stack gap="lg" data-testid="intake-assessment">
      <BpsSummaryCard {...shared} {...latestOf(assessments, 'INTAKE_BPS')} />
      <AsamCard
        {...shared}
        // The ASAM recommends a level of care: a clinician's or director's (the API decides who).
        canRecord={canRecord && (episode.admission?.mayRecordAsam ?? false)}
        {...latestOf(assessments, 'ASAM')}
      />
    </Stack>
  );
}
