import { Navigate } from 'react-router-dom';
import { useCurrentViewer } from '../auth/current-viewer';
import { homePathFor } from './home-path';

/** `/` sends each person to their own first screen. */
export function HomeRedirect() {
  return <Navigate to={homePathFor(useCurrentViewer())} replace />;
}
