import type { EntityManager } from 'typeorm';
import {
  calendarDaysBetween,
  goalAchievementStatusLabel,
  localDate,
  screenStatusLabel,
  type GoalAchievementStatus,
  type ScreenStatus,
} from '@waypoint/domain';
import type { DischargeSummary } from './discharge.entity.js';

interface Facts {
  admittedAt: Date | null;
  levelOfCare: string | null;
  timeZone: string;
  goals: {
    problemId: string;
    domain: string;
    clientWords: string;
    description: string;
    achievement: GoalAchievementStatus;
  }[];
  measures: {
    instrument: string;
    first: { total: number | null; band: string | null; subscales: Record<string, number> | null };
    last: { total: number | null; band: string | null; subscales: Record<string, number> | null };
    count: number;
  }[];
  screens: { collectedAt: Date; status: ScreenStatus }[];
  attendance: { attended: number; missed: number; minutes: number };
}

/**
 * The facts a discharge summary is written from, read inside the discharge's transaction before
 * the plan closes: the active plan's problems and goals (with the outcomes just recorded), the
 * first and latest score of each measure, the last screens, attendance and the level of care.
 */
async function readFacts(tx: EntityManager, episodeId: string): Promise<Facts> {
  const [episode] = await tx.query<
    { admittedAt: Date | null; levelOfCare: string | null; timeZone: string }[]
  >(
    `SELECT e.admitted_at AS "admittedAt", e.level_of_care AS "levelOfCare", p.time_zone AS "timeZone"
     FROM episode e JOIN program p ON p.id = e.program_id WHERE e.id = $1`,
    [episodeId],
  );
  const goals = await tx.query<Facts['goals']>(
    `SELECT pp.id AS "problemId", pp.domain, pp.client_words AS "clientWords", g.description,
       g.achievement_status AS achievement
     FROM treatment_plan t JOIN plan_problem pp ON pp.plan_id = t.id
     JOIN plan_goal g ON g.problem_id = pp.id
     WHERE t.episode_id = $1 AND t.status = 'ACTIVE'
     ORDER BY pp.position, g.position`,
    [episodeId],
  );
  const measures = await tx.query<Facts['measures']>(
    `SELECT instrument, count(*)::int AS count,
       (array_agg(json_build_object('total', total_score, 'band', severity_band, 'subscales', subscales)
          ORDER BY administered_at))[1] AS first,
       (array_agg(json_build_object('total', total_score, 'band', severity_band, 'subscales', subscales)
          ORDER BY administered_at DESC))[1] AS last
     FROM assessment WHERE episode_id = $1 AND instrument IN ('PHQ9', 'GAD7', 'BAM')
     GROUP BY instrument ORDER BY instrument`,
    [episodeId],
  );
  const screens = await tx.query<Facts['screens']>(
    `SELECT collected_at AS "collectedAt", status FROM drug_screen WHERE episode_id = $1
     ORDER BY collected_at DESC LIMIT 3`,
    [episodeId],
  );
  const [attendance] = await tx.query<Facts['attendance'][]>(
    `SELECT count(*) FILTER (WHERE status IN ('PRESENT', 'LATE', 'LEFT_EARLY'))::int AS attended,
       count(*) FILTER (WHERE status IN ('ABSENT_EXCUSED', 'ABSENT_UNEXCUSED'))::int AS missed,
       coalesce(sum(minutes), 0)::int AS minutes
     FROM attendance WHERE episode_id = $1`,
    [episodeId],
  );
  return {
    ...episode!,
    goals,
    measures,
    screens,
    attendance: attendance ?? { attended: 0, missed: 0, minutes: 0 },
  };
}

const measureNames: Record<string, string> = { PHQ9: 'PHQ-9', GAD7: 'GAD-7', BAM: 'BAM' };

function score(m: Facts['measures'][number]['first']): string {
  if (m.subscales) {
    return `use ${m.subscales.USE ?? '–'}, risk ${m.subscales.RISK ?? '–'}, protective ${m.subscales.PROTECTIVE ?? '–'}`;
  }
  return `${m.total ?? '–'}${m.band ? ` (${m.band.toLowerCase().replaceAll('_', ' ')})` : ''}`;
}

/** The summary drafted from the chart; staff edit it before signing. */
export function composeSummary(
  facts: Facts,
  discharge: { dischargedAt: Date; typeLabel: string; reason: string; recommendations: string },
): DischargeSummary {
  const dischargedOn = localDate(discharge.dischargedAt, facts.timeZone);
  const admittedOn = facts.admittedAt ? localDate(facts.admittedAt, facts.timeZone) : null;
  const course = admittedOn
    ? `Admitted ${admittedOn}, discharged ${dischargedOn} after ${calendarDaysBetween(admittedOn, dischargedOn)} days (${discharge.typeLabel.toLowerCase()}). ${discharge.reason}`
    : `Discharged ${dischargedOn} (${discharge.typeLabel.toLowerCase()}). ${discharge.reason}`;
  const byProblem = new Map<string, string[]>();
  for (const g of facts.goals) {
    const head = `${g.domain.replaceAll('_', ' ').toLowerCase()}: “${g.clientWords}”`;
    const lines = byProblem.get(g.problemId) ?? [head];
    lines.push(`  – ${g.description}: ${goalAchievementStatusLabel(g.achievement)}`);
    byProblem.set(g.problemId, lines);
  }
  const { attended, missed, minutes } = facts.attendance;
  return {
    courseOfTreatment: course,
    progressByProblem:
      [...byProblem.values()].map((l) => l.join('\n')).join('\n') || 'No active plan at discharge.',
    measures:
      facts.measures
        .map((m) =>
          m.count > 1
            ? `${measureNames[m.instrument] ?? m.instrument}: ${score(m.first)} at the start, ${score(m.last)} at discharge`
            : `${measureNames[m.instrument] ?? m.instrument}: ${score(m.first)} (given once)`,
        )
        .join('\n') || 'No measures given.',
    lastScreens:
      facts.screens
        .map((s) => `${localDate(s.collectedAt, facts.timeZone)}: ${screenStatusLabel(s.status)}`)
        .join('\n') || 'No drug screens.',
    attendance: `${attended} sessions attended, ${missed} missed; ${Math.round(minutes / 60)} hours in all.`,
    levelOfCare: facts.levelOfCare
      ? `ASAM level ${facts.levelOfCare} at discharge.`
      : 'No level of care recorded.',
    recommendations: discharge.recommendations,
  };
}

export async function draftSummary(
  tx: EntityManager,
  episodeId: string,
  discharge: Parameters<typeof composeSummary>[1],
): Promise<DischargeSummary> {
  return composeSummary(await readFacts(tx, episodeId), discharge);
}
