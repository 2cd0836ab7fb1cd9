import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { createApolloClient } from './apollo-client';
import { router } from './router';
import { theme } from './theme';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" forceColorScheme="light">
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  );
}
