/**
 * The client's view of the server's idle clock. The server restarts a session's idle time on
 * every request the user caused, not on the app's own background refreshes; the app records when
 * it last heard back from such a request, in localStorage so that every tab of this browser
 * shares one clock (work in one tab keeps the others signed in too). Only a timestamp is stored,
 * nothing about anyone's records.
 */
type ClockStorage = Pick<Storage, 'getItem' | 'setItem'>;

const KEY = 'waypoint.lastServerActivity';

/** How long before the automatic logoff the app warns. */
export const IDLE_WARNING_MS = 60_000;

function defaultStorage(): ClockStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

// Kept in memory as well, for browsers where localStorage is unavailable.
let lastSeenInThisTab = 0;

export function recordServerActivity(now = Date.now(), storage = defaultStorage()): void {
  lastSeenInThisTab = now;
  try {
    storage?.setItem(KEY, String(now));
  } catch {
    /* the in-memory value still serves this tab */
  }
}

export function lastServerActivity(storage = defaultStorage()): number {
  try {
    const shared = storage?.getItem(KEY);
    if (shared) return Number(shared) || lastSeenInThisTab;
  } catch {
    /* fall back to this tab's own clock */
  }
  return lastSeenInThisTab;
}

export type IdlePhase = 'active' | 'warning' | 'expired';

export interface IdleState {
  phase: IdlePhase;
  /** Until the automatic logoff; 0 once it has passed. */
  remainingMs: number;
}

export function idleState(
  lastActivity: number,
  now: number,
  idleTimeoutMinutes: number,
  warnBeforeMs = IDLE_WARNING_MS,
): IdleState {
  const remainingMs = Math.max(0, lastActivity + idleTimeoutMinutes * 60_000 - now);
  if (remainingMs === 0) return { phase: 'expired', remainingMs };
  return { phase: remainingMs <= warnBeforeMs ? 'warning' : 'active', remainingMs };
}

/** What the user does with the page that makes a request theirs rather than the app's. */
export const USER_INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Tells a request the user caused from one the app makes on its own. A request marked as
 * background (a dashboard refresh) still counts as the user's when they have touched the page
 * since the last request that counted: the drawer they just opened loads because of them, and
 * someone scrolling the dashboard is present. With nobody at the screen, refreshes never count,
 * so the automatic logoff comes on time.
 */
export class ActivityTracker {
  // Loading the page is the user's doing.
  private touchedSinceLastCounted = true;

  recordUserInput(): void {
    this.touchedSinceLastCounted = true;
  }

  /** Whether a request about to be sent counts as activity (and, if so, notes it). */
  countsAsActivity(markedBackground: boolean): boolean {
    if (markedBackground && !this.touchedSinceLastCounted) return false;
    this.touchedSinceLastCounted = false;
    return true;
  }

  /** Listens for the user's input on `target` (the window); returns how to stop. */
  listen(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void {
    const onInput = () => this.recordUserInput();
    const options = { capture: true, passive: true };
    for (const type of USER_INPUT_EVENTS) target.addEventListener(type, onInput, options);
    return () => {
      for (const type of USER_INPUT_EVENTS) target.removeEventListener(type, onInput, options);
    };
  }
}
