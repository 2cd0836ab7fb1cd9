import { createContext, useContext } from 'react';
import { graphql } from '../../gql';
import type { CurrentViewer_ViewerFragment } from '../../gql/graphql';

/** Who is signed in: asked on load (`me`) and answered by `signIn`, so both fill one cache entry. */
export const CurrentViewerFragment = graphql(`
  fragment CurrentViewer_viewer on Viewer {
    staff {
      id
      displayName
    }
    programRoles {
      role
      program {
        id
        name
        timeZone
      }
    }
    idleTimeoutMinutes
  }
`);

export const CurrentViewerQuery = graphql(`
  query CurrentViewer {
    me {
      ...CurrentViewer_viewer
    }
  }
`);

export type CurrentViewer = CurrentViewer_ViewerFragment;

export const CurrentViewerContext = createContext<CurrentViewer | null>(null);

/** The signed-in member of staff; only screens behind the auth gate may ask. */
export function useCurrentViewer(): CurrentViewer {
  const viewer = useContext(CurrentViewerContext);
  if (!viewer) throw new Error('useCurrentViewer is used outside the auth gate');
  return viewer;
}
