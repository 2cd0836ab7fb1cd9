import {
  checkIntakeScreening,
  effectiveUrgency,
  screeningEscalation,
  SAFETY_QUESTIONS,
  type Escalation,
  type ReasonForCall,
  type SafetyQuestion,
  type ScreeningContext,
  type ScreeningSubstance,
  type ScreeningUrgency,
  type UseFrequency,
  type UseRoute,
} from '@waypoint/domain';

/** One substance row as the form holds it: choices may still be empty, the age is text. */
export interface SubstanceRow {
  substance: ScreeningSubstance | '';
  otherSubstance: string;
  route: UseRoute | '';
  frequency: UseFrequency | '';
  lastUseOn: string;
  ageAtFirstUse: string;
}

export interface ScreeningFormValues {
  reasonsForCall: ReasonForCall[];
  reasonNote: string;
  substances: SubstanceRow[];
  /** null until the question is answered. */
  safety: Record<SafetyQuestion, boolean | null>;
  /** '' = as the answers call for. */
  urgency: ScreeningUrgency | '';
  escalationNote: string;
  notes: string;
}

export const emptySubstance = (): SubstanceRow => ({
  substance: '',
  otherSubstance: '',
  route: '',
  frequency: '',
  lastUseOn: '',
  ageAtFirstUse: '',
});

const unanswered = () =>
  Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.key, null])) as Record<
    SafetyQuestion,
    boolean | null
  >;

export const emptyScreening = (): ScreeningFormValues => ({
  reasonsForCall: [],
  reasonNote: '',
  substances: [],
  safety: unanswered(),
  urgency: '',
  escalationNote: '',
  notes: '',
});

/** What a stored screening looks like to the form (an older, notes-only one starts unanswered). */
export interface StoredScreening {
  reasonsForCall: readonly ReasonForCall[];
  reasonNote?: string | null;
  substances: readonly {
    substance: ScreeningSubstance;
    otherSubstance?: string | null;
    route: UseRoute;
    frequency: UseFrequency;
    lastUseOn: string;
    ageAtFirstUse?: number | null;
  }[];
  safety?: Partial<Record<SafetyQuestion, boolean>> | null;
  urgency?: ScreeningUrgency | null;
  notes?: string | null;
}

export function screeningFormValues(s: StoredScreening): ScreeningFormValues {
  const safety = unanswered();
  for (const q of SAFETY_QUESTIONS) safety[q.key] = s.safety?.[q.key] ?? null;
  const derived = s.safety ? effectiveUrgency(s.safety, null) : 'ROUTINE';
  return {
    reasonsForCall: [...s.reasonsForCall],
    reasonNote: s.reasonNote ?? '',
    substances: s.substances.map((u) => ({
      substance: u.substance,
      otherSubstance: u.otherSubstance ?? '',
      route: u.route,
      frequency: u.frequency,
      lastUseOn: u.lastUseOn,
      ageAtFirstUse: u.ageAtFirstUse == null ? '' : String(u.ageAtFirstUse),
    })),
    safety,
    // Kept only when the screener raised it above what the answers call for.
    urgency: s.urgency && s.urgency !== derived ? s.urgency : '',
    // Each save records how the escalation was handled anew.
    escalationNote: '',
    notes: s.notes ?? '',
  };
}

/** The form as the API's input (and the domain's check) takes it. */
export function screeningInput(v: ScreeningFormValues) {
  return {
    reasonsForCall: v.reasonsForCall,
    reasonNote: v.reasonNote.trim() || null,
    substances: v.substances.map((s) => ({
      substance: s.substance as ScreeningSubstance,
      otherSubstance: s.otherSubstance.trim() || null,
      route: s.route as UseRoute,
      frequency: s.frequency as UseFrequency,
      lastUseOn: s.lastUseOn,
      ageAtFirstUse: s.ageAtFirstUse.trim() === '' ? null : Number(s.ageAtFirstUse),
    })),
    safety: v.safety,
    urgency: v.urgency || null,
    escalationNote: v.escalationNote.trim() || null,
    notes: v.notes.trim() || null,
  };
}

export interface ScreeningAssessment {
  escalation: Escalation | null;
  urgency: ScreeningUrgency;
  /** By field path, as the API names them (`substances[1].lastUseOn`). */
  problems: Record<string, string>;
}

/**
 * The live verdict on the form: the same rule the API applies on save. Empty choices are sent to
 * the check as missing, so each gets the domain's own message.
 */
export function assessScreening(
  v: ScreeningFormValues,
  context: ScreeningContext,
): ScreeningAssessment {
  const input = screeningInput(v);
  const raw = {
    ...input,
    substances: input.substances.map((s) => ({
      ...s,
      substance: s.substance || undefined,
      route: s.route || undefined,
      frequency: s.frequency || undefined,
      lastUseOn: s.lastUseOn || undefined,
      ageAtFirstUse: Number.isNaN(s.ageAtFirstUse) ? 'x' : s.ageAtFirstUse,
    })),
  };
  const check = checkIntakeScreening(raw, context);
  return {
    escalation: screeningEscalation(v.safety),
    urgency: effectiveUrgency(v.safety, v.urgency || null),
    problems: check.ok ? {} : Object.fromEntries(check.issues.map((i) => [i.field, i.message])),
  };
}
