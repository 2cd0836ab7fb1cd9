/**
 * `pnpm admin:create-first`: creates the first administrator of an empty install, from flags
 * (`--email --first-name --last-name [--credentials]`, and for an install without programs
 * `--program-code --program-name [--population] [--time-zone]`) or, at a terminal, by asking for
 * whatever is missing. Connects and migrates like the API (DATABASE_URL and
 * DATABASE_MIGRATION_URL). Prints a one-time link (valid 24 hours; mailed too when SMTP_URL is
 * set) where the new administrator sets their password: no password passes through the shell.
 * Exit code 0: created; 1: refused (an active administrator exists, or invalid input) or failed;
 * 2: invalid configuration.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/database.js';
import { runScript } from '../../db/run-script.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { configurePasswordLinks } from '../auth/password-link.service.js';
import { createFirstAdmin, type FirstAdminInput } from './first-admin.js';
import { needsFirstAdmin } from './setup-status.resolver.js';

const { values: flags } = parseArgs({
  options: {
    email: { type: 'string' },
    'first-name': { type: 'string' },
    'last-name': { type: 'string' },
    credentials: { type: 'string' },
    'program-code': { type: 'string' },
    'program-name': { type: 'string' },
    population: { type: 'string', default: 'ADULT' },
    'time-zone': { type: 'string', default: Intl.DateTimeFormat().resolvedOptions().timeZone },
  },
  strict: true,
});

/** Asks at a terminal for what the flags left out; elsewhere a missing value is an error. */
async function complete(programNeeded: boolean): Promise<FirstAdminInput | string[]> {
  const rl = process.stdin.isTTY
    ? createInterface({ input: process.stdin, output: process.stdout })
    : null;
  const missing: string[] = [];
  const value = async (flag: keyof typeof flags, question: string): Promise<string> => {
    const given = flags[flag];
    if (given !== undefined) return given;
    if (!rl) {
      missing.push(`--${flag} is required (or run the command at a terminal to be asked)`);
      return '';
    }
    return (await rl.question(`${question}: `)).trim();
  };
  try {
    const input: FirstAdminInput = {
      firstName: await value('first-name', 'First name'),
      lastName: await value('last-name', 'Last name'),
      email: await value('email', 'Email'),
      credentials: flags.credentials ?? null,
      program: programNeeded
        ? {
            code: await value('program-code', 'The first program’s short code (e.g. ADULT-IOP)'),
            name: await value('program-name', 'The first program’s name'),
            population: flags.population,
            timeZone: flags['time-zone'],
          }
        : { code: '', name: '', population: '', timeZone: '' },
    };
    return missing.length ? missing : input;
  } finally {
    rl?.close();
  }
}

await runScript('Creating the first administrator', async (config, logger) => {
  const db = await openDatabase({ ...config, databasePoolSize: 2 }, logger);
  try {
    configurePasswordLinks(config, logger);
    if (!(await needsFirstAdmin(db.dataSource))) {
      console.error(
        'Refused: an active administrator already exists. They add staff in the web app ' +
          '(Administration). Nothing was changed.',
      );
      return 1;
    }
    const [{ n: programs }] = await db.dataSource.query<[{ n: number }]>(
      'SELECT count(*)::int AS n FROM program',
    );
    const input = await complete(programs === 0);
    if (Array.isArray(input)) {
      input.forEach((line) => console.error(line));
      return 1;
    }
    const trail = new AuditTrail(db.dataSource, randomUUID(), null);
    trail.operation = 'admin:create-first';
    const result = await createFirstAdmin(db.dataSource, trail, input);
    if (!result.created) {
      console.error('Refused:');
      result.problems.forEach((p) => console.error(`  ${p}`));
      return 1;
    }
    console.log(
      `Created the first administrator, ${input.email}` +
        (result.programCreated ? `, with the first program ${input.program.code}.` : '.'),
    );
    console.log(
      `They set their password here (one use, until ${result.link.expiresAt.toISOString()}):`,
    );
    console.log(result.link.url);
    return 0;
  } finally {
    await db.close();
  }
});
