import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { CaseloadPage } from '../features/caseload/caseload-page';
import { NotFoundPage } from '../ui/not-found-page';
import { RouteErrorPage } from '../ui/route-error-page';
import { AppLayout } from './app-layout';

// GraphiQL brings Monaco (megabytes): it loads only when someone opens the playground.
const PlaygroundPage = lazy(() =>
  import('../features/playground/playground-page').then((m) => ({ default: m.PlaygroundPage })),
);

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to="/caseload" replace /> },
      { path: 'caseload', element: <CaseloadPage /> },
      { path: 'playground', element: <PlaygroundPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
