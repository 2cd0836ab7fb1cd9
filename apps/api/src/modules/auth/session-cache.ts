import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../logging/logger.js';
import type { Viewer } from './viewer.js';

/** Notified with a staff id whenever that person's sign-in changes (the session-change migration). */
export const SESSION_CHANGE_CHANNEL = 'waypoint_session_change';

/** What a session lookup learned, in this process's clock. */
export interface CachedSession {
  viewer: Viewer;
  /** When the session's activity was last written (ms, this process's clock). */
  lastSeenAt: number;
  /** The session's absolute end (ms, this process's clock). */
  expiresAt: number;
}

interface Entry extends CachedSession {
  cachedAt: number;
}

// Payloads that mark a point in the notifications (`settled`) rather than name a person.
const MARKER = 'settled:';
// Enough for every session of a large clinic; past it the oldest entry makes room.
const MAX_ENTRIES = 10_000;
const RECONNECT_MS = 1_000;
const HEARTBEAT_MS = 5_000;

/**
 * The sessions this process has looked up lately, so a request need not send a statement to
 * learn who makes it. Rules of the lookup it stands in for (session.service.ts):
 * - an entry is served only while the listener for SESSION_CHANGE_CHANNEL is connected: a
 *   revocation, deactivation or role change anywhere (any process, the CLI, SQL by hand) evicts
 *   that person's entries when it commits; while the listener is down nothing is cached;
 * - an entry lives at most `ttlMs`, and never past the session's end or idle limit;
 * - a user request whose activity is due to be written goes to the database, which writes it;
 * - a lookup that started before an eviction is not cached (`generation`), so a lookup racing a
 *   revocation can never put the old answer back.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Moves on every eviction; a lookup caches its answer only if it has not moved since it began. */
  generation = 0;
  private live = false;
  private readonly markers = new Map<string, () => void>();

  constructor(
    private readonly ttlMs: number,
    private readonly activityWriteMs: number,
  ) {}

  get(key: string, idleMs: number, background: boolean, now = Date.now()): Viewer | undefined {
    const entry = this.live ? this.entries.get(key) : undefined;
    if (!entry) return undefined;
    const fresh =
      now - entry.cachedAt < this.ttlMs &&
      now < entry.expiresAt &&
      now - entry.lastSeenAt < idleMs + this.activityWriteMs &&
      (background || now - entry.lastSeenAt < this.activityWriteMs);
    if (fresh) return entry.viewer;
    this.entries.delete(key);
    return undefined;
  }

  put(key: string, session: CachedSession, generationAtLookup: number, now = Date.now()): void {
    if (!this.live || generationAtLookup !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { ...session, cachedAt: now });
  }

  /** Forgets every session of `staffId` (or every session, for null). */
  forget(staffId: string | null): void {
    this.generation++;
    if (staffId === null) this.entries.clear();
    else
      for (const [key, e] of this.entries)
        if (e.viewer.staffId === staffId) this.entries.delete(key);
  }

  setLive(live: boolean): void {
    this.forget(null);
    this.live = live;
    if (!live) for (const heard of this.markers.values()) heard();
  }

  /** A notification on SESSION_CHANGE_CHANNEL. */
  heard(payload: string): void {
    if (!payload.startsWith(MARKER)) return this.forget(payload || null);
    this.markers.get(payload)?.();
    this.markers.delete(payload);
  }

  /**
   * Resolves once every change committed before the call has been heard (notifications arrive
   * in commit order): for a caller that changed sign-ins by hand and must see the effect at once.
   */
  async settled(ds: DataSource): Promise<void> {
    if (!this.live) return;
    const marker = `${MARKER}${randomUUID()}`;
    const heard = new Promise<void>((resolve) => this.markers.set(marker, resolve));
    await ds.query('SELECT pg_notify($1, $2)', [SESSION_CHANGE_CHANNEL, marker]);
    await heard;
  }
}

const caches = new WeakMap<DataSource, SessionCache>();
const everyCache = new Set<SessionCache>();

/** The session cache of the primary `ds`, when its server runs a listener (none in CLIs). */
export function sessionCacheOf(ds: DataSource): SessionCache | undefined {
  return caches.get(ds);
}

/**
 * Forgets `staffId`'s sessions in this process at once, after a change this process made (the
 * notification still reaches every process; this one need not wait for it).
 */
export function forgetSessionsOf(staffId: string): void {
  for (const cache of everyCache) cache.forget(staffId);
}

/**
 * Caches sessions for `ds`'s requests while a connection of its own listens for changes; the
 * cache goes dark whenever that connection is lost and comes back once it listens again.
 */
export function startSessionCache(
  ds: DataSource,
  logger: Logger,
  options: { ttlMs: number; activityWriteMs: number; listenUrl?: string },
): { stop(): Promise<void> } {
  const cache = new SessionCache(options.ttlMs, options.activityWriteMs);
  caches.set(ds, cache);
  everyCache.add(cache);
  // Else the pool's own connection string (createDataSource always names the server by URL).
  const url = options.listenUrl ?? (ds.options as { url?: string }).url;
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;

  const connect = async () => {
    const listener = new pg.Client({
      connectionString: url,
      application_name: 'waypoint-api-sessions',
      query_timeout: HEARTBEAT_MS,
    });
    client = listener;
    const lost = (err?: Error) => {
      if (client !== listener) return;
      client = undefined;
      clearInterval(heartbeat);
      cache.setLive(false);
      void listener.end().catch(() => undefined);
      if (stopped) return;
      logger.warn({ err }, 'session change listener lost; sessions are looked up every request');
      retry = setTimeout(() => void connect(), RECONNECT_MS);
    };
    listener.on('error', lost);
    listener.on('end', () => lost());
    listener.on('notification', (n) => cache.heard(n.payload ?? ''));
    // A connection that dies without a word (a dropped network path) is noticed within a beat.
    heartbeat = setInterval(() => {
      listener.query('SELECT 1').catch((err: Error) => lost(err));
    }, HEARTBEAT_MS);
    heartbeat.unref();
    try {
      await listener.connect();
      await listener.query(`LISTEN ${SESSION_CHANGE_CHANNEL}`);
      if (client === listener) cache.setLive(true);
    } catch (err) {
      lost(err as Error);
    }
  };
  void connect();

  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      everyCache.delete(cache);
      caches.delete(ds);
      const listener = client;
      client = undefined;
      cache.setLive(false);
      await listener?.end().catch(() => undefined);
    },
  };
}
