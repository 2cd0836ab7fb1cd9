import { Button } from '@mantine/core';
import { PlusIcon } from '../../ui/icons';
import { useEffect, useRef } from 'react';
import type { ElementSaveResult } from './element-result';
import { ElementForm } from './element-form';
import { blankValues, kindNoun, type ElementKind, type ElementValues } from './element-specs';
import { useFocusFor, usePlanEditing } from './plan-context';
import { useInlineEditor } from './use-inline-editor';
import { usePlanStaff } from './use-plan-staff';

interface AddElementProps<K extends ElementKind> {
  kind: K;
  parentId: string;
  onSave: (values: ElementValues<K>) => Promise<ElementSaveResult<K>>;
  /** Called after the new element was saved. */
  onAdded?: () => void;
}

/** "Add goal" under a problem (and so on): a quiet button that opens an inline form in place. */
export function AddElement<K extends ElementKind>({
  kind,
  parentId,
  onSave,
  onAdded,
}: AddElementProps<K>) {
  const ctx = usePlanEditing();
  const noun = kindNoun[kind];
  const editor = useInlineEditor(kind, `${noun}-add:${parentId}`, ctx.editable);
  const { staff, loading } = usePlanStaff(
    ctx.programId,
    kind !== 'INTERVENTION' || !editor.session,
  );
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const focus = useFocusFor(parentId);
  const wanted = focus?.action === 'add' && focus.childKind === kind ? focus.nonce : null;
  const { open } = editor;
  useEffect(() => {
    if (wanted === null) return;
    open({ baseVersion: null, base: null, initial: blankValues(kind) });
    requestAnimationFrame(() =>
      box.current?.scrollIntoView({ behavior: 'smooth', block: 'center' }),
    );
  }, [wanted, kind, open]);

  if (!ctx.editable) return null;
  return (
    <div ref={box}>
      {editor.session ? (
        <ElementForm
          kind={kind}
          editor={{ ...editor, session: editor.session }}
          admittedOn={ctx.admittedOn}
          onSave={(values) => onSave(values)}
          onDone={(saved) => {
            if (saved) onAdded?.();
            requestAnimationFrame(() => button.current?.focus());
          }}
          staff={staff}
          staffLoading={loading}
          data-testid={`${noun}-add-form`}
        />
      ) : (
        <Button
          ref={button}
          variant="subtle"
          size="compact-sm"
          leftSection={<PlusIcon size={14} />}
          onClick={() => open({ baseVersion: null, base: null, initial: blankValues(kind) })}
          data-testid={`add-${noun}`}
        >
          Add {noun}
        </Button>
      )}
    </div>
  );
}
