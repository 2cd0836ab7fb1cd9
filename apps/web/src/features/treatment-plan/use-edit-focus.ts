import { useEffect } from 'react';
import { elementAnchor } from './signable';
import { useFocusFor } from './plan-context';

/**
 * When "go to what is missing" points at this element's own field, open its form there and
 * bring it into view.
 */
export function useEditFocus(id: string, openAt: (field: string) => void) {
  const focus = useFocusFor(id);
  const field = focus?.action === 'edit' ? focus.field : null;
  const nonce = focus?.action === 'edit' ? focus.nonce : null;
  useEffect(() => {
    if (nonce === null || field === null) return;
    openAt(field);
    requestAnimationFrame(() =>
      document
        .getElementById(elementAnchor(id))
        ?.scrollIntoView({ behavior: 'smooth', block: 'center' }),
    );
    // Only a new request (its nonce) opens the form again, not every render.
  }, [nonce]);
}
