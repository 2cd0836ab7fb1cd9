import { Button, Code, Popover, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';

/** How to call the same API from a script: a personal API token, sent as a Bearer token. */
export function CurlHelp() {
  const origin = window.location.origin;
  const graphqlExample = `curl ${origin}/graphql \\
  -H "Authorization: Bearer $WAYPOINT_TOKEN" \\
  -H "content-type: application/json" \\
  -d '{"query":"{ me { staff { displayName } } }"}'`;
  const fhirExample = `curl "${origin}/fhir/Patient/CLIENT_ID/\\$everything" \\
  -H "Authorization: Bearer $WAYPOINT_TOKEN"`;
  return (
    <Popover width={440} position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Button size="xs" variant="default">
          Use from curl
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm">
            Create a token under <Link to="/account/api-tokens">API tokens</Link> (read only, or
            read and write), then send it with each request. It acts as you, with your access and no
            more; every request is in the audit trail with the token named.
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {graphqlExample}
          </Code>
          <Text size="sm">A client&apos;s record as FHIR R4 (a recorded disclosure):</Text>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {fhirExample}
          </Code>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
