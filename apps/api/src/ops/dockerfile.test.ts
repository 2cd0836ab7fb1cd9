import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../../', import.meta.url);
const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
const api = JSON.parse(readFileSync(new URL('apps/api/package.json', root), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('the production image', () => {
  it('starts the API as `pnpm start` does (the telemetry preload included)', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(cmd, 'the Dockerfile has a JSON-form CMD').toBeDefined();
    const args = (JSON.parse(cmd!) as string[]).join(' ').replace('--import ', '--import=');
    expect(args).toBe(api.scripts.start!.replace('--import ', '--import='));
  });
});
