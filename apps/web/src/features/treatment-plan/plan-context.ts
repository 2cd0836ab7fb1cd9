import { createContext, useContext } from 'react';
import type { ElementKind, GapTarget } from './signable';

/** A request to bring an element into view and open the right form ("go to what is missing"). */
export type FocusRequest = GapTarget & { nonce: number };

/** What every card of the plan shown needs to know, and the few plan-wide actions. */
export interface PlanEditing {
  planId: string;
  status: string;
  /** The content may change (TreatmentPlan.capabilities.canEdit, decided by the API). */
  editable: boolean;
  /** Goal and objective statuses may change (capabilities.canSetStatus). */
  tracking: boolean;
  /** Progress may be recorded (capabilities.canRecordProgress). */
  recording: boolean;
  /** Progress entries may be corrected or voided (capabilities.canAmendProgress). */
  amending: boolean;
  /** Admission (program-local); target and progress dates may not precede it. */
  admittedOn: string | null;
  /** Today where the program is. */
  today: string;
  timeZone: string;
  programId: string;
  reorder: (parentId: string, kind: ElementKind, orderedIds: string[]) => void;
  focus: FocusRequest | null;
  requestFocus: (target: GapTarget) => void;
}

export const PlanEditingContext = createContext<PlanEditing | null>(null);

export function usePlanEditing(): PlanEditing {
  const value = useContext(PlanEditingContext);
  if (!value) throw new Error('usePlanEditing is used outside a plan');
  return value;
}

/** The focus request meant for this element (or for adding under it), if any. */
export function useFocusFor(id: string): FocusRequest | null {
  const { focus } = usePlanEditing();
  if (!focus) return null;
  const target = focus.action === 'add' ? focus.parentId : focus.elementId;
  return target === id ? focus : null;
}
