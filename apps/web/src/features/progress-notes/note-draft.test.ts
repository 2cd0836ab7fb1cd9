import { describe, expect, it } from 'vitest';
import {
  draftFrom,
  errorsUnder,
  noteFieldsToSave,
  progressToSave,
  sectionsToSave,
} from './note-draft';

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
      objectiveIds: [],
    });
    expect(sectionsToSave({ ...draft, format: 'BIRP' })).toEqual([
      { section: 'behavior', text: '' },
      { section: 'intervention', text: '' },
      { section: 'response', text: '' },
      { section: 'plan', text: 'p' },
    ]);
  });

  it('records progress only on objectives still addressed that were given a rating or a note', () => {
    const draft = {
      ...draftFrom(null),
      objectiveIds: ['b', 'a', 'c'],
      progress: {
        a: { rating: '6', note: ' Two sober nights ' },
        b: { rating: '', note: 'Went to a meeting' },
        c: { rating: '', note: '  ' },
        d: { rating: '3', note: '' },
      },
    };
    expect(progressToSave(draft)).toEqual([
      { objectiveId: 'b', rating: null, note: 'Went to a meeting' },
      { objectiveId: 'a', rating: 6, note: 'Two sober nights' },
    ]);
  });

  it('time in and out round-trip between the saved instant and the input, empty as null', () => {
    const draft = draftFrom({
      format: 'DAP',
      sections: [],
      objectiveIds: ['o'],
      timeIn: '2026-03-02T15:05:00.000Z',
      timeOut: null,
    });
    expect(draft.timeOut).toBe('');
    const sent = noteFieldsToSave(draft);
    expect(sent.timeIn).toBe('2026-03-02T15:05:00.000Z');
    expect(sent.timeOut).toBeNull();
    expect(sent.objectiveIds).toEqual(['o']);
  });

  it('a group save’s field errors are handed to the attendee they name', () => {
    const errors = {
      'attendees.1.timeOut': 'Must be after time in',
      'attendees.10.objectiveIds': 'x',
      content: 'Write what the group did',
    };
    expect(errorsUnder(errors, 'attendees.1.')).toEqual({ timeOut: 'Must be after time in' });
  });
});
