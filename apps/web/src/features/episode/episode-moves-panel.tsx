import { Button, Group, Stack, Text } from '@mantine/core';
import { nextStep, workPath } from '@waypoint/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { ArrowRightIcon } from '../../ui/icons';
import {
  AdmissionDecisionDialog,
  type AdmissionDecisionDialogFragment,
} from './admission-decision-dialog';
import { decisionVerb, groupMoves, moveVerb, type MoveOption } from './episode-moves';
import { TransitionDialog } from './transition-dialog';
import type { MoveContext } from './use-episode-move';

export const EpisodeMovesFragment = graphql(`
  fragment EpisodeMoves_episode on Episode {
    id
    version
    status
    availableTransitions {
      to
      label
      admissionDecision
      reasonRequired
      dischargeTypes
      description
    }
    admission {
      mayDecideAdmission
    }
    client {
      id
    }
    worklist {
      kind
      daysUntilDue
    }
  }
`);

interface EpisodeMovesProps {
  episode: FragmentType<typeof EpisodeMovesFragment>;
  /** What the decision form shows (its own fragment, spread beside this one). */
  decisionEpisode: FragmentType<typeof AdmissionDecisionDialogFragment>;
  context: MoveContext;
}

/** The moves the lifecycle offers from here: the usual next step first, other outcomes aside. */
export function EpisodeMoves(props: EpisodeMovesProps) {
  const episode = getFragmentData(EpisodeMovesFragment, props.episode);
  const [move, setMove] = useState<MoveOption | null>(null);
  const [deciding, setDeciding] = useState(false);
  // Admitting is a clinician's or director's decision (the API says whether the viewer may).
  const mayAdmit = episode.admission?.mayDecideAdmission ?? true;
  // Discharge has its own form on the chart (discharge section: Rule 6's aftercare plan or
  // attempted contact); the API refuses the bare move.
  const offered = episode.availableTransitions.filter(
    (m) => (m.admissionDecision !== 'ADMIT' || mayAdmit) && m.to !== 'DISCHARGED',
  );
  const admitHidden =
    !mayAdmit && episode.availableTransitions.some((m) => m.admissionDecision === 'ADMIT');
  const { primary, decisions, others } = groupMoves(episode.status, offered);

  if (!primary && decisions.length === 0 && others.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="episode-moves">
        This episode has ended: nothing more happens in it. A client who returns starts a new
        episode.
      </Text>
    );
  }

  // Treatment starts from the orientation checklist, where its condition can be seen.
  const startsFromChecklist = episode.status === 'ORIENTATION' && primary?.to === 'ACTIVE';
  const next = decisions.length > 0 ? null : primary;
  // The most urgent work of this chart's worklist (the rule Today follows) is the main action;
  // the lifecycle's usual move then waits beside it.
  const work = nextStep(episode.worklist);

  return (
    <Group justify="space-between" align="flex-start" gap="lg" data-testid="episode-moves">
      <Stack gap={6} style={{ flex: '1 1 360px' }}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
          Next step
        </Text>
        {work && (
          <Group gap="sm" wrap="nowrap" align="center">
            <Button
              component={Link}
              to={workPath(episode.client.id, work.place)}
              rightSection={<ArrowRightIcon size={14} />}
              data-testid="next-work"
            >
              {work.action}
            </Button>
          </Group>
        )}
        {decisions.length > 0 && (
          <Group gap="sm" align="center">
            <Button
              onClick={() => setDeciding(true)}
              rightSection={<ArrowRightIcon size={14} />}
              data-testid="move-decision"
            >
              {decisionVerb(decisions)}
            </Button>
            <Text size="sm" c="dimmed" style={{ flex: '1 1 200px' }}>
              Admit, waitlist, refer out or decline, with the rationale.
            </Text>
          </Group>
        )}
        {next && startsFromChecklist && (
          <Text size="sm">
            Complete the orientation checklist below, then start treatment there.
          </Text>
        )}
        {next && !startsFromChecklist && (
          <Group gap="sm" align="center">
            <Button
              variant={work ? 'default' : 'filled'}
              onClick={() => setMove(next)}
              rightSection={<ArrowRightIcon size={14} />}
              data-testid={`move-${next.to}`}
            >
              {moveVerb(episode.status, next.to)}
            </Button>
            <Text size="sm" c="dimmed" style={{ flex: '1 1 200px' }}>
              {next.description}
            </Text>
          </Group>
        )}
        {!next && decisions.length === 0 && (
          <Text size="sm" c="dimmed">
            No usual next step from here; see the other outcomes.
          </Text>
        )}
        {admitHidden && (
          <Text size="sm" c="dimmed" data-testid="admission-by-clinician">
            Admission is decided by a clinician or director of the program.
          </Text>
        )}
      </Stack>
      {others.length > 0 && (
        <Stack gap={6} align="flex-end">
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
            Other outcomes
          </Text>
          <Group gap="xs" justify="flex-end">
            {others.map((m) => (
              <Button
                key={m.to}
                variant="default"
                size="xs"
                onClick={() => setMove(m)}
                data-testid={`move-${m.to}`}
              >
                {moveVerb(episode.status, m.to)}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
      <TransitionDialog
        move={move}
        episode={episode}
        context={props.context}
        onClose={() => setMove(null)}
      />
      <AdmissionDecisionDialog
        opened={deciding}
        episode={props.decisionEpisode}
        decisions={decisions}
        context={props.context}
        onClose={() => setDeciding(false)}
      />
    </Group>
  );
}
