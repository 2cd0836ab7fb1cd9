import { useQuery } from '@apollo/client/react';
import { Center } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { getFragmentData } from '../../gql';
import { PageLoader } from '../../ui/page-loader';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { CurrentViewerContext, CurrentViewerFragment, CurrentViewerQuery } from './current-viewer';
import { signInPath } from './return-to';

/** Everything but the sign-in page is for signed-in staff: ask who that is, once, on load. */
export function AuthGate() {
  const location = useLocation();
  const { data, error, refetch, loading } = useQuery(CurrentViewerQuery);

  if (!data && error) {
    return (
      <Center mih="100dvh" p="xl">
        <div style={{ maxWidth: 520, width: '100%' }}>
          <QueryErrorAlert
            data-testid="auth-error"
            error={error}
            onRetry={() => void refetch().catch(() => undefined)}
            retrying={loading}
          />
        </div>
      </Center>
    );
  }
  if (!data) {
    return (
      <Center mih="100dvh">
        <PageLoader label="Checking your sign-in…" />
      </Center>
    );
  }
  if (!data.me) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={signInPath(here)} replace />;
  }
  return (
    <CurrentViewerContext.Provider value={getFragmentData(CurrentViewerFragment, data.me)}>
      <Outlet />
    </CurrentViewerContext.Provider>
  );
}
