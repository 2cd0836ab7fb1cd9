// The first-load budget: the JavaScript a browser fetches before the screen it lands on can run —
// the entry chunk, the chunks holding that screen, and every chunk those import statically —
// measured after gzip, for each screen people land on. Other screens load later and are not
// counted. Run after `vite build` (which leaves the chunk graph); exits 1 when a first load is
// above the budget, so CI fails.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
// Each landing screen with the modules it renders in (Today sits in the app's layout).
const LANDINGS = JSON.parse(readFileSync(join(here, 'landings.json'), 'utf8'));
const chunks = JSON.parse(readFileSync(join(dist, '.vite', 'chunk-graph.json'), 'utf8'));
const byFile = new Map(chunks.map((chunk) => [chunk.file, chunk]));

const chunkHolding = (module) => {
  const chunk = chunks.find((candidate) => candidate.modules.includes(module));
  if (!chunk) throw new Error(`no chunk of the build holds ${module}`);
  return chunk;
};

// The chunks needed before these run: themselves and their static imports, transitively.
const closure = (start) => {
  const files = new Set();
  const visit = (chunk) => {
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const file of chunk.imports) visit(byFile.get(file));
  };
  start.forEach(visit);
  return [...files];
};

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1000;

let failed = false;
for (const [landing, modules] of Object.entries(LANDINGS)) {
  const files = closure([...chunks.filter((chunk) => chunk.isEntry), ...modules.map(chunkHolding)]);
  const sizes = files.map((file) => [file, gzipKb(file)]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  console.log(`first load of ${landing} (JavaScript, gzip; budget ${BUDGET_KB} kB):`);
  for (const [file, size] of sizes) console.log(`  ${size.toFixed(2).padStart(8)} kB  ${file}`);
  console.log(`  ${total.toFixed(2).padStart(8)} kB  total`);
  if (total > BUDGET_KB) {
    console.error(`  over budget by ${(total - BUDGET_KB).toFixed(2)} kB`);
    failed = true;
  }
}
if (failed) process.exit(1);
