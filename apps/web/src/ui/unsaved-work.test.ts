import { describe, expect, it } from 'vitest';
import { hasUnsavedWork, markUnsaved } from './unsaved-work';

describe('unsaved work on the screen', () => {
  it('is there while any form holds a draft, and gone when each is saved or cancelled', () => {
    expect(hasUnsavedWork()).toBe(false);
    markUnsaved('goal-edit:1', true);
    markUnsaved('contact', true);
    markUnsaved('goal-edit:1', false);
    expect(hasUnsavedWork()).toBe(true);
    markUnsaved('contact', false);
    expect(hasUnsavedWork()).toBe(false);
  });
});
