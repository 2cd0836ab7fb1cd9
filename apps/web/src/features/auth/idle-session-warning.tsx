import { useApolloClient } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { idleState, lastServerActivity, type IdleState } from '../../app/idle-clock';
import { useSession } from '../../app/session-context';
import { CurrentViewerQuery, useCurrentViewer } from './current-viewer';
import { SignOutMutation, useSignOut } from './use-sign-out';

const IdleSessionDialog = lazy(() =>
  import('./idle-session-dialog').then((m) => ({ default: m.IdleSessionDialog })),
);

/**
 * A minute before the automatic logoff, ask whether the user is still there. Staying asks the
 * server who is signed in, which restarts the idle time; doing nothing ends the session here at
 * the moment it ends on the server, so no record stays on an unattended screen. The session is
 * also revoked then, so the automatic logoff holds even if the two clocks disagree; drafts stay.
 */
export function IdleSessionWarning() {
  const { idleTimeoutMinutes } = useCurrentViewer();
  const { endSession } = useSession();
  const { signOut } = useSignOut();
  const client = useApolloClient();
  const [state, setState] = useState<IdleState>({ phase: 'active', remainingMs: Infinity });
  const [staying, setStaying] = useState(false);
  const loggingOff = useRef(false);

  useEffect(() => {
    const tick = () => {
      const last = lastServerActivity();
      if (!last || loggingOff.current) return;
      const next = idleState(last, Date.now(), idleTimeoutMinutes);
      setState(next);
      if (next.phase === 'expired') {
        loggingOff.current = true;
        void client
          .mutate({ mutation: SignOutMutation })
          .catch(() => undefined)
          .finally(endSession);
      }
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [idleTimeoutMinutes, endSession, client]);

  const stay = async () => {
    setStaying(true);
    try {
      const { data } = await client.query({ query: CurrentViewerQuery, fetchPolicy: 'no-cache' });
      if (!data?.me) endSession();
    } catch {
      /* a failure is reported by the request's own error handling */
    } finally {
      setStaying(false);
    }
  };

  // The dialog (a modal with its focus trap and scroll lock) is fetched only when it is needed,
  // so the first load does not carry it.
  if (state.phase !== 'warning') return null;
  return (
    <Suspense fallback={null}>
      <IdleSessionDialog
        idleTimeoutMinutes={idleTimeoutMinutes}
        remainingMs={state.remainingMs}
        staying={staying}
        onStay={() => void stay()}
        onSignOut={() => void signOut()}
      />
    </Suspense>
  );
}
