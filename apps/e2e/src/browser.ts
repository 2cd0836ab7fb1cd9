/**
 * Which Chromium the end-to-end tests drive, decided once per run (this file is the suite's
 * global setup) and handed to every test file. In order:
 *   1. CHROMIUM_PATH, when set;
 *   2. a Chromium on PATH (chromium, chromium-browser, google-chrome);
 *   3. the Chromium the registry package @sparticuz/chromium ships, so a machine with nothing but
 *      Node.js runs the whole suite. E2E_BROWSER=registry skips 1 and 2 (CI does, to prove the
 *      bare-machine path on a machine that has a system Chromium).
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export interface BrowserChoice {
  executablePath: string;
  /** Flags beyond the ones every run uses (see app-under-test.ts). */
  args: string[];
  /** Environment for the browser process beyond the test's own. */
  env: Record<string, string>;
  /** Where it came from, for the log line. */
  source: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    browser: BrowserChoice;
  }
}

const systemNames = ['chromium', 'chromium-browser', 'google-chrome'];

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = dir && path.join(dir, name);
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The package's recommended flags, less the ones that would change what the tests observe or
 * only suit AWS Lambda: turning off the same-origin policy and mixed-content blocking (the
 * security-header tests must see what a user's browser enforces), one process for everything
 * (Playwright opens a context per page), and its own headless spelling (Playwright sets --headless).
 */
const unwantedRegistryFlags = [
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--single-process',
  '--headless=',
];

/** A package's folder and version, found from what Node resolves for it. */
async function installed(name: string, resolvable: string, depth: number) {
  const folder = path.resolve(
    createRequire(import.meta.url).resolve(resolvable),
    '../'.repeat(depth),
  );
  const { version } = JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { folder, version, name };
}

async function registryChromium(): Promise<BrowserChoice> {
  const { default: packaged } = await import('@sparticuz/chromium');
  // No WebGL (the app draws with SVG): software compositing, as a system Chromium does with
  // --disable-gpu, rather than its SwiftShader GL, under which animations lag on a loaded machine.
  packaged.setGraphicsMode = false;
  // Its entry is <package>/build/cjs/index.cjs; it does not export its package.json.
  const browser = await installed('@sparticuz/chromium', '@sparticuz/chromium', 3);
  // It ships one font, Open Sans, which has no arrows (→ ↓ in the app); DejaVu has them.
  const fonts = await installed('dejavu-fonts-ttf', 'dejavu-fonts-ttf/package.json', 1);
  const dir = path.join(
    tmpdir(),
    `waypoint-e2e-chromium-${browser.version}-dejavu-${fonts.version}-${process.getuid?.() ?? 0}`,
  );
  if (!existsSync(dir)) {
    // The package unpacks (about 200 MB, a few seconds) into os.tmpdir() and reuses whatever it
    // finds there, so unpack into a fresh directory and move it into place whole: a run that was
    // killed half-way, or another run unpacking at the same time, never leaves a broken browser.
    const staging = await mkdtemp(`${dir}.partial-`);
    const saved = { TMPDIR: process.env.TMPDIR, AWS_EXECUTION_ENV: process.env.AWS_EXECUTION_ENV };
    process.env.TMPDIR = staging;
    // Its binary needs NSS and expat, which a bare machine lacks (they come with a system
    // Chromium); the package carries its own and unpacks them where it expects Amazon Linux 2023.
    process.env.AWS_EXECUTION_ENV = 'AWS_Lambda_nodejs20.x';
    try {
      await packaged.executablePath();
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    await cp(path.join(fonts.folder, 'ttf'), path.join(staging, 'fonts', 'dejavu'), {
      recursive: true,
    });
    // Its fonts.conf names /tmp/fonts; ours names where the fonts are, and a monospace one.
    await writeFile(
      path.join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${path.join(dir, 'fonts')}</dir>
  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>
  <alias><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>
</fontconfig>
`,
    );
    await rename(staging, dir).catch(async (error: unknown) => {
      await rm(staging, { recursive: true, force: true });
      if (!existsSync(dir)) throw error; // else another run finished first: use its copy
    });
  }
  return {
    executablePath: path.join(dir, 'chromium'),
    args: packaged.args.filter((flag) => !unwantedRegistryFlags.some((u) => flag.startsWith(u))),
    // Only the package's own libraries and fonts, so every machine renders the same pages.
    env: {
      LD_LIBRARY_PATH: path.join(dir, 'al2023', 'lib'),
      FONTCONFIG_FILE: path.join(dir, 'fonts.conf'),
    },
    source: `${browser.name} ${browser.version}, fonts from ${fonts.name} ${fonts.version}`,
  };
}

async function chooseBrowser(): Promise<BrowserChoice> {
  const wanted = process.env.E2E_BROWSER || undefined;
  if (wanted !== undefined && wanted !== 'registry') {
    throw new Error(
      `E2E_BROWSER=${wanted}: the only value is "registry" (unset: use the first found)`,
    );
  }
  if (wanted !== 'registry') {
    const given = process.env.CHROMIUM_PATH;
    if (given) {
      if (!existsSync(given)) throw new Error(`CHROMIUM_PATH=${given}: no such file`);
      return { executablePath: given, args: [], env: {}, source: 'CHROMIUM_PATH' };
    }
    for (const name of systemNames) {
      const found = onPath(name);
      if (found) return { executablePath: found, args: [], env: {}, source: `${name} on PATH` };
    }
  }
  return registryChromium();
}

/** Vitest global setup: choose once, say so once, hand the choice to every test file. */
export default async function setup(project: TestProject) {
  const choice = await chooseBrowser();
  console.log(`end-to-end browser: ${choice.executablePath} (${choice.source})`);
  project.provide('browser', choice);
}
