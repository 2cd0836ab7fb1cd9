import { Alert, List, Text } from '@mantine/core';
import { episodeStatusLabel, type EpisodeStatus } from '@waypoint/domain';
import { whoSaved } from '../../ui/conflict-comparison';
import { savedAtClause } from '../../ui/dates';
import { stillPossible, type MoveProblem } from './move-problem';

interface MoveProblemAlertProps {
  problem: MoveProblem;
  /** The status the dialog would move to, to tell whether it still can. */
  to: EpisodeStatus | null;
}

export function MoveProblemAlert({ problem, to }: MoveProblemAlertProps) {
  switch (problem.kind) {
    case 'refused':
      return (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={problem.title}
          data-testid="move-refused"
        >
          {problem.orientation.length > 0 && (
            <>
              <Text size="sm">Treatment starts once orientation is complete. Still to do:</Text>
              <List size="sm" mt={4} withPadding>
                {problem.orientation.map((label) => (
                  <List.Item key={label}>{label}</List.Item>
                ))}
              </List>
            </>
          )}
          {problem.other && (
            <Text size="sm">
              The episode’s lifecycle does not allow this move from where it stands now. Nothing was
              saved.
            </Text>
          )}
        </Alert>
      );
    case 'conflict': {
      const { theirs } = problem;
      const possible = stillPossible(problem, to);
      return (
        <Alert
          color="yellow"
          variant="light"
          role="alert"
          title="Someone else changed this episode first"
          data-testid="move-conflict"
        >
          <Text size="sm">
            {whoSaved(theirs.savedBy)} saved a change
            {savedAtClause(theirs.updatedAt)}
            {theirs.status === problem.was ? (
              <>
                {' '}
                (it is still in <b>{episodeStatusLabel(theirs.status)}</b>).
              </>
            ) : (
              <>
                : it moved from {episodeStatusLabel(problem.was)} to{' '}
                <b>{episodeStatusLabel(theirs.status)}</b>.
              </>
            )}{' '}
            Nothing you entered was saved.
          </Text>
          <Text size="sm" mt={4}>
            {possible
              ? 'Your entries are still here. Check them against the current episode, then save again.'
              : 'This move is no longer possible from there. Close this dialog to see the episode as it is now.'}
          </Text>
        </Alert>
      );
    }
    case 'forbidden':
      return (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title="Not saved: you cannot change this episode"
        >
          Your access to this client does not include moving the episode (for example under
          emergency access, or after the client was admitted). Ask the client’s clinician or the
          program director.
        </Alert>
      );
    case 'failed':
      return (
        <Alert color="red" variant="light" role="alert" title={problem.description.title}>
          {problem.description.message} Your entries are still here.
        </Alert>
      );
  }
}
