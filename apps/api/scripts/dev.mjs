// Development: compile the API with tsc in watch mode (it emits decorator metadata, which
// type-graphql and TypeORM read) and restart the compiled server when the output changes.
import { spawn } from 'node:child_process';

const tsc = spawn('tsc', ['-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let api;
tsc.stdout.on('data', (chunk) => {
  const text = chunk.toString();
  process.stdout.write(text);
  // tsc prints "Found N errors. Watching for file changes." after every compilation.
  if (!/Found (\d+) errors?\. Watching/.test(text)) return;
  if (!/Found 0 errors/.test(text)) return;
  if (api) {
    api.once('exit', start);
    api.kill('SIGTERM');
  } else start();
});

function start() {
  api = spawn('node', ['--enable-source-maps', 'dist/main.js'], { stdio: 'inherit' });
  api.once('exit', () => (api = undefined));
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    tsc.kill('SIGTERM');
    if (!api) process.exit(0);
    api.once('exit', (code) => process.exit(code ?? 0));
    api.kill('SIGTERM');
  });
}
