import { z } from 'zod';

/**
 * Progress note formats and their named sections, in the order a clinician writes them. The
 * sections are stored as one JSON object per note; these schemas are what the API validates with
 * and what the web editor renders, so a format's sections are defined once.
 */
export const NoteFormat = { SOAP: 'SOAP', DAP: 'DAP', BIRP: 'BIRP', GIRP: 'GIRP' } as const;
export type NoteFormat = (typeof NoteFormat)[keyof typeof NoteFormat];
export const NOTE_FORMATS: readonly NoteFormat[] = Object.values(NoteFormat);

export type NoteSection =
  | 'subjective'
  | 'objective'
  | 'assessment'
  | 'plan'
  | 'data'
  | 'behavior'
  | 'intervention'
  | 'response'
  | 'goals';

export const NOTE_SECTIONS: Record<NoteFormat, readonly NoteSection[]> = {
  SOAP: ['subjective', 'objective', 'assessment', 'plan'],
  DAP: ['data', 'assessment', 'plan'],
  BIRP: ['behavior', 'intervention', 'response', 'plan'],
  GIRP: ['goals', 'intervention', 'response', 'plan'],
};

const sectionLabels: Record<NoteSection, string> = {
  subjective: 'Subjective',
  objective: 'Objective',
  assessment: 'Assessment',
  plan: 'Plan',
  data: 'Data',
  behavior: 'Behavior',
  intervention: 'Intervention',
  response: 'Response',
  goals: 'Goals',
};
export const noteSectionLabel = (s: NoteSection): string => sectionLabels[s];

const formatLabels: Record<NoteFormat, string> = {
  SOAP: 'SOAP (Subjective, Objective, Assessment, Plan)',
  DAP: 'DAP (Data, Assessment, Plan)',
  BIRP: 'BIRP (Behavior, Intervention, Response, Plan)',
  GIRP: 'GIRP (Goals, Intervention, Response, Plan)',
};
export const noteFormatLabel = (f: NoteFormat): string => formatLabels[f];

export const NOTE_TEXT_LIMITS = { section: 8000, groupContent: 8000, amendment: 8000, reason: 500 };

export type NoteSections = Partial<Record<NoteSection, string>>;

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Problems with a note's sections for its format: a section of another format is refused (it
 * would be stored and never shown), text over the limit is refused, and, to sign, every section
 * of the format must be written.
 */
export function noteSectionProblems(
  format: NoteFormat,
  sections: Readonly<Record<string, unknown>>,
  options: { forSigning: boolean },
): FieldProblem[] {
  const allowed = NOTE_SECTIONS[format];
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(sections)) {
    const field = `sections.${key}`;
    if (!allowed.includes(key as NoteSection)) {
      problems.push({ field, message: `is not a section of a ${format} note` });
    } else if (value !== null && typeof value !== 'string') {
      problems.push({ field, message: 'Must be text' });
    } else if (typeof value === 'string' && value.length > NOTE_TEXT_LIMITS.section) {
      problems.push({ field, message: `Keep it under ${NOTE_TEXT_LIMITS.section} characters` });
    }
  }
  if (options.forSigning) {
    for (const section of allowed) {
      const value = sections[section];
      if (typeof value !== 'string' || !value.trim()) {
        problems.push({
          field: `sections.${section}`,
          message: `Write the ${noteSectionLabel(section)} section before signing`,
        });
      }
    }
  }
  return problems;
}

/** The sections kept for the format, trimmed, blanks left out. */
export function cleanSections(
  format: NoteFormat,
  sections: Readonly<Record<string, unknown>>,
): NoteSections {
  const out: NoteSections = {};
  for (const section of NOTE_SECTIONS[format]) {
    const value = sections[section];
    if (typeof value === 'string' && value.trim()) out[section] = value.trim();
  }
  return out;
}

/** The reason an amendment gives and what it adds: both required. */
export const noteAmendmentSchema = z.object({
  reason: z
    .string({ error: 'Say why the note is amended' })
    .trim()
    .min(1, 'Say why the note is amended')
    .max(NOTE_TEXT_LIMITS.reason, `Keep it under ${NOTE_TEXT_LIMITS.reason} characters`),
  text: z
    .string({ error: 'Write the amendment' })
    .trim()
    .min(1, 'Write the amendment')
    .max(NOTE_TEXT_LIMITS.amendment, `Keep it under ${NOTE_TEXT_LIMITS.amendment} characters`),
});
