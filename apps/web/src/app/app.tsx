import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { createApolloClient } from './apollo-client';
import { endSession } from './end-session';
import { router } from './router';
import { SessionContext, type SessionControls } from './session-context';
import { cssVariablesResolver, theme } from './theme';

function createSession() {
  const session: SessionControls = { endSession: () => endSession(client) };
  const client = createApolloClient({ onSessionEnded: session.endSession });
  return { client, session };
}

export function App() {
  const [{ client, session }] = useState(createSession);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      forceColorScheme="light"
    >
      {/* Below the page, not over the header: on a phone a toast at the top hid the menu. */}
      <Notifications position="bottom-center" />
      <ApolloProvider client={client}>
        <SessionContext.Provider value={session}>
          <RouterProvider router={router} />
        </SessionContext.Provider>
      </ApolloProvider>
    </MantineProvider>
  );
}
