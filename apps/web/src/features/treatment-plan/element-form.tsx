import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { ConflictComparison, whoSaved } from '../../ui/conflict-comparison';
import { savedAtClause } from '../../ui/dates';
import { describeError } from '../../ui/error-message';
import { mergeRows, reapplyOnto } from '../../ui/field-merge';
import { InfoIcon } from '../../ui/icons';
import { ElementFields } from './element-fields';
import type { ElementSaveResult } from './element-result';
import {
  blankValues,
  changedElementFields,
  elementFields,
  fieldLabels,
  formatFieldValue,
  kindNoun,
  validateElement,
  type ElementKind,
  type ElementValues,
  type FieldOf,
  type TheirElement,
} from './element-specs';
import { usePlanEditing } from './plan-context';
import type { EditSession, InlineEditor } from './use-inline-editor';
import type { StaffOption } from './use-plan-staff';

type Against<K extends ElementKind> = { version: number; values: ElementValues<K> };

interface ElementFormProps<K extends ElementKind> {
  kind: K;
  editor: InlineEditor<K> & { session: EditSession<K> };
  admittedOn: string | null;
  onSave: (values: ElementValues<K>, against: Against<K> | null) => Promise<ElementSaveResult<K>>;
  /** After a save (or nothing to save) or cancel; the editor is already closed. */
  onDone: (saved: boolean) => void;
  staff?: readonly StaffOption[];
  staffLoading?: boolean;
  'data-testid': string;
}

function problemText(result: ElementSaveResult<ElementKind>, noun: string): string | null {
  switch (result.kind) {
    case 'invalid-transition':
      return 'This plan is no longer a draft (it was submitted or signed meanwhile), so its content cannot change. The plan has been refreshed; revise it to change it.';
    case 'not-found':
      return `This ${noun} was removed by someone else meanwhile. The plan has been refreshed.`;
    case 'forbidden':
      return 'You cannot change this plan: your access to this client does not include it.';
    case 'failed': {
      const d = describeError(result.error);
      return `${d.title}. ${d.message}`;
    }
    default:
      return null;
  }
}

/**
 * An inline form for one plan element. Enter saves (Shift+Enter for a new line), Esc cancels.
 * While saving it says so; field problems show at the fields; when someone else saved first, their
 * version is shown beside this edit to re-apply it on top or discard it.
 */
export function ElementForm<K extends ElementKind>({
  kind,
  editor,
  admittedOn,
  onSave,
  onDone,
  staff,
  staffLoading,
  ...rest
}: ElementFormProps<K>) {
  const { session, draft } = editor;
  const { timeZone } = usePlanEditing();
  const noun = kindNoun[kind];
  const fields = elementFields[kind] as readonly FieldOf<K>[];
  const [base, setBase] = useState<Against<K> | null>(
    session.baseVersion !== null && session.base
      ? { version: session.baseVersion, values: session.base }
      : null,
  );
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<TheirElement<K> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [showRestored, setShowRestored] = useState(session.restored);

  const form = useForm<ElementValues<K>>({
    mode: 'controlled',
    initialValues: session.initial,
    validate: (values) => validateElement(kind, values, { admittedOn }),
    validateInputOnBlur: true,
  });

  const { save: saveDraft, clear: clearDraft } = draft;
  useEffect(() => {
    const from = base?.values ?? blankValues(kind);
    if (Object.keys(changedElementFields(kind, from, form.values)).length > 0) {
      saveDraft({
        baseVersion: base?.version ?? null,
        base: base?.values ?? null,
        values: form.values,
      });
    } else {
      clearDraft();
    }
  }, [kind, form.values, base, saveDraft, clearDraft]);

  const finish = (saved: boolean) => {
    editor.close();
    onDone(saved);
  };

  const submit = async (values: ElementValues<K>, against = base) => {
    setProblem(null);
    if (against && Object.keys(changedElementFields(kind, against.values, values)).length === 0) {
      notifications.show({ color: 'gray', message: 'Nothing was changed, so nothing was saved.' });
      return finish(false);
    }
    setSaving(true);
    const result = await onSave(values, against);
    setSaving(false);
    switch (result.kind) {
      case 'saved':
        return finish(true);
      case 'invalid':
        if (Object.keys(result.fields).length) form.setErrors(result.fields);
        else
          setProblem('Some of what you entered was not accepted. Check the fields and try again.');
        return;
      case 'conflict':
        if (result.theirs) setConflict(result.theirs);
        else
          setProblem(`Someone else changed this ${noun} first. Cancel, check it, and edit again.`);
        return;
      case 'signed-out':
        // On the way to the sign-in page; the draft brings this back afterwards.
        return;
      default:
        setProblem(problemText(result, noun));
    }
  };

  const rebase = (theirs: TheirElement<K>): ElementValues<K> => {
    const from = base?.values ?? blankValues(kind);
    const merged = reapplyOnto(fields, from, form.values, theirs.values);
    setBase({ version: theirs.version, values: theirs.values });
    form.setValues(merged);
    setConflict(null);
    return merged;
  };

  const cancel = () => {
    if (!saving) finish(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      cancel();
    } else if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      (e.currentTarget as HTMLFormElement).requestSubmit();
    }
  };

  const staffName = (id: string) => staff?.find((s) => s.id === id)?.displayName ?? null;
  const labels = fieldLabels[kind] as Record<string, string>;

  return (
    <Paper withBorder radius="md" p="md" bg="gray.0" data-testid={rest['data-testid']}>
      {conflict && base ? (
        <ConflictComparison
          title={`Someone else saved this ${noun} first`}
          description={`${whoSaved(conflict.savedBy)} changed this ${noun}${savedAtClause(conflict.savedAt, timeZone)} while you were editing. Your changes have not been saved yet.`}
          rows={mergeRows(fields, base.values, form.values, conflict.values).map((r) => ({
            ...r,
            key: r.field,
            label: labels[r.field] ?? r.field,
          }))}
          renderValue={(field, value) => formatFieldValue(field, value, staffName)}
          busy={saving}
          onReapply={() => {
            const values = rebase(conflict);
            void submit(values, { version: conflict.version, values: conflict.values });
          }}
          onEditTheirs={() => void rebase(conflict)}
          onDiscard={() => finish(false)}
        />
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => void submit(values))}
          onKeyDown={onKeyDown}
          aria-label={base ? `Edit ${noun}` : `New ${noun}`}
        >
          <Stack gap="sm">
            {showRestored && (
              <Alert
                color="blue"
                variant="light"
                icon={<InfoIcon size={16} />}
                title="Your unsaved changes were kept"
                withCloseButton
                onClose={() => setShowRestored(false)}
                data-testid="draft-restored"
              >
                You were signed out before saving. Check what you had typed, then save or cancel.
              </Alert>
            )}
            {problem && (
              <Alert color="red" variant="light" role="alert" data-testid="element-problem">
                {problem}
              </Alert>
            )}
            <ElementFields
              kind={kind}
              form={form}
              disabled={saving}
              admittedOn={admittedOn}
              focusField={session.focusField}
              staff={staff}
              staffLoading={staffLoading}
            />
            <Group gap="sm" justify="space-between">
              <Group gap="sm">
                <Button type="submit" size="xs" loading={saving} data-testid="element-save">
                  {base ? 'Save' : `Add ${noun}`}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={cancel}
                  disabled={saving}
                  data-testid="element-cancel"
                >
                  Cancel
                </Button>
                {saving && (
                  <Text size="xs" c="dimmed" role="status">
                    Saving…
                  </Text>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                Enter saves · Shift+Enter new line · Esc cancels
              </Text>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
