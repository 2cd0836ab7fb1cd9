import { useSyncExternalStore } from 'react';

/**
 * Which forms on the screen hold input not yet saved (by their draft key): a form's draft is
 * written as it changes and cleared when it is saved or cancelled (`useFormDraft`), so "has a
 * draft" is "has unsaved work". Read by the one guard that warns before leaving the page.
 */
const unsaved = new Set<string>();
const listeners = new Set<() => void>();

export function markUnsaved(key: string, isUnsaved: boolean): void {
  if (unsaved.has(key) === isUnsaved) return;
  if (isUnsaved) unsaved.add(key);
  else unsaved.delete(key);
  listeners.forEach((listener) => listener());
}

export function hasUnsavedWork(): boolean {
  return unsaved.size > 0;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useHasUnsavedWork(): boolean {
  return useSyncExternalStore(subscribe, hasUnsavedWork);
}
