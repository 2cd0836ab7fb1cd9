import { lazy, Suspense } from 'react';
import { AccountButton } from './account-button';
import { useCurrentViewer } from './current-viewer';
import { roleSummary } from './viewer-roles';

// The menu (Mantine's Menu, Popover and floating-ui, ~30 kB gzip) is not needed to show the
// screen, only to open it: it loads right after the first render, behind the same button.
const UserMenu = lazy(() => import('./user-menu').then((m) => ({ default: m.UserMenu })));

/** The header's account menu; until its code is in, the same button, not yet operable. */
export function AccountMenu() {
  const viewer = useCurrentViewer();
  const button = (
    <AccountButton
      name={viewer.staff.displayName}
      roles={roleSummary(viewer)}
      aria-disabled
      data-testid="user-menu-loading"
    />
  );
  return (
    <Suspense fallback={button}>
      <UserMenu />
    </Suspense>
  );
}
