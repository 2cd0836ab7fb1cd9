import { NOTE_SECTIONS, type NoteFormat } from '@waypoint/domain';
import { localInputValue } from '../../ui/dates';

/** Progress to record on an objective when the note is saved (kept on the plan, not the note). */
export interface ProgressDraft {
  rating: string;
  note: string;
}

/** What the editor holds for one client's note while it is written. */
export interface NoteDraft {
  format: NoteFormat;
  sections: Record<string, string>;
  /** Plan objectives addressed in the session. */
  objectiveIds: string[];
  /** `YYYY-MM-DDTHH:mm` in the browser's zone, '' when not given. */
  timeIn: string;
  timeOut: string;
  /** By objective id: progress to record with the next save. */
  progress: Record<string, ProgressDraft>;
}

interface SavedNote {
  format: NoteFormat;
  sections: readonly { section: string; text: string }[];
  objectiveIds: readonly string[];
  timeIn?: string | null;
  timeOut?: string | null;
}

const inputTime = (iso: string | null | undefined) => (iso ? localInputValue(new Date(iso)) : '');
const instant = (value: string) => (value ? new Date(value).toISOString() : null);

/** A draft from the saved note (or a fresh one in the clinic's usual format). */
export function draftFrom(note: SavedNote | null): NoteDraft {
  return {
    format: note?.format ?? 'DAP',
    sections: Object.fromEntries((note?.sections ?? []).map((s) => [s.section, s.text])),
    objectiveIds: [...(note?.objectiveIds ?? [])],
    timeIn: inputTime(note?.timeIn),
    timeOut: inputTime(note?.timeOut),
    progress: {},
  };
}

/** The sections to send: those of the chosen format, in its order (a switched format drops the rest). */
export function sectionsToSave(draft: NoteDraft): { section: string; text: string }[] {
  return NOTE_SECTIONS[draft.format].map((section) => ({
    section,
    text: draft.sections[section] ?? '',
  }));
}

/**
 * The progress entries to record: on objectives still addressed, where a rating or a note was
 * given, in the order the objectives were picked (the API names a refused entry by this index).
 */
export function progressToSave(
  draft: NoteDraft,
): { objectiveId: string; rating: number | null; note: string | null }[] {
  return draft.objectiveIds.flatMap((objectiveId) => {
    const entry = draft.progress[objectiveId];
    if (!entry || (entry.rating === '' && !entry.note.trim())) return [];
    return [
      {
        objectiveId,
        rating: entry.rating === '' ? null : Number(entry.rating),
        note: entry.note.trim() || null,
      },
    ];
  });
}

/** Everything of one client's note the save sends, apart from whose it is and its version. */
export function noteFieldsToSave(draft: NoteDraft) {
  return {
    format: draft.format,
    sections: sectionsToSave(draft),
    objectiveIds: draft.objectiveIds,
    timeIn: instant(draft.timeIn),
    timeOut: instant(draft.timeOut),
    progress: progressToSave(draft),
  };
}

/** The field errors of one part of a save (`attendees.2.timeOut` → `timeOut` for prefix `attendees.2.`). */
export function errorsUnder(
  errors: Record<string, string>,
  prefix: string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([field]) => field.startsWith(prefix))
      .map(([field, message]) => [field.slice(prefix.length), message]),
  );
}
