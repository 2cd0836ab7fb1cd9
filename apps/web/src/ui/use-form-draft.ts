import { useCallback, useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { clearDraft, draftKey, loadDraft, saveDraft, sessionDraftStorage } from './form-drafts';
import { markUnsaved } from './unsaved-work';

export interface FormDraft<T> {
  /** What was kept for this form on this screen when it mounted, if anything and valid. */
  restored: T | null;
  save: (value: T) => void;
  clear: () => void;
}

/**
 * A form's unsaved input, kept in this tab under the signed-in person, the current route and
 * the form's name (see form-drafts.ts). `isValid` guards against a draft of another shape.
 * While a draft is held the screen has unsaved work, and leaving it asks first (see
 * unsaved-work.ts); the draft stays either way.
 */
export function useFormDraft<T>(
  owner: string,
  form: string,
  isValid: (value: unknown) => value is T,
): FormDraft<T> {
  const { pathname } = useLocation();
  const key = draftKey(owner, pathname, form);
  const [restored] = useState<T | null>(() => {
    const storage = sessionDraftStorage();
    const value = storage ? loadDraft<unknown>(storage, key) : null;
    return isValid(value) ? value : null;
  });
  useEffect(() => {
    if (restored !== null) markUnsaved(key, true);
    // Gone from the screen (left, or signed out): its draft no longer holds this screen.
    return () => markUnsaved(key, false);
  }, [key, restored]);
  const save = useCallback(
    (value: T) => {
      const storage = sessionDraftStorage();
      if (storage) saveDraft(storage, key, value);
      markUnsaved(key, true);
    },
    [key],
  );
  const clear = useCallback(() => {
    const storage = sessionDraftStorage();
    if (storage) clearDraft(storage, key);
    markUnsaved(key, false);
  }, [key]);
  return { restored, save, clear };
}
