import { createContext, useContext } from 'react';

export interface SessionControls {
  /** The session is over (automatic logoff): hide everything and ask to sign in again. */
  endSession: () => void;
}

export const SessionContext = createContext<SessionControls>({ endSession: () => undefined });

export function useSession(): SessionControls {
  return useContext(SessionContext);
}
