import { describe, expect, it } from 'vitest';
import {
  cleanSections,
  NOTE_SECTIONS,
  noteAmendmentSchema,
  noteSectionProblems,
} from './note-format.js';
import {
  getsGroupNote,
  isNoteOverdue,
  noteCapabilities,
  noteDueAt,
  requiresCosign,
  statusAfterSigning,
} from './note-lifecycle.js';

describe('note formats', () => {
  it('names the sections of each format in writing order', () => {
    expect(NOTE_SECTIONS.SOAP).toEqual(['subjective', 'objective', 'assessment', 'plan']);
    expect(NOTE_SECTIONS.DAP).toEqual(['data', 'assessment', 'plan']);
    expect(NOTE_SECTIONS.BIRP).toEqual(['behavior', 'intervention', 'response', 'plan']);
    expect(NOTE_SECTIONS.GIRP).toEqual(['goals', 'intervention', 'response', 'plan']);
  });

  it('a draft may leave sections blank, but not carry a section of another format', () => {
    expect(noteSectionProblems('DAP', { data: 'x' }, { forSigning: false })).toEqual([]);
    expect(noteSectionProblems('DAP', { subjective: 'x' }, { forSigning: false })).toEqual([
      { field: 'sections.subjective', message: 'is not a section of a DAP note' },
    ]);
  });

  it('signing needs every section of the format written', () => {
    const problems = noteSectionProblems(
      'BIRP',
      { behavior: 'b', intervention: '  ', response: 'r' },
      { forSigning: true },
    );
    expect(problems.map((p) => p.field)).toEqual(['sections.intervention', 'sections.plan']);
  });

  it('refuses text over the limit and values that are not text', () => {
    const problems = noteSectionProblems(
      'SOAP',
      { subjective: 'x'.repeat(8001), plan: 3 },
      { forSigning: false },
    );
    expect(problems.map((p) => p.field)).toEqual(['sections.subjective', 'sections.plan']);
  });

  it('keeps only the format’s written sections, trimmed', () => {
    expect(cleanSections('GIRP', { goals: ' g ', plan: '', data: 'd' })).toEqual({ goals: 'g' });
  });

  it('an amendment needs a reason and its text', () => {
    expect(noteAmendmentSchema.safeParse({ reason: ' ', text: 'x' }).success).toBe(false);
    expect(noteAmendmentSchema.safeParse({ reason: 'late entry', text: '' }).success).toBe(false);
    expect(noteAmendmentSchema.parse({ reason: ' late entry ', text: 'x' }).reason).toBe(
      'late entry',
    );
  });
});

describe('note lifecycle', () => {
  const caps = (
    status: 'DRAFT' | 'PENDING_COSIGN' | 'SIGNED',
    more: { viewerIsAuthor?: boolean; viewerIsDirector?: boolean; viewerMayWrite?: boolean } = {},
  ) =>
    noteCapabilities({
      status,
      viewerIsAuthor: true,
      viewerIsDirector: false,
      viewerMayWrite: true,
      ...more,
    });

  it('a draft is edited and signed by its author, not amended', () => {
    const c = caps('DRAFT');
    expect([c.edit.allowed, c.sign.allowed, c.amend.allowed]).toEqual([true, true, false]);
    expect(caps('DRAFT', { viewerIsAuthor: false }).sign.code).toBe('FORBIDDEN');
  });

  it('a signed note is never edited, only amended', () => {
    const c = caps('SIGNED');
    expect(c.edit).toMatchObject({ allowed: false, code: 'INVALID_TRANSITION' });
    expect(c.sign.allowed).toBe(false);
    expect(c.amend.allowed).toBe(true);
  });

  it('a note awaiting co-signature is co-signed by a director who is not its author', () => {
    expect(caps('PENDING_COSIGN').cosign.code).toBe('FORBIDDEN');
    expect(caps('PENDING_COSIGN', { viewerIsAuthor: false }).cosign.code).toBe('FORBIDDEN');
    expect(
      caps('PENDING_COSIGN', { viewerIsAuthor: false, viewerIsDirector: true }).cosign.allowed,
    ).toBe(true);
    expect(caps('SIGNED', { viewerIsAuthor: false, viewerIsDirector: true }).cosign.code).toBe(
      'INVALID_TRANSITION',
    );
    expect(caps('PENDING_COSIGN').edit.allowed).toBe(false);
  });

  it('without access nothing is allowed', () => {
    const c = caps('DRAFT', { viewerMayWrite: false });
    expect([c.edit.code, c.sign.code, c.cosign.code, c.amend.code]).toEqual(
      Array(4).fill('FORBIDDEN'),
    );
  });

  it('co-signature is required when the author holds a credential the program lists', () => {
    expect(requiresCosign('ASW', ['asw', 'CADC-T'])).toBe(true);
    expect(requiresCosign('MSW, CADC-T', ['CADC-T'])).toBe(true);
    expect(requiresCosign('LCSW', ['ASW'])).toBe(false);
    expect(requiresCosign(null, ['ASW'])).toBe(false);
    expect(statusAfterSigning(true)).toBe('PENDING_COSIGN');
    expect(statusAfterSigning(false)).toBe('SIGNED');
  });
});

describe('note due and overdue', () => {
  const ends = new Date('2026-03-02T17:00:00Z');

  it('is due 72 hours after the session ends unless the program says otherwise', () => {
    expect(noteDueAt(ends).toISOString()).toBe('2026-03-05T17:00:00.000Z');
    expect(noteDueAt(ends, 24).toISOString()).toBe('2026-03-03T17:00:00.000Z');
  });

  it('is overdue past due while a draft or not started; signed or awaiting co-signature is not', () => {
    const due = noteDueAt(ends);
    const after = new Date(due.getTime() + 1);
    expect(isNoteOverdue('DRAFT', due, due)).toBe(false);
    expect(isNoteOverdue('DRAFT', due, after)).toBe(true);
    expect(isNoteOverdue(null, due, after)).toBe(true);
    expect(isNoteOverdue('PENDING_COSIGN', due, after)).toBe(false);
    expect(isNoteOverdue('SIGNED', due, after)).toBe(false);
  });
});

describe('group notes', () => {
  it('only attendees who were there get an individualised note', () => {
    expect(['PRESENT', 'LATE', 'LEFT_EARLY'].every((s) => getsGroupNote(s as 'PRESENT'))).toBe(
      true,
    );
    expect(getsGroupNote('ABSENT_EXCUSED')).toBe(false);
    expect(getsGroupNote('ABSENT_UNEXCUSED')).toBe(false);
    expect(getsGroupNote(null)).toBe(false);
  });
});
