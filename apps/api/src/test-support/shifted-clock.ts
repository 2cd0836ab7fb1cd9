import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Loaded first in an API process (NODE_OPTIONS --import): its clock runs `offset` ms ahead of the
 * real one, the offset read from a file the test writes, so a test can move the processes' time
 * forward past a scheduled job's tick instead of waiting for it. Only Node's clock moves;
 * PostgreSQL's now() is the real time.
 */
const PRELOAD = `import { readFileSync } from 'node:fs';
const RealDate = globalThis.Date;
let offset = 0;
const read = () => {
  try { offset = Number(readFileSync(process.env.TEST_CLOCK_FILE, 'utf8')) || 0; } catch {}
};
read();
setInterval(read, 100).unref();
globalThis.Date = class extends RealDate {
  constructor(...args) {
    if (args.length) super(...args);
    else super(RealDate.now() + offset);
  }
  static now() {
    return RealDate.now() + offset;
  }
};
`;

export async function shiftedClock() {
  const dir = await mkdtemp(path.join(tmpdir(), 'wp-clock-'));
  const preload = path.join(dir, 'clock.mjs');
  const file = path.join(dir, 'offset');
  await writeFile(preload, PRELOAD);
  await writeFile(file, '0');
  return {
    /** For startReplica's env. */
    env: { NODE_OPTIONS: `--import=${pathToFileURL(preload).href}`, TEST_CLOCK_FILE: file },
    /** Every process started with `env` now reads this many ms ahead of real time. */
    setOffset: (ms: number) => writeFile(file, String(Math.round(ms))),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
