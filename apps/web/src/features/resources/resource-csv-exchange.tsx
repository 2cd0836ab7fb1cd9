import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../gql';
import type { CommunityResourceFilter } from '../../gql/graphql';
import { apiError } from '../../ui/graphql-errors';
import { describeError } from '../../ui/error-message';
import { saveFile } from '../../ui/save-file';

const ResourcesCsvQuery = graphql(`
  query ResourcesCsv($programId: ID!, $filter: CommunityResourceFilter!) {
    communityResourcesCsv(programId: $programId, filter: $filter)
  }
`);

const ImportResourcesMutation = graphql(`
  mutation ImportCommunityResources($programId: ID!, $csv: String!) {
    importCommunityResources(programId: $programId, csv: $csv) {
      added
      changed
    }
  }
`);

/** The messages of a refused import, one per problem (each names its row and column). */
function importProblems(error: unknown): string[] {
  const e = apiError(error);
  if (e?.code === 'BAD_USER_INPUT' && Array.isArray(e.extensions.fields)) {
    return (e.extensions.fields as { message?: unknown }[])
      .map((f) => f.message)
      .filter((m): m is string => typeof m === 'string');
  }
  return [describeError(error).message];
}

/**
 * A director's Import and Export of the directory as CSV. Export downloads what the filters
 * show; an import is all or nothing, and a refused file lists every problem so it can be fixed
 * in one go.
 */
export function ResourceCsvExchange({
  programId,
  filter,
  onImported,
}: {
  programId: string;
  filter: CommunityResourceFilter;
  onImported: () => void;
}) {
  const client = useApolloClient();
  const [importFile, importing] = useMutation(ImportResourcesMutation);
  const [exporting, setExporting] = useState(false);
  const [problems, setProblems] = useState<{ title: string; items: string[] } | null>(null);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const { data } = await client.query({
        query: ResourcesCsvQuery,
        variables: { programId, filter },
        fetchPolicy: 'no-cache',
      });
      if (data) saveFile(data.communityResourcesCsv, 'text/csv', 'community-resources.csv');
    } catch (e) {
      setProblems({ title: 'The export failed', items: [describeError(e).message] });
    } finally {
      setExporting(false);
    }
  };

  const importCsv = async (file: File | null) => {
    if (!file) return;
    setProblems(null);
    try {
      const { data } = await importFile({ variables: { programId, csv: await file.text() } });
      if (!data) return;
      const { added, changed } = data.importCommunityResources;
      notifications.show({
        color: 'teal',
        message: `Imported ${file.name}: ${added} added, ${changed} changed.`,
      });
      onImported();
    } catch (e) {
      setProblems({ title: 'Nothing was imported', items: importProblems(e) });
    }
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <FileButton onChange={(f) => void importCsv(f)} accept=".csv,text/csv">
          {(props) => (
            <Button {...props} variant="default" loading={importing.loading}>
              Import CSV
            </Button>
          )}
        </FileButton>
        <Button variant="default" loading={exporting} onClick={() => void exportCsv()}>
          Export CSV
        </Button>
      </Group>
      {problems && (
        <Alert
          color="red"
          title={problems.title}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setProblems(null)}
          data-testid="csv-problems"
        >
          {problems.items.length > 1 && <Text size="sm">Fix these and import the file again:</Text>}
          <List size="sm">
            {problems.items.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
