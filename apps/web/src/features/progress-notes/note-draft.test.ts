import { describe, expect, it } from 'vitest';
import { draftFrom, sectionsToSave } from './note-draft';

describe('note drafts', () => {
  it('a new note starts as DAP with empty sections', () => {
    expect(sectionsToSave(draftFrom(null))).toEqual([
      { section: 'data', text: '' },
      { section: 'assessment', text: '' },
      { section: 'plan', text: '' },
    ]);
  });

  it('switching format keeps shared sections and sends only the new format’s', () => {
    const draft = draftFrom({
      format: 'SOAP',
      sections: [
        { section: 'subjective', text: 's' },
        { section: 'plan', text: 'p' },
      ],
    });
    expect(sectionsToSave({ ...draft, format: 'BIRP' })).toEqual([
      { section: 'behavior', text: '' },
      { section: 'intervention', text: '' },
      { section: 'response', text: '' },
      { section: 'plan', text: 'p' },
    ]);
  });
});
