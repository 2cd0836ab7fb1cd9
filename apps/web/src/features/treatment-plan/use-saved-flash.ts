import { useCallback, useEffect, useState } from 'react';

/** "Saved" shown for a few seconds after a save, then gone: confirmation without a toast. */
export function useSavedFlash(ms = 4000): [boolean, () => void] {
  const [at, setAt] = useState<number | null>(null);
  useEffect(() => {
    if (at === null) return;
    const timer = window.setTimeout(() => setAt(null), ms);
    return () => window.clearTimeout(timer);
  }, [at, ms]);
  const flash = useCallback(() => setAt(Date.now()), []);
  return [at !== null, flash];
}
