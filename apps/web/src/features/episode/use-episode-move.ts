import { notifications } from '@mantine/notifications';
import { episodeStatusLabel, type EpisodeStatus } from '@waypoint/domain';
import { useNavigate } from 'react-router-dom';
import type { TransitionEpisodeInput } from '../../gql/graphql';
import { INTAKE_OUTCOME_PATH, type IntakeOutcome } from '../intake/intake-outcome';
import { useTransitionEpisodeMutation } from './use-transition-episode-mutation';

/** Who the moves are for, and whether the viewer keeps the chart after one. */
export interface MoveContext {
  clientId: string;
  clientName: string;
  programName: string;
  keepsAccessAfter: (to: EpisodeStatus, primaryClinicianId?: string | null) => boolean;
}

/**
 * Makes a move and follows it through: a confirmation when the chart stays open, or the intake
 * confirmation screen when the move takes the chart out of the viewer's reach (an admission).
 */
export function useEpisodeMove(context: MoveContext) {
  const { transition, moving } = useTransitionEpisodeMutation();
  const navigate = useNavigate();

  const move = async (input: TransitionEpisodeInput, clinicianName: string | null = null) => {
    const result = await transition(input, {
      keepsAccess: context.keepsAccessAfter(
        input.to,
        input.primaryClinicianId == null ? null : String(input.primaryClinicianId),
      ),
    });
    if (result.kind === 'moved') {
      notifications.show({
        color: 'teal',
        title:
          input.to === 'ORIENTATION'
            ? `${context.clientName} is admitted`
            : `Moved to ${episodeStatusLabel(input.to)}`,
        message:
          input.to === 'ORIENTATION' && clinicianName
            ? `Orientation begins with ${clinicianName}.`
            : 'The move is recorded in the episode’s history.',
      });
    } else if (result.kind === 'moved-away') {
      const state: IntakeOutcome = {
        clientId: context.clientId,
        clientName: context.clientName,
        programName: context.programName,
        status: input.to,
        clinicianName,
        decision: input.admissionDecision?.decision ?? null,
        rationale: input.admissionDecision?.rationale ?? null,
        reason: input.reason ?? null,
      };
      void navigate(INTAKE_OUTCOME_PATH, { state });
    }
    return result;
  };

  return { move, moving };
}
