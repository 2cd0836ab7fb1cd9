import { describe, expect, it } from 'vitest';
import {
  clearDraft,
  clearDrafts,
  DRAFT_MAX_AGE_MS,
  draftKey,
  loadDraft,
  saveDraft,
  type DraftStorage,
} from './form-drafts';

function memoryStorage(): DraftStorage & { keys(): string[] } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
    keys: () => [...map.keys()],
  };
}

describe('form drafts', () => {
  const key = draftKey('staff-1', '/clients/c-1', 'contact-details');

  it('a draft is kept per person, screen and form', () => {
    expect(key).not.toBe(draftKey('staff-2', '/clients/c-1', 'contact-details'));
    expect(key).not.toBe(draftKey('staff-1', '/clients/c-2', 'contact-details'));
    expect(key).not.toBe(draftKey('staff-1', '/clients/c-1', 'other-form'));
  });

  it('what was typed comes back', () => {
    const s = memoryStorage();
    saveDraft(s, key, { phone: '555-0100' }, 1000);
    expect(loadDraft(s, key, 2000)).toEqual({ phone: '555-0100' });
    clearDraft(s, key);
    expect(loadDraft(s, key, 2000)).toBeNull();
  });

  it('a stale draft is not offered back and is dropped', () => {
    const s = memoryStorage();
    saveDraft(s, key, { phone: 'x' }, 0);
    expect(loadDraft(s, key, DRAFT_MAX_AGE_MS + 1)).toBeNull();
    expect(s.length).toBe(0);
  });

  it('an unreadable draft is dropped instead of breaking the form', () => {
    const s = memoryStorage();
    s.setItem(key, '{not json');
    expect(loadDraft(s, key)).toBeNull();
    expect(s.length).toBe(0);
  });

  it('when someone else signs in, only their own drafts survive; other keys are untouched', () => {
    const s = memoryStorage();
    saveDraft(s, draftKey('staff-1', '/a', 'f'), 1);
    saveDraft(s, draftKey('staff-2', '/a', 'f'), 2);
    s.setItem('unrelated', 'keep');
    clearDrafts(s, 'staff-2');
    expect(s.keys().sort()).toEqual([draftKey('staff-2', '/a', 'f'), 'unrelated'].sort());
    clearDrafts(s);
    expect(s.keys()).toEqual(['unrelated']);
  });

  it('a full or disabled storage never throws', () => {
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
      key: () => null,
      length: 0,
    };
    expect(() => saveDraft(broken, key, 1)).not.toThrow();
    expect(loadDraft(broken, key)).toBeNull();
    expect(() => clearDrafts(broken)).not.toThrow();
  });
});
