import { Grid, Stack } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useCurrentViewer } from '../auth/current-viewer';
import { ChartAccessFragment } from '../client-chart/chart-access';
import { keepsChartAccess } from './access-after-move';
import { CareTeamCard } from './care-team-card';
import { EpisodeMoves } from './episode-moves-panel';
import { IntakeAssessmentSection } from './intake-assessment-section';
import { LevelOfCareCard } from './level-of-care-card';
import { EpisodeLifecycleCard } from './lifecycle-card';
import { OrientationChecklist } from './orientation-checklist';
import { TransitionHistory } from './transition-history';
import { ScreeningCard } from '../screening/screening-card';
import type { MoveContext } from './use-episode-move';

// Each card declares its own fragment; both lists below spread all of them, side by side rather
// than nested, because the API prices every level of fragment nesting (query cost limit) and the
// chart's one request must stay well within it.

/**
 * What a move answers with: every card's data that a move can change, and what the chart's
 * header and episode list show, so the whole chart shows the episode as it is after the move.
 * Assessments are left out: a move never changes them, and every read of one is audited.
 */
export const EpisodeWorkspaceEpisodeFragment = graphql(`
  fragment EpisodeWorkspace_episode on Episode {
    id
    version
    status
    phase
    openedAt
    admittedAt
    dischargedAt
    referralSource
    program {
      id
      name
      timeZone
    }
    primaryClinician {
      id
      displayName
    }
    caseManager {
      id
      displayName
    }
    ...EpisodeLifecycle_episode
    ...EpisodeMoves_episode
    ...TransitionHistory_episode
    ...OrientationChecklist_episode
    ...CareTeamCard_episode
    ...LevelOfCareCard_episode
  }
`);

/** What the chart asks for its current episode: every card's data. */
export const EpisodeWorkspaceFragment = graphql(`
  fragment EpisodeWorkspace_client on Client {
    id
    displayName
    ...ChartAccess_client
    currentEpisode {
      id
      status
      program {
        id
        name
      }
      ...EpisodeLifecycle_episode
      ...EpisodeMoves_episode
      ...AdmissionDecisionDialog_episode
      ...TransitionHistory_episode
      ...IntakeAssessment_episode
      ...OrientationChecklist_episode
      ...CareTeamCard_episode
      ...LevelOfCareCard_episode
      ...ScreeningCard_episode
    }
  }
`);

interface EpisodeWorkspaceProps {
  client: FragmentType<typeof EpisodeWorkspaceFragment>;
  /** Whether the viewer may change the chart (the API has the last word). */
  canEdit: boolean;
}

/** The client's current episode on the chart: lifecycle, moves, intake assessment, orientation. */
export function EpisodeWorkspace(props: EpisodeWorkspaceProps) {
  const client = getFragmentData(EpisodeWorkspaceFragment, props.client);
  const viewer = useCurrentViewer();
  const episode = client.currentEpisode;
  if (!episode) return null;
  const access = getFragmentData(ChartAccessFragment, client);
  const context: MoveContext = {
    clientId: client.id,
    clientName: client.displayName,
    programName: episode.program.name,
    keepsAccessAfter: (to, primaryClinicianId) =>
      keepsChartAccess(viewer, access, { to, primaryClinicianId }),
  };
  const { canEdit } = props;

  return (
    <Stack gap="lg" data-testid="episode-workspace">
      <EpisodeLifecycleCard
        episode={episode}
        actions={
          canEdit ? (
            <EpisodeMoves episode={episode} decisionEpisode={episode} context={context} />
          ) : null
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            {episode.status === 'ORIENTATION' && (
              <OrientationChecklist episode={episode} canEdit={canEdit} context={context} />
            )}
            <ScreeningCard episode={episode} canEdit={canEdit} />
            <IntakeAssessmentSection episode={episode} canEdit={canEdit} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <CareTeamCard episode={episode} canEdit={canEdit} />
            <LevelOfCareCard episode={episode} canEdit={canEdit} />
            <TransitionHistory episode={episode} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
