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

const webPort = process.env.WEB_PORT ?? 5173;
const banner = `
  Waypoint is running
    Web app      http://localhost:${webPort}
    Playground   http://localhost:${webPort}/playground
    GraphQL API  http://localhost:${process.env.PORT ?? 4000}/graphql
    Sign in as   helena.marsh@example.org / waypoint-demo  (other demo accounts: README)
`;
let announced = false;

function start() {
  // The preload starts tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set (README, Configuration).
  const args = ['--enable-source-maps', '--import', './dist/telemetry/preload.js', 'dist/main.js'];
  api = spawn('node', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  api.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (!announced && chunk.toString().includes('"msg":"API listening"')) {
      announced = true;
      process.stdout.write(banner);
    }
  });
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
