import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Brings the section a link names (`…#plan-signing`) into view once it is on the screen: links
 * from Today and the chart's next step open the exact place where the work is done. The screen
 * fills in as its data arrives, so the section is looked for on each frame for a few seconds.
 */
export function useScrollToHash(): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!id) return;
    let frame = 0;
    const started = performance.now();
    const look = () => {
      const target = document.getElementById(id);
      if (target) {
        target.scrollIntoView({ block: 'start' });
        return;
      }
      if (performance.now() - started < 5000) frame = requestAnimationFrame(look);
    };
    frame = requestAnimationFrame(look);
    return () => cancelAnimationFrame(frame);
  }, [hash, key]);
}
