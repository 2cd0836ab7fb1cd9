import {
  ConflictComparison as SharedConflictComparison,
  whoSaved,
} from '../../ui/conflict-comparison';
import { formatLocalDate, savedAtClause } from '../../ui/dates';
import type { ConflictRow } from './contact-details';

interface ConflictComparisonProps {
  rows: ConflictRow[];
  theirSavedAt: string | null;
  theirSavedBy: string | null;
  busy: boolean;
  onReapply: () => void;
  onEditTheirs: () => void;
  onDiscard: () => void;
}

/** Their saved contact details beside my unsaved edit (the shared comparison, worded for them). */
export function ConflictComparison({
  rows,
  theirSavedAt,
  theirSavedBy,
  ...actions
}: ConflictComparisonProps) {
  return (
    <SharedConflictComparison
      title="Someone else saved these details first"
      description={`${whoSaved(theirSavedBy)} saved changes${savedAtClause(
        theirSavedAt,
      )} while you were editing. Your changes have not been saved yet. Compare the two versions below.`}
      rows={rows.map((r) => ({ ...r, key: r.field }))}
      renderValue={(field, value) =>
        field === 'sobrietyDate' ? formatLocalDate(value) || value : value
      }
      {...actions}
    />
  );
}
