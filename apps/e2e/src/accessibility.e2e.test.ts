import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createGroupSession,
  createTestGroup,
  enrol,
  createTestClient,
  createTestEpisodeRecords,
  createTestProgram,
  createTestStaff,
} from '@waypoint/api/testing';
import { artifactsDir, startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { setPassword, submitSignIn, uniqueSuffix } from './staff-accounts.js';

/**
 * Every main screen, as the role that works in it, at a desktop and a phone width: axe-core
 * finds no serious or critical WCAG problem, the screen's main action and the account menu are
 * on screen and not clipped, and a screenshot of each width lands in apps/e2e/artifacts/.
 */

// axe-core is injected as source: the app's Content-Security-Policy refuses inline scripts.
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const widths = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
type Width = keyof typeof widths;

type Role = 'clinician' | 'director' | 'intake' | 'nobody';

interface Screen {
  name: string;
  role: Role;
  path: () => string;
  /** The screen's main action (or, where it has none, what it is for). */
  primary: (p: Page) => Locator;
  /** Opens as a modal drawer over the page, header and account menu included. */
  modal?: boolean;
}

let app: AppUnderTest;
const emails: Record<Exclude<Role, 'nobody'>, string> = { clinician: '', director: '', intake: '' };
let activeClientId = '';
let inquiryClientId = '';
let draftPlanClientId = '';
let rosterSessionId = '';
let groupId = '';

const screens: Screen[] = [
  {
    name: 'sign-in',
    role: 'nobody',
    path: () => '/sign-in',
    primary: (p) => p.getByTestId('sign-in-submit'),
  },
  {
    name: 'today',
    role: 'clinician',
    path: () => '/today',
    primary: (p) => p.getByTestId('today-item').first(),
  },
  {
    name: 'caseload',
    role: 'clinician',
    path: () => '/caseload',
    primary: (p) => p.getByTestId('caseload-client-link').first(),
  },
  {
    name: 'client-chart',
    role: 'clinician',
    path: () => `/clients/${activeClientId}`,
    primary: (p) => p.getByTestId('open-plan'),
  },
  {
    // The chart's lazily loaded measures and screens, with a safety flag awaiting follow-up.
    name: 'client-chart-measures',
    role: 'clinician',
    path: () => `/clients/${activeClientId}#measures`,
    primary: (p) => p.getByTestId('measure-trend-chart'),
  },
  {
    name: 'treatment-plan',
    role: 'clinician',
    path: () => `/clients/${activeClientId}/plan`,
    primary: (p) => p.getByTestId('record-progress').first(),
  },
  {
    name: 'treatment-plan-history',
    role: 'clinician',
    path: () => `/clients/${activeClientId}/plan?view=history`,
    primary: (p) => p.getByTestId('plan-tab-plan'),
  },
  {
    name: 'dashboard',
    role: 'director',
    path: () => '/dashboard',
    primary: (p) => p.getByTestId('kpi-in-treatment'),
  },
  {
    name: 'dashboard-drill-down',
    role: 'director',
    path: () => '/dashboard?show=in-treatment',
    primary: (p) => p.getByTestId('drill-down-client-link').first(),
    modal: true,
  },
  {
    name: 'access-log',
    role: 'director',
    path: () => '/access-log',
    primary: (p) => p.getByTestId('break-glass-open-chart').first(),
  },
  {
    name: 'intake',
    role: 'intake',
    path: () => '/intake',
    primary: (p) => p.getByRole('link', { name: 'New inquiry' }),
  },
  {
    name: 'new-inquiry',
    role: 'intake',
    path: () => '/intake/new',
    primary: (p) => p.getByTestId('inquiry-submit'),
  },
  {
    name: 'intake-chart',
    role: 'intake',
    path: () => `/clients/${inquiryClientId}`,
    primary: (p) => p.locator('[data-testid^="move-"]').first(),
  },
  {
    name: 'groups',
    role: 'director',
    path: () => '/groups',
    primary: (p) => p.getByTestId('new-group'),
  },
  {
    name: 'group-detail',
    role: 'director',
    path: () => `/groups/${groupId}`,
    primary: (p) => p.getByTestId('enrol-submit'),
  },
  {
    name: 'intake-outcome',
    role: 'intake',
    path: () => '/intake/outcome',
    primary: (p) => p.getByTestId('outcome-back-to-intake'),
  },
  {
    name: 'attendance-roster',
    role: 'clinician',
    path: () => `/sessions/${rosterSessionId}/attendance`,
    primary: (p) => p.getByTestId('roster-save'),
  },
  {
    name: 'resources',
    role: 'director',
    path: () => '/resources',
    // A directory to search: its search box is what the screen is for.
    primary: (p) => p.getByRole('textbox', { name: 'Search' }),
  },
  {
    name: 'disclosure-accounting',
    role: 'clinician',
    path: () => `/clients/${activeClientId}/disclosures`,
    primary: (p) => p.getByRole('button', { name: 'Print for the client' }),
  },
];

beforeAll(async () => {
  app = await startAppUnderTest();
  const { id: programId } = await createTestProgram(app.db, {
    name: `Tamarack Adult IOP ${uniqueSuffix()}`,
  });
  const roles = {
    clinician: ['CLINICIAN', 'Marguerite', 'Oyelaran', 'LCSW'],
    director: ['DIRECTOR', 'Anselm', 'Kowalczyk', 'PsyD'],
    intake: ['INTAKE', 'Petra', 'Lindqvist-Arce', null],
  } as const;
  const ids: Record<string, string> = {};
  for (const [role, [dbRole, firstName, lastName, credentials]] of Object.entries(roles)) {
    const staff = await createTestStaff(app.db, [{ programId, role: dbRole }], {
      firstName,
      lastName,
      credentials,
    });
    await setPassword(app.db, staff.id);
    emails[role as keyof typeof emails] = staff.email;
    ids[role] = staff.id;
  }
  const active = await createTestClient(
    app.db,
    { programId, status: 'ACTIVE', primaryClinicianId: ids.clinician },
    { firstName: 'Evangeline', lastName: 'Abernathy-Sato', pronouns: 'she/her' },
  );
  activeClientId = active.client.id;
  const records = await createTestEpisodeRecords(app.db, active.episode.id, ids.clinician!, {
    status: 'ACTIVE',
  });
  // A second rating, so the goal shows its sparkline.
  await app.db.query(
    `INSERT INTO goal_progress (episode_id, goal_lineage_id, recorded_on, rating, author_staff_id)
     SELECT $1, lineage_id, current_date, 7, $3 FROM plan_goal WHERE id = $2`,
    [active.episode.id, records.plan!.goalId, ids.clinician],
  );
  await createTestClient(
    app.db,
    { programId, status: 'ON_HOLD', primaryClinicianId: ids.clinician },
    { firstName: 'Bartholomew', lastName: 'Quintanilla-Reyes' },
  );
  // Two PHQ-9s (the second with item 9 answered), a BAM and two drug screens for the chart's cards.
  await app.db.query(
    `INSERT INTO assessment (episode_id, instrument, instrument_version, answers, administered_at,
       administered_by_staff_id, score_status, total_score, severity_band, subscales, flags)
     VALUES ($1, 'PHQ9', 'PHQ-9', '{}', now() - interval '20 days', $2, 'COMPLETE', 16, 'MODERATELY_SEVERE', NULL, '{}'),
            ($1, 'PHQ9', 'PHQ-9', '{"9": 1}', now() - interval '1 day', $2, 'COMPLETE', 9, 'MILD', NULL, '{SAFETY}'),
            ($1, 'BAM', 'BAM', '{}', now() - interval '1 day', $2, 'COMPLETE', NULL, NULL, '{"USE": 3, "RISK": 9, "PROTECTIVE": 14}', '{}')`,
    [active.episode.id, ids.clinician],
  );
  await app.db.query(
    `INSERT INTO drug_screen (episode_id, collected_at, method, observed, panel, status, unexpected_positive_at, recorded_by_staff_id)
     VALUES ($1, now() - interval '3 days', 'LAB', true,
       '[{"analyte":"OPIATES","result":"PENDING","expected":false},{"analyte":"BUPRENORPHINE","result":"POSITIVE","expected":true}]', 'PENDING', NULL, $2),
            ($1, now() - interval '10 days', 'POINT_OF_CARE_CUP', false,
       '[{"analyte":"COCAINE","result":"POSITIVE","expected":false}]', 'UNEXPECTED_POSITIVE', now() - interval '10 days', $2)`,
    [active.episode.id, ids.clinician],
  );
  const drafting = await createTestClient(
    app.db,
    { programId, status: 'ACTIVE', primaryClinicianId: ids.clinician },
    { firstName: 'Cornelius', lastName: 'Vantongeren' },
  );
  draftPlanClientId = drafting.client.id;
  // A group the clinician runs, with a session today to take attendance for.
  const rosterGroupId = await createTestGroup(app.db, programId, ids.clinician!, [ids.clinician!]);
  await enrol(app.db, rosterGroupId, ids.clinician!, [
    { id: active.episode.id, clientId: active.client.id },
    { id: drafting.episode.id, clientId: drafting.client.id },
  ]);
  rosterSessionId = await createGroupSession(
    app.db,
    programId,
    rosterGroupId,
    ids.clinician!,
    new Date(),
  );
  await createTestEpisodeRecords(app.db, drafting.episode.id, ids.clinician!, { status: 'DRAFT' });
  const inquiry = await createTestClient(
    app.db,
    { programId, status: 'INQUIRY' },
    { firstName: 'Saoirse', lastName: 'Delacroix-Whitfield', pronouns: 'they/them' },
  );
  inquiryClientId = inquiry.client.id;
  await app.db.query(
    `INSERT INTO break_glass_grant (staff_id, client_id, reason, expires_at)
     VALUES ($1, $2, 'Covering an urgent call while the primary clinician is away', now() + interval '1 hour')`,
    [ids.clinician, inquiry.client.id],
  );
  // A group with a member, so the groups screens show a schedule, fill and a member list.
  const [group] = await app.db.query<{ id: string }[]>(
    `INSERT INTO therapy_group (program_id, name, format, topic, capacity, enrollment_mode, starts_on,
       weekdays, start_time, end_time, location, created_by_staff_id, updated_by_staff_id)
     VALUES ($1, 'Relapse Prevention', 'PSYCHOEDUCATIONAL', 'RELAPSE_PREVENTION', 12, 'OPEN',
       current_date - 14, '{1,3,5}', '09:00', '12:00', 'Room 2', $2, $2) RETURNING id`,
    [programId, ids.director],
  );
  groupId = group!.id;
  await app.db.query(
    `INSERT INTO group_facilitator (group_id, staff_id) VALUES ($1, $2), ($1, $3)`,
    [groupId, ids.director, ids.clinician],
  );
  await app.db.query(
    `INSERT INTO group_enrollment (group_id, client_id, episode_id, status, starts_on,
       created_by_staff_id, updated_by_staff_id)
     VALUES ($1, $2, $3, 'ACTIVE', current_date - 7, $4, $4)`,
    [groupId, active.client.id, active.episode.id, ids.director],
  );
});

afterAll(() => app?.stop());

/** One signed-in browser context per role and width, reused by that role's screens. */
const contexts = new Map<string, BrowserContext>();
async function contextFor(role: Role, width: Width): Promise<BrowserContext> {
  const key = `${role}:${width}`;
  const known = contexts.get(key);
  if (known) return known;
  const context = await app.browser.newContext({
    viewport: widths[width],
    baseURL: app.baseUrl,
    isMobile: width === 'phone',
    hasTouch: width === 'phone',
  });
  if (role !== 'nobody') {
    const page = await context.newPage();
    await page.goto('/sign-in');
    await submitSignIn(page, emails[role]);
    await page.close();
  }
  contexts.set(key, context);
  return context;
}

/** Opens a screen and waits until its data is in (no skeletons or spinners left). */
async function open(screen: Screen, width: Width): Promise<Page> {
  const page = await (await contextFor(screen.role, width)).newPage();
  await page.goto(screen.path());
  await page.waitForFunction(
    () =>
      document.querySelector('main, [data-testid="sign-in-submit"]') !== null &&
      document.querySelector('.mantine-Skeleton-root, .mantine-Loader-root') === null,
  );
  return page;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings on the page as it is, one line per element. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${n.target.join(' ')}`));
}

/** Scrolled to, the element lies wholly inside the viewport and nothing covers its centre. */
async function expectOnScreen(locator: Locator, what: string) {
  await locator.scrollIntoViewIfNeeded();
  const page = locator.page();
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${what} is rendered`).not.toBeNull();
  expect(box!.x, `${what} starts inside the screen`).toBeGreaterThanOrEqual(0);
  // A pixel's grace: scrolling into view can leave a fraction of one outside.
  expect(box!.x + box!.width, `${what} ends inside the screen`).toBeLessThanOrEqual(
    viewport.width + 1,
  );
  expect(box!.y + box!.height, `${what} is within the viewport`).toBeLessThanOrEqual(
    viewport.height + 1,
  );
  const uncovered = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top !== null && (el === top || el.contains(top) || top.contains(el));
  });
  expect(uncovered, `${what} is not covered (by the header or anything else)`).toBe(true);
  // Its own label (a button's or badge's) is not cut short by an ellipsis.
  const clipped = await locator.evaluate((el) =>
    [el, ...Array.from(el.querySelectorAll('.mantine-Button-label, .mantine-Badge-label'))].some(
      (e) =>
        e instanceof HTMLElement &&
        e.scrollWidth > e.clientWidth + 1 &&
        getComputedStyle(e).textOverflow === 'ellipsis',
    ),
  );
  expect(clipped, `${what} shows its whole label`).toBe(false);
}

async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(artifactsDir, `a11y-${name}.png`), fullPage: true });
}

describe.each(Object.keys(widths) as Width[])('at the %s width', (width) => {
  it.each(screens.map((s) => [s.name, s] as const))(
    '%s: no serious or critical axe violation, main action and account menu on screen',
    async (_name, screen) => {
      const page = await open(screen, width);
      try {
        await screenshot(page, `${screen.name}-${width}`);
        const violations = await seriousViolations(page);
        expect(violations, `axe on ${screen.name} at ${width}:\n${violations.join('\n')}`).toEqual(
          [],
        );
        if (screen.role !== 'nobody' && !screen.modal) {
          await expectOnScreen(page.getByTestId('user-menu'), 'the account menu');
        }
        await expectOnScreen(screen.primary(page), `the main action of ${screen.name}`);
      } finally {
        await page.close();
      }
    },
  );
});

describe('on a phone', () => {
  it('the navigation and sign-out are one tap away behind the menu and the account button', async () => {
    const page = await open(
      screens.find((s) => s.name === 'dashboard')!,
      'phone',
    );
    await expect.poll(() => page.getByTestId('main-nav').isVisible()).toBe(false);
    await page.getByTestId('nav-menu-button').click();
    const menu = page.getByTestId('main-nav-menu');
    await expectOnScreen(menu.getByRole('link', { name: 'Caseload' }), 'the Caseload link');
    await expectOnScreen(menu.getByRole('link', { name: 'Access log' }), 'the Access log link');
    await screenshot(page, 'navigation-menu-phone');
    expect(await seriousViolations(page)).toEqual([]);
    await menu.getByRole('link', { name: 'Caseload' }).click();
    await page.waitForURL(/\/caseload/);
    await expect.poll(() => menu.count()).toBe(0);
    await page.getByTestId('user-menu').click();
    await expectOnScreen(page.getByTestId('sign-out'), 'Sign out');
    await screenshot(page, 'account-menu-phone');
    await page.close();
  });
});

describe('times', () => {
  /** The chart's text as read from a browser whose clock is in `timezoneId`. */
  async function chartTextFrom(timezoneId: string): Promise<string> {
    const context = await app.browser.newContext({
      viewport: widths.desktop,
      baseURL: app.baseUrl,
      timezoneId,
    });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await submitSignIn(page, emails.clinician);
    await page.goto(`/clients/${activeClientId}`);
    await page.getByTestId('client-chart').waitFor();
    await page.waitForFunction(() => document.querySelector('.mantine-Skeleton-root') === null);
    const text = await page.getByTestId('client-chart').innerText();
    await context.close();
    return text;
  }

  it('name the program’s zone where the reader’s clock differs, and only there', async () => {
    // The program is in Los Angeles; the intake summary was recorded at a time of day.
    expect(await chartTextFrom('America/New_York')).toMatch(/\d:\d\d [AP]M P[SD]T/);
    expect(await chartTextFrom('America/Los_Angeles')).not.toMatch(/[AP]M P[SD]T/);
  });
});

describe('with the keyboard', () => {
  it('the first Tab reaches "Skip to main content", which moves focus to the page', async () => {
    const page = await open(
      screens.find((s) => s.name === 'caseload')!,
      'desktop',
    );
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectOnScreen(skip, 'the skip link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await page.close();
  });

  it('saving or cancelling a plan element’s form puts focus back on its Edit button', async () => {
    const page = await open(
      {
        name: 'draft-plan',
        role: 'clinician',
        path: () => `/clients/${draftPlanClientId}/plan`,
        primary: (p) => p.getByTestId('edit-goal'),
      },
      'desktop',
    );
    const focusedTestId = () =>
      page.evaluate(
        () =>
          (document.activeElement as HTMLElement | null)?.dataset.testid ??
          document.activeElement?.tagName,
      );
    const edit = page.getByTestId('edit-goal').first();
    await expect.poll(() => edit.getAttribute('aria-label')).toBe('Edit goal 1: A goal');
    await edit.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('goal-form').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(focusedTestId).toBe('edit-goal');
    await page.keyboard.press('Enter');
    await page.getByTestId('goal-form').waitFor();
    await page.getByTestId('goal-form').getByRole('button', { name: 'Save' }).click();
    await expect.poll(focusedTestId).toBe('edit-goal');
    await page.close();
  });

  it('a focused form field shows a clear ring', async () => {
    const page = await open(
      screens.find((s) => s.name === 'new-inquiry')!,
      'desktop',
    );
    const field = page.getByTestId('inquiry-firstName');
    await field.focus();
    const outline = await field.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth) };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
