import { notifications } from '@mantine/notifications';
import type { IntakeInstrument } from '@waypoint/domain';
import { useEffect, useState } from 'react';
import { describeError } from '../../ui/error-message';
import { useFormDraft, type FormDraft } from '../../ui/use-form-draft';
import { useCurrentViewer } from '../auth/current-viewer';
import { hasInput } from './assessment-forms';
import { useRecordAssessmentMutation } from './use-record-assessment-mutation';

export interface EditSession<T> {
  initial: T;
  /** Opened from a draft kept through an automatic logoff. */
  restored: boolean;
}

/**
 * Whether an instrument's form is open, and its draft: input kept in this tab under the
 * signed-in person, the chart and the form, offered back after an automatic logoff.
 */
export function useAssessmentEditor<T extends Record<string, string>>(
  form: string,
  isValid: (value: unknown) => value is T,
  canRecord: boolean,
) {
  const viewer = useCurrentViewer();
  const draft = useFormDraft(viewer.staff.id, form, isValid);
  const [session, setSession] = useState<EditSession<T> | null>(() =>
    canRecord && draft.restored ? { initial: draft.restored, restored: true } : null,
  );
  const { restored, clear } = draft;
  useEffect(() => {
    // A draft for an episode that can no longer take one is of no use to anyone.
    if (!canRecord && restored) clear();
  }, [canRecord, restored, clear]);
  return {
    session,
    draft,
    start: (initial: T) => setSession({ initial, restored: false }),
    stop: () => setSession(null),
  };
}

/** Keeps what is typed as a draft while there is anything to keep. */
export function useKeepDraft<T extends Record<string, string>>(values: T, draft: FormDraft<T>) {
  const { save, clear } = draft;
  useEffect(() => {
    if (hasInput(values)) save(values);
    else clear();
  }, [values, save, clear]);
}

export interface SaveProblem {
  title: string;
  message: string;
}

/** Records the answers and says what happened, in terms the form shows. */
export function useSaveAssessment(
  episodeId: string,
  instrument: IntakeInstrument,
  draft: Pick<FormDraft<unknown>, 'clear'>,
  onSaved: () => void,
) {
  const { record, saving } = useRecordAssessmentMutation();
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  const save = async (
    answers: Record<string, unknown>,
    setErrors: (errors: Record<string, string>) => void,
  ) => {
    setProblem(null);
    const result = await record({ episodeId, instrument, answers });
    switch (result.kind) {
      case 'saved':
        notifications.show({
          color: 'teal',
          title: instrument === 'ASAM' ? 'ASAM ratings saved' : 'Summary saved',
          message: 'It is now the latest on the chart.',
        });
        draft.clear();
        return onSaved();
      case 'invalid':
        return setErrors(result.fields);
      case 'refused':
        return setProblem({
          title: 'This episode has ended',
          message: 'Nothing more is recorded in an ended episode.',
        });
      case 'forbidden':
        return setProblem({
          title: 'Not saved: you cannot change this chart',
          message: 'Your access to this client does not include recording assessments.',
        });
      case 'signed-out':
        // The draft brings this back after signing in again.
        return;
      case 'failed': {
        const d = describeError(result.error);
        return setProblem({ title: d.title, message: `${d.message} Your entries are still here.` });
      }
    }
  };

  return { save, saving, problem };
}
