import './monaco-workers';
import 'graphiql/style.css';
import { useQuery } from '@apollo/client/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { Button, Group, Text } from '@mantine/core';
import { GraphiQL } from 'graphiql';
import { useMemo, useState } from 'react';
import { graphql } from '../../gql';
import { PageLoader } from '../../ui/page-loader';
import { exampleTabs } from './example-operations';
import { namespacedStorage } from './namespaced-storage';
import classes from './playground-page.module.css';
import { CurlHelp } from './curl-help';

const PlaygroundProgramsQuery = graphql(`
  query PlaygroundPrograms {
    programs {
      id
    }
  }
`);

// Plain JSON POSTs to our own origin. Apollo Server's CSRF prevention accepts them because of
// the JSON content type (set by the fetcher); the preflight header makes that explicit.
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  headers: { 'apollo-require-preflight': 'true' },
  enableIncrementalDelivery: false,
  fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
});

const storage = namespacedStorage('waypoint.playground.v1', window.localStorage);
/** Where GraphiQL keeps its tabs (its StorageAPI prefixes keys with "graphiql:"). */
const TAB_STATE_KEY = 'graphiql:tabState';

export function PlaygroundPage() {
  // A real program id makes the examples runnable as they are; without one they still open.
  const programs = useQuery(PlaygroundProgramsQuery);
  const programId = programs.data?.programs[0]?.id ?? null;
  const tabs = useMemo(() => exampleTabs(programId), [programId]);
  const [generation, setGeneration] = useState(0);
  // GraphiQL fills the first tab's query from `defaultTabs` but not its variables; hand those
  // over on a fresh start only (with saved tabs it would open an extra tab instead).
  const firstVisit = storage.getItem(TAB_STATE_KEY) === null;

  const resetExamples = () => {
    storage.clear();
    setGeneration((g) => g + 1);
  };

  if (programs.loading) return <PageLoader label="Opening the API playground…" />;

  return (
    <div className={classes.page}>
      <Group className={classes.bar} justify="space-between" wrap="nowrap">
        <div>
          <Text fw={600} size="sm">
            API playground
          </Text>
          <Text size="xs" c="dimmed">
            The GraphQL API the app uses, with your access. Pick an example tab and press Run
            (Ctrl+Enter); the Docs panel lists every type and field.
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <CurlHelp />
          <Button size="xs" variant="default" onClick={resetExamples}>
            Reset example tabs
          </Button>
        </Group>
      </Group>
      <div className={classes.ide}>
        <GraphiQL
          key={generation}
          fetcher={fetcher}
          defaultTabs={tabs}
          initialVariables={firstVisit ? (tabs[0]?.variables ?? undefined) : undefined}
          storage={storage}
          forcedTheme="light"
          defaultEditorToolsVisibility="variables"
        >
          <GraphiQL.Logo>Waypoint API</GraphiQL.Logo>
        </GraphiQL>
      </div>
    </div>
  );
}
