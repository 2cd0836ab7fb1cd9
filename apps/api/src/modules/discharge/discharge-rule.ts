import type { EntityManager } from 'typeorm';
import {
  dischargeMoveProblems,
  type DischargeOnFile,
  type DischargeType,
  type EpisodeStatus,
} from '@waypoint/domain';
import { DomainError } from '../../graphql/errors.js';

/**
 * Rule 6 on every move to DISCHARGED (episode module, transitionEpisode): judged in the move's
 * transaction on what the chart then holds, so a move asked for without the discharge workflow
 * (which writes the discharge first, in the same transaction) is refused and rolls back.
 */
export async function requireDischargeOnFile(
  tx: EntityManager,
  move: {
    episodeId: string;
    from: EpisodeStatus;
    dischargeType: DischargeType;
    reason: string | null | undefined;
  },
): Promise<void> {
  const [onFile] = await tx.query<DischargeOnFile[]>(
    `SELECT d.aftercare_plan AS "aftercarePlan", d.attempted_contact AS "attemptedContact",
       (SELECT count(*)::int FROM follow_up_contact f WHERE f.discharge_id = d.id) AS "scheduledFollowUps"
     FROM discharge d WHERE d.episode_id = $1`,
    [move.episodeId],
  );
  const problems = dischargeMoveProblems(move.dischargeType, move.reason, onFile ?? null);
  if (problems.length) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `Rule 6: ${problems.map((p) => p.message).join('; ')}`,
      { from: move.from, to: 'DISCHARGED', missing: problems.map((p) => p.field) },
    );
  }
}
