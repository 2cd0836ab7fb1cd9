import { Alert, Anchor, Group, List, Text } from '@mantine/core';
import { AlertIcon, CheckIcon } from '../../ui/icons';
import { kindNoun } from './element-specs';
import { gapTarget, type GapItem, type GapTree } from './signable';

interface ReadinessPanelProps {
  gaps: readonly GapItem[];
  tree: GapTree;
  /** The API refused to submit: the list is what it said was missing. */
  refused: boolean;
  onGo: (item: GapItem) => void;
}

const fieldWords: Record<string, string> = { measure: 'a measure', targetDate: 'a target date' };

/** What to do about a gap, as the link reads: "Add a goal", "Set a measure". */
function actionWords(item: GapItem, tree: GapTree): string | null {
  const target = gapTarget(item.path, tree);
  if (!target) return null;
  if (target.action === 'add')
    return `Add ${target.childKind === 'OBJECTIVE' || target.childKind === 'INTERVENTION' ? 'an' : 'a'} ${kindNoun[target.childKind]}`;
  return `Set ${fieldWords[target.field] ?? target.field}`;
}

/**
 * On a draft: what still keeps it from being signed (Rule 4), each with a link that goes to the
 * element and opens the right form; or that everything needed is in place.
 */
export function ReadinessPanel({ gaps, tree, refused, onGo }: ReadinessPanelProps) {
  if (gaps.length === 0) {
    return (
      <Alert color="teal" variant="light" icon={<CheckIcon size={18} />} data-testid="plan-ready">
        <Text size="sm">
          Everything needed to sign is in place. Go through the plan with the client, then submit it
          for signature.
        </Text>
      </Alert>
    );
  }
  const n = gaps.length;
  return (
    <Alert
      color={refused ? 'red' : 'yellow'}
      variant="light"
      icon={<AlertIcon size={18} />}
      title={`${refused ? 'Not submitted: ' : ''}${n === 1 ? '1 thing' : `${n} things`} to finish before this plan can be signed`}
      role={refused ? 'alert' : undefined}
      data-testid="plan-missing"
    >
      <Text size="xs" c="dimmed" mb={6}>
        Every problem needs a goal, every goal an objective, and every objective a measure, a target
        date and an intervention.
      </Text>
      <List size="sm" spacing={4}>
        {gaps.map((item) => {
          const action = actionWords(item, tree);
          return (
            <List.Item key={item.path} data-testid="plan-missing-item">
              <Group gap="xs" wrap="wrap">
                <Text size="sm">{item.message}</Text>
                {action && (
                  <Anchor component="button" type="button" size="sm" onClick={() => onGo(item)}>
                    {action} →
                  </Anchor>
                )}
              </Group>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
