import { lazy, Suspense, useEffect } from 'react';
import { useBlocker } from 'react-router-dom';
import { SIGN_IN_PATH } from '../features/auth/return-to';
import { hasUnsavedWork, useHasUnsavedWork } from './unsaved-work';

const LeaveUnsavedDialog = lazy(() =>
  import('./leave-unsaved-dialog').then((m) => ({ default: m.LeaveUnsavedDialog })),
);

/**
 * Warns before leaving a page with unsaved work: another screen of the app asks in a dialog
 * (the draft stays in the tab, so coming back finds it); closing or reloading the tab gets the
 * browser's own question. One guard for the app (a router has one blocker at a time).
 */
export function UnsavedWorkGuard() {
  const unsaved = useHasUnsavedWork();
  const blocker = useBlocker(
    // Signing out, and the automatic logoff, always go through: the drafts stay for later.
    ({ currentLocation, nextLocation }) =>
      hasUnsavedWork() &&
      currentLocation.pathname !== nextLocation.pathname &&
      nextLocation.pathname !== SIGN_IN_PATH,
  );

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the question only when a value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  if (blocker.state !== 'blocked') return null;
  return (
    <Suspense fallback={null}>
      <LeaveUnsavedDialog onStay={() => blocker.reset()} onLeave={() => blocker.proceed()} />
    </Suspense>
  );
}
