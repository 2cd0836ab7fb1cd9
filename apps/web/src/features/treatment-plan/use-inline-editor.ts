import { useCallback, useEffect, useRef, useState } from 'react';
import { rememberFocus } from '../../ui/return-focus';
import { useFormDraft, type FormDraft } from '../../ui/use-form-draft';
import { useCurrentViewer } from '../auth/current-viewer';
import {
  isElementDraftOf,
  type ElementDraft,
  type ElementKind,
  type ElementValues,
} from './element-specs';

/** What an inline form starts from: the version read (null when adding) and its values. */
export interface EditSession<K extends ElementKind> {
  baseVersion: number | null;
  base: ElementValues<K> | null;
  initial: ElementValues<K>;
  /** Opened from a draft kept through an automatic logoff. */
  restored: boolean;
  /** The field to put the cursor in ("go to what is missing"). */
  focusField?: string;
}

export interface InlineEditor<K extends ElementKind> {
  session: EditSession<K> | null;
  open: (session: Omit<EditSession<K>, 'restored'>) => void;
  close: () => void;
  draft: FormDraft<ElementDraft<K>>;
}

/**
 * One inline form's state: closed, or open on a session. Unsaved input is kept in the tab under
 * the form's name; coming back after an automatic logoff, the form opens again with it.
 */
export function useInlineEditor<K extends ElementKind>(
  kind: K,
  form: string,
  enabled: boolean,
): InlineEditor<K> {
  const viewer = useCurrentViewer();
  const [isDraft] = useState(() => isElementDraftOf(kind));
  const draft = useFormDraft(viewer.staff.id, `plan:${form}`, isDraft);
  const [session, setSession] = useState<EditSession<K> | null>(() =>
    enabled && draft.restored
      ? {
          baseVersion: draft.restored.baseVersion,
          base: draft.restored.base,
          initial: draft.restored.values,
          restored: true,
        }
      : null,
  );
  const { restored, clear } = draft;
  useEffect(() => {
    // A draft for content that can no longer change (the plan was signed meanwhile) helps no one.
    if (!enabled && restored) clear();
  }, [enabled, restored, clear]);
  // Saving or cancelling puts focus back on what opened the form (its Edit or Add button).
  const returnFocus = useRef<() => void>(() => undefined);
  const open = useCallback((s: Omit<EditSession<K>, 'restored'>) => {
    returnFocus.current = rememberFocus();
    setSession({ ...s, restored: false });
  }, []);
  const close = useCallback(() => {
    clear();
    setSession(null);
    returnFocus.current();
    returnFocus.current = () => undefined;
  }, [clear]);
  return { session, open, close, draft };
}
