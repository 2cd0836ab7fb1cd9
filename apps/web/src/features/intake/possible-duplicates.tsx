import { useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { graphql } from '../../gql';
import { InfoIcon } from '../../ui/icons';

const PossibleDuplicatesQuery = graphql(`
  query PossibleDuplicates($input: PossibleDuplicatesInput!) {
    possibleDuplicates(input: $input) {
      clientId
      firstName
      lastName
      dateOfBirth
      match
      lastProgramName
      lastEpisodeStatusLabel
      mayReadmit
    }
  }
`);

export interface MatchQuery {
  programId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

interface PossibleDuplicatesProps {
  /** Null until a name and date of birth are entered. */
  query: MatchQuery | null;
  /** Whether the user confirmed that none of the exact matches is this person. */
  confirmedNew: boolean;
  onConfirmNew: (confirmed: boolean) => void;
  onReadmit: (clientId: string) => void;
  busy: boolean;
}

/**
 * Existing clients who may be the person being entered (the API decides who counts as a match,
 * and audits the look-up). A returning client is readmitted onto their chart instead of getting
 * a second one; an exact match must be chosen or confirmed as someone else before opening.
 */
export function PossibleDuplicates(props: PossibleDuplicatesProps) {
  const [query] = useDebouncedValue(props.query, 400);
  const { data } = useQuery(PossibleDuplicatesQuery, {
    variables: { input: query ?? { programId: '', firstName: '', lastName: '', dateOfBirth: '' } },
    skip: !query || !props.query,
    fetchPolicy: 'network-only',
  });
  const matches = props.query ? (data?.possibleDuplicates ?? []) : [];
  if (matches.length === 0) return null;
  const exact = matches.some((m) => m.match === 'EXACT');

  return (
    <Alert
      color={exact ? 'orange' : 'blue'}
      variant="light"
      icon={<InfoIcon size={18} />}
      title={exact ? 'This person may already have a chart' : 'Similar clients on record'}
      data-testid="possible-duplicates"
    >
      <Stack gap="sm">
        <Text size="sm">
          A returning client gets a new episode on their own chart (readmission), never a second
          chart. Check these before opening the inquiry.
        </Text>
        <Table verticalSpacing={6} layout="auto">
          <Table.Tbody>
            {matches.map((m) => (
              <Table.Tr key={m.clientId} data-testid="possible-duplicate">
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {m.firstName} {m.lastName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    Born {m.dateOfBirth} ·{' '}
                    {m.match === 'EXACT' ? 'same name and date of birth' : 'similar'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {m.lastProgramName ?? 'No episode'}
                    {m.lastEpisodeStatusLabel ? ` · ${m.lastEpisodeStatusLabel}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {m.mayReadmit ? (
                    <Button
                      size="xs"
                      variant="light"
                      loading={props.busy}
                      onClick={() => props.onReadmit(m.clientId)}
                      data-testid="readmit"
                    >
                      Readmit this client
                    </Button>
                  ) : (
                    <Text size="xs" c="dimmed">
                      In intake or treatment now: continue that episode
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {exact && (
          <Group>
            <Checkbox
              label="None of these is the person asking: open a new chart"
              checked={props.confirmedNew}
              onChange={(e) => props.onConfirmNew(e.currentTarget.checked)}
              data-testid="confirm-new-client"
            />
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
