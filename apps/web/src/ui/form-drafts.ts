/**
 * Unsaved form input kept in sessionStorage (this tab only, gone when it closes), so that an
 * automatic logoff does not cost a clinician what they were typing. A draft belongs to one
 * member of staff, one screen (route) and one form; it is cleared on save, on cancel and on
 * sign-out, and drafts of anyone else are dropped when a different person signs in here.
 */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'waypoint.draft.v1';
/** Older drafts are not offered back: the record has likely moved on. */
export const DRAFT_MAX_AGE_MS = 12 * 60 * 60 * 1000;

interface StoredDraft<T> {
  savedAt: number;
  value: T;
}

export function draftKey(staffId: string, route: string, form: string): string {
  return `${PREFIX}:${staffId}:${route}#${form}`;
}

function staffOf(key: string): string | null {
  if (!key.startsWith(`${PREFIX}:`)) return null;
  return key.slice(PREFIX.length + 1).split(':')[0] ?? null;
}

// Storage can be full or switched off (private windows, policies); a draft is a courtesy, so
// failing to keep one must never break the form.
export function saveDraft<T>(storage: DraftStorage, key: string, value: T, now = Date.now()) {
  try {
    storage.setItem(key, JSON.stringify({ savedAt: now, value } satisfies StoredDraft<T>));
  } catch {
    /* ignored: see above */
  }
}

export function loadDraft<T>(storage: DraftStorage, key: string, now = Date.now()): T | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const stored = JSON.parse(raw) as Partial<StoredDraft<T>>;
    if (typeof stored.savedAt === 'number' && now - stored.savedAt <= DRAFT_MAX_AGE_MS) {
      return stored.value ?? null;
    }
  } catch {
    /* unreadable: dropped below */
  }
  clearDraft(storage, key);
  return null;
}

export function clearDraft(storage: DraftStorage, key: string) {
  try {
    storage.removeItem(key);
  } catch {
    /* ignored */
  }
}

/** Drops every draft, or every draft not belonging to `keepStaffId`. */
export function clearDrafts(storage: DraftStorage, keepStaffId?: string) {
  try {
    const doomed: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      const owner = key ? staffOf(key) : null;
      if (key && owner !== null && owner !== keepStaffId) doomed.push(key);
    }
    doomed.forEach((key) => storage.removeItem(key));
  } catch {
    /* ignored */
  }
}

/** The tab's sessionStorage, or nothing where there is none (tests, locked-down browsers). */
export function sessionDraftStorage(): DraftStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}
