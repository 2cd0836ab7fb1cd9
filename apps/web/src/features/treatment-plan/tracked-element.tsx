import { Group, Stack, Text, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ElementSaveResult } from './element-result';
import { ElementForm } from './element-form';
import type { ElementValues } from './element-specs';
import { ElementToolbar, type RemoveOutcome } from './element-toolbar';
import { usePlanEditing } from './plan-context';
import { SavedNote } from './saved-note';
import type { InlineEditor } from './use-inline-editor';
import { useSavedFlash } from './use-saved-flash';

type TrackedKind = 'GOAL' | 'OBJECTIVE';
type Against<K extends TrackedKind> = { version: number; values: ElementValues<K> };

interface TrackedElementProps<K extends TrackedKind> {
  kind: K;
  /** "Goal", "Objective": the heading, before the number. */
  title: string;
  number: number;
  /** The element's own words, for the names of its controls. */
  summary: string;
  count: number;
  onMove: (delta: -1 | 1) => void;
  gap: MantineSpacing | number;
  /** Shown after the heading (a goal's horizon and target). */
  label?: ReactNode;
  /** The status selects and the panels they open (`useStatusControls`). */
  status: { controls: ReactNode; panels: ReactNode };
  /** Who changed the statuses, when and why (`StatusHistory`). */
  history: ReactNode;
  editor: InlineEditor<K>;
  onEdit: () => void;
  onRemove: () => Promise<RemoveOutcome>;
  removeWarning: string | null;
  onSave: (values: ElementValues<K>, against: Against<K>) => Promise<ElementSaveResult<K>>;
  /** The element as read, while it is not being edited. */
  display: ReactNode;
  /** What comes under the statuses (progress, the child elements). */
  children: ReactNode;
}

/**
 * What a goal and an objective share: the heading with a saved note, the status selects and the
 * toolbar, the inline form (or the element as read) and the panels the statuses open.
 */
export function TrackedElement<K extends TrackedKind>({
  kind,
  title,
  number,
  summary,
  count,
  onMove,
  gap,
  label,
  status,
  history,
  editor,
  onEdit,
  onRemove,
  removeWarning,
  onSave,
  display,
  children,
}: TrackedElementProps<K>) {
  const ctx = usePlanEditing();
  const [saved, flash] = useSavedFlash();
  return (
    <Stack gap={gap}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed" fw={700} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
            {title} {number}
          </Text>
          {label}
          <SavedNote visible={saved} />
        </Group>
        <Group gap="xs" wrap="nowrap">
          {status.controls}
          {ctx.editable && !editor.session && (
            <ElementToolbar
              kind={kind}
              number={number}
              summary={summary}
              canMoveUp={number > 1}
              canMoveDown={number < count}
              onMove={onMove}
              onEdit={onEdit}
              onRemove={onRemove}
              removeWarning={removeWarning}
            />
          )}
        </Group>
      </Group>
      {editor.session ? (
        <ElementForm
          kind={kind}
          editor={{ ...editor, session: editor.session }}
          admittedOn={ctx.admittedOn}
          onSave={(v, against) => onSave(v, against!)}
          onDone={(didSave) => didSave && flash()}
          data-testid={`${kind.toLowerCase()}-form`}
        />
      ) : (
        display
      )}
      {status.panels}
      {history}
      {children}
    </Stack>
  );
}
