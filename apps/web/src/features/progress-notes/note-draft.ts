import { NOTE_SECTIONS, type NoteFormat } from '@waypoint/domain';

/** What the editor holds for one client's note while it is written. */
export interface NoteDraft {
  format: NoteFormat;
  sections: Record<string, string>;
}

/** A draft from the saved note (or a fresh one in the clinic's usual format). */
export function draftFrom(
  note: { format: NoteFormat; sections: readonly { section: string; text: string }[] } | null,
): NoteDraft {
  return {
    format: note?.format ?? 'DAP',
    sections: Object.fromEntries((note?.sections ?? []).map((s) => [s.section, s.text])),
  };
}

/** The sections to send: those of the chosen format, in its order (a switched format drops the rest). */
export function sectionsToSave(draft: NoteDraft): { section: string; text: string }[] {
  return NOTE_SECTIONS[draft.format].map((section) => ({
    section,
    text: draft.sections[section] ?? '',
  }));
}
