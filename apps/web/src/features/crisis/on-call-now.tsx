import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { useCurrentViewer } from '../auth/current-viewer';
import { onCallLine } from './on-call-line';

const OnCallNowQuery = graphql(`
  query OnCallNow {
    onCallNow {
      program {
        id
        name
      }
      onCall {
        id
        staff {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

/** Refreshed while the app is open, so a handover shows without a reload. */
const POLL_MS = 5 * 60_000;

/**
 * "On call now" in the header for every member of staff: who answers the crisis line, and the
 * way to log a crisis contact. Says plainly when nobody is rostered (a gap), never hides it.
 */
export function OnCallNow(props: { visibleFrom?: 'sm'; hiddenFrom?: 'sm'; onClick?: () => void }) {
  const viewer = useCurrentViewer();
  // A background refresh: it must not keep an unattended session from its automatic logoff.
  const { data } = useQuery(OnCallNowQuery, {
    pollInterval: POLL_MS,
    context: { background: true },
  });
  if (!data?.onCallNow.length) return null;
  const line = onCallLine(data.onCallNow, viewer.staff.id);
  const logs = viewer.programRoles.some((r) => r.role !== 'ADMIN' && r.role !== 'INTAKE');
  return (
    <Button
      component={Link}
      to={logs ? '/crisis/log' : '/crisis/roster'}
      variant="light"
      color={line.nobody ? 'red' : 'grape'}
      size="compact-sm"
      radius="xl"
      {...props}
      data-testid="on-call-now"
      // The visible words first (WCAG 2.5.3: the name contains what is seen), then the detail.
      aria-label={`${line.short}: ${line.long}. ${logs ? 'Log a crisis contact' : 'See the on-call roster'}`}
      style={{ minHeight: 32, maxWidth: 220 }}
    >
      {line.short}
    </Button>
  );
}
