import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `node dist/bench/profile-summary.js <file.cpuprofile> [n]`: the n functions (default 25) with
 * the most self time in a `--cpu-prof` profile, as a share of the busy (non-idle) time, grouped
 * by function, file and line.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, n = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [n]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMs = new Map<string, number>();
let busy = 0;
profile.samples.forEach((id, i) => {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  if (functionName === '(idle)') return;
  busy += ms;
  const where = url
    ? `${url.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '')}:${lineNumber + 1}`
    : '';
  const key = `${functionName || '(anonymous)'} ${where}`.trim();
  selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
});
console.log(`${path.basename(file)}: ${(busy / 1000).toFixed(1)} s busy`);
for (const [key, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, Number(n))) {
  console.log(`${((ms / busy) * 100).toFixed(1).padStart(5)}%  ${key}`);
}
