import {
  completePanel,
  mondayOf,
  panelProblems,
  randomScreeningPick as drawPick,
  screenStatus,
  statusesInPhase,
  todayIn,
  type StaffRole,
} from '@waypoint/domain';
import { guardedUpdate, TRANSACTION_TIME } from '../../db/guarded-update.js';
import { selectColumns } from '../../db/select-columns.js';
import { ConflictError } from '../../graphql/conflict.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import type { ClientScope } from '../access/client-scope.js';
import { requireDecision, rolesIn } from '../episode/clinical-decision.js';
import { episodeFor } from '../episode/episode.service.js';
import { recomputeReviewClock } from '../treatment-plan/plan-clock.js';
import { requireTarget } from '../treatment-plan/plan-access.js';
import { DrugScreen, RandomScreeningPick } from './drug-screen.entity.js';
import type {
  CompleteDrugScreenInput,
  RandomScreeningPickInput,
  RecordDrugScreenInput,
} from './drug-screen.types.js';

const SCREEN_ROLES: readonly StaffRole[] = ['CLINICIAN', 'DIRECTOR'];
const SCREEN_ROLE_MESSAGE = 'Drug screens are recorded by a clinician or director of the program';
/** Clock skew allowed between a device and the server before "collected in the future" is refused. */
const SKEW_MS = 5 * 60_000;

/**
 * Records a drug screen. Authorized first, then the panel is judged by the domain rules; the
 * status is derived and stored, and an unexpected positive moves the review clock in the same
 * transaction.
 */
export async function recordDrugScreen(
  scope: ClientScope,
  input: RecordDrugScreenInput,
  now = new Date(),
): Promise<DrugScreen> {
  const episode = await episodeFor(scope, 'EDIT_CHART', input.episodeId);
  await requireDecision(
    scope,
    episode,
    rolesIn(scope, episode.programId).some((r) => SCREEN_ROLES.includes(r)),
    SCREEN_ROLE_MESSAGE,
  );
  const problems = panelProblems(input.method, input.panel);
  if (input.collectedAt.getTime() > now.getTime() + SKEW_MS) {
    problems.push({ field: 'collectedAt', message: 'cannot be in the future' });
  }
  if (problems.length) throw new BadUserInputError(problems);
  const status = screenStatus(input.panel);
  const panel = input.panel.map((l) => ({
    analyte: l.analyte,
    result: l.result,
    expected: l.expected,
  }));
  return scope.db.transaction(async (tx) => {
    const [screen] = await tx.query<DrugScreen[]>(
      `INSERT INTO drug_screen (episode_id, collected_at, method, observed, panel, status,
         unexpected_positive_at, random_pick, recorded_by_staff_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING ${selectColumns(scope.db, DrugScreen, 'drug_screen')}`,
      [
        episode.id,
        input.collectedAt,
        input.method,
        input.observed,
        JSON.stringify(panel),
        status,
        status === 'UNEXPECTED_POSITIVE' ? input.collectedAt : null,
        input.randomPick,
        scope.viewer.staffId,
      ],
    );
    await scope.audit.write(
      {
        action: 'CREATE',
        recordType: 'DrugScreen',
        recordId: screen!.id,
        clientId: episode.clientId,
        outcome: 'SUCCESS',
      },
      tx,
    );
    await recomputeReviewClock(tx, episode.id);
    return screen!;
  });
}

/**
 * Records lab results for PENDING analytes (a new version of the screen). A stale version is
 * refused with CONFLICT. A result that makes the screen an unexpected positive dates the trigger
 * now (when it became known), not at collection.
 */
export async function completeDrugScreen(
  scope: ClientScope,
  input: CompleteDrugScreenInput,
): Promise<DrugScreen> {
  const target = await requireTarget(scope, 'EDIT_CHART', 'DRUG_SCREEN', input.id);
  await requireDecision(
    scope,
    { id: target.episodeId, clientId: target.clientId },
    rolesIn(scope, target.programId).some((r) => SCREEN_ROLES.includes(r)),
    SCREEN_ROLE_MESSAGE,
  );
  return scope.db.transaction(async (tx) => {
    const current = await tx.getRepository(DrugScreen).findOneBy({ id: input.id });
    if (!current) throw new NotFoundError('DrugScreen');
    if (current.version !== input.version) {
      // Judged on the version the caller read, before the panel: they have not seen this one.
      throw new ConflictError('DrugScreen', current);
    }
    const { panel, problems } = completePanel(current.panel, input.results);
    if (problems.length) throw new BadUserInputError(problems);
    const status = screenStatus(panel);
    const becameUnexpected =
      status === 'UNEXPECTED_POSITIVE' && current.unexpectedPositiveAt === null;
    const updated = await guardedUpdate(tx, DrugScreen, 'DrugScreen', input, {
      panel,
      status,
      unexpectedPositiveAt: becameUnexpected ? TRANSACTION_TIME : undefined,
    });
    await scope.audit.write(
      {
        action: 'UPDATE',
        recordType: 'DrugScreen',
        recordId: updated.id,
        clientId: target.clientId,
        outcome: 'SUCCESS',
      },
      tx,
    );
    await recomputeReviewClock(tx, target.episodeId);
    return updated;
  });
}

async function requireDirector(scope: ClientScope, programId: string) {
  if (rolesIn(scope, programId).includes('DIRECTOR')) return;
  const message = 'The random screening pick is run by a director of the program';
  await scope.audit.write({
    action: 'CREATE',
    recordType: 'RandomScreeningPick',
    recordId: null,
    clientId: null,
    outcome: 'DENIED',
    note: message,
  });
  throw new DomainError('FORBIDDEN', message);
}

async function weekOfProgram(
  scope: ClientScope,
  programId: string,
  day: string | null | undefined,
) {
  const [program] = await scope.db.query<{ timeZone: string }[]>(
    `SELECT time_zone AS "timeZone" FROM program WHERE id = $1`,
    [programId],
  );
  if (!program) throw new NotFoundError('Program');
  return mondayOf(day ?? todayIn(program.timeZone));
}

const pickColumns = (scope: ClientScope) => selectColumns(scope.db, RandomScreeningPick, 'p');

/**
 * The program's random screening pick for a week: drawn once (the domain's fair, cryptographic
 * pick over the clients in treatment), stored, and answered unchanged when run again for that
 * week, so re-running cannot re-roll a pick someone did not like.
 */
export async function runRandomScreeningPick(
  scope: ClientScope,
  input: RandomScreeningPickInput,
): Promise<RandomScreeningPick> {
  await requireDirector(scope, input.programId);
  const weekOf = await weekOfProgram(scope, input.programId, input.weekOf);
  return scope.db.transaction(async (tx) => {
    const existing = await findPick(tx, scope, input.programId, weekOf);
    if (existing) return existing;
    const pool = await tx.query<{ id: string }[]>(
      `SELECT e.id FROM episode e WHERE e.program_id = $1 AND e.status = ANY($2::text[]) ORDER BY e.id`,
      [input.programId, statusesInPhase('IN_TREATMENT')],
    );
    const picked = drawPick(
      pool.map((p) => p.id),
      input.sharePercent / 100,
    );
    const [created] = await tx.query<RandomScreeningPick[]>(
      `INSERT INTO random_screening_pick AS p (program_id, week_of, share_percent, pool_size, episode_ids, picked_by_staff_id)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (program_id, week_of) DO NOTHING
       RETURNING ${pickColumns(scope)}`,
      [input.programId, weekOf, input.sharePercent, pool.length, picked, scope.viewer.staffId],
    );
    // Someone else's pick for the week committed first: theirs stands.
    const pick = created ?? (await findPick(tx, scope, input.programId, weekOf));
    if (created) {
      await scope.audit.write(
        {
          action: 'CREATE',
          recordType: 'RandomScreeningPick',
          recordId: created.id,
          clientId: null,
          outcome: 'SUCCESS',
        },
        tx,
      );
    }
    return pick!;
  });
}

async function findPick(
  db: Pick<ClientScope['db'], 'query'>,
  scope: ClientScope,
  programId: string,
  weekOf: string,
): Promise<RandomScreeningPick | null> {
  const [pick] = await db.query<RandomScreeningPick[]>(
    `SELECT ${pickColumns(scope)} FROM random_screening_pick p WHERE p.program_id = $1 AND p.week_of = $2`,
    [programId, weekOf],
  );
  return pick ?? null;
}

/** A week's stored pick, for a director of the program; null when none was run. */
export async function readRandomScreeningPick(
  scope: ClientScope,
  programId: string,
  day: string | null | undefined,
): Promise<RandomScreeningPick | null> {
  await requireDirector(scope, programId);
  return findPick(scope.db, scope, programId, await weekOfProgram(scope, programId, day));
}
