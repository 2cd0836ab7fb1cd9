import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startNodeFlags } from './start-flags.js';

const root = new URL('../../../../', import.meta.url);
const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
const scriptsOf = (file: string) =>
  (JSON.parse(readFileSync(new URL(file, root), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
const api = scriptsOf('apps/api/package.json');

describe('the production image', () => {
  it('starts the API as `pnpm start` does (the telemetry preload included)', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(cmd, 'the Dockerfile has a JSON-form CMD').toBeDefined();
    const args = (JSON.parse(cmd!) as string[]).join(' ').replace('--import ', '--import=');
    expect(args).toBe(api.start!.replace('--import ', '--import='));
  });

  it('the root `start` and the benchmark start it with the same flags', () => {
    const flags = startNodeFlags();
    expect(flags).toEqual(['--enable-source-maps', '--max-semi-space-size=64']);
    const rootStart = scriptsOf('package.json').start!;
    expect(rootStart.replaceAll('./apps/api/', './').replaceAll(' apps/api/', ' ')).toBe(api.start);
  });
});
