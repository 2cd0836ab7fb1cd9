import { useEffect, useRef } from 'react';

/** How often an open dashboard asks for fresh figures. */
export const POLL_INTERVAL_MS = 30_000;

const tabHidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/**
 * Apollo polling options for a screen that stays open on a director's desk: every 30 s while the
 * tab is visible, none while it is hidden (no audit entries for figures nobody is looking at).
 * Its requests are background ones: a refresh is not the user's activity, so an unattended
 * dashboard still reaches the automatic logoff (a load right after the user's click still
 * counts; see ActivityTracker).
 */
export const livePolling = {
  pollInterval: POLL_INTERVAL_MS,
  skipPollAttempt: tabHidden,
  context: { background: true },
} as const;

/** When a tab hidden for longer than a poll comes back, refresh at once rather than wait. */
export function useRefreshWhenVisible(refetch: () => Promise<unknown>) {
  const hiddenAt = useRef<number | null>(null);
  const latest = useRef(refetch);
  useEffect(() => {
    latest.current = refetch;
  });
  useEffect(() => {
    const onChange = () => {
      if (tabHidden()) {
        hiddenAt.current = Date.now();
        return;
      }
      const since = hiddenAt.current;
      hiddenAt.current = null;
      if (since !== null && Date.now() - since >= POLL_INTERVAL_MS) {
        void latest.current().catch(() => undefined);
      }
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
}
