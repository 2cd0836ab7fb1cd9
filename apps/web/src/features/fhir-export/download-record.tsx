import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Button, Group, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { ConsentPurpose, consentPurposeLabel } from '@waypoint/domain';
import { graphql } from '../../gql';
import type { ConsentPurpose as ConsentPurposeValue } from '../../gql/graphql';
import { describeError } from '../../ui/error-message';
import { saveFile } from '../../ui/save-file';
import { useCurrentViewer } from '../auth/current-viewer';

const ClientFhirBundleQuery = graphql(`
  query ClientFhirBundle($clientId: ID!, $recipient: FhirRecipientInput) {
    clientFhirBundle(clientId: $clientId, recipient: $recipient)
  }
`);

const saveJson = (bundle: unknown, fileName: string) =>
  saveFile(JSON.stringify(bundle, null, 2), 'application/fhir+json', fileName);

/**
 * "Download record (FHIR)": the chart as a FHIR R4 Bundle. A disclosure, so it asks whom it is
 * for: the client (a director exports under the client's right of access) or a recipient a
 * consent covers. The server decides and records it; a refusal says what is missing.
 */
export function DownloadRecord({ clientId, programId }: { clientId: string; programId?: string }) {
  const viewer = useCurrentViewer();
  const director = viewer.programRoles.some(
    (r) => r.role === 'DIRECTOR' && r.program.id === programId,
  );
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const [forClient, setForClient] = useState(director ? 'client' : 'recipient');
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState<string>('TREATMENT');
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const download = async () => {
    setLoading(true);
    setError(null);
    try {
      const { data } = await client.query({
        query: ClientFhirBundleQuery,
        variables: {
          clientId,
          recipient:
            forClient === 'client' ? null : { name, purpose: purpose as ConsentPurposeValue },
        },
        fetchPolicy: 'no-cache',
      });
      if (data) {
        saveJson(data.clientFhirBundle, `record-${clientId}.fhir.json`);
        setOpen(false);
      }
    } catch (e) {
      setError(describeError(e).message);
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Group>
        <Button
          variant="default"
          size="xs"
          onClick={() => setOpen(true)}
          data-testid="download-fhir"
        >
          Download record (FHIR)
        </Button>
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title="Download record (FHIR)">
        <Stack gap="sm">
          <Text size="sm">
            The record leaves the program with its 42 CFR Part 2 labels and notice, and is entered
            in the accounting of disclosures. SUD counseling notes are never included.
          </Text>
          <Radio.Group value={forClient} onChange={setForClient} label="Who is it for?">
            <Stack gap={6} mt={4}>
              <Radio value="client" label="The client (their own right of access; a director)" />
              <Radio value="recipient" label="Someone a consent names" />
            </Stack>
          </Radio.Group>
          {forClient === 'recipient' && (
            <>
              <TextInput
                label="Recipient"
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                required
              />
              <Select
                label="Purpose"
                value={purpose}
                onChange={(v) => setPurpose(v ?? 'TREATMENT')}
                allowDeselect={false}
                data={Object.values(ConsentPurpose).map((p) => ({
                  value: p,
                  label: consentPurposeLabel(p),
                }))}
              />
            </>
          )}
          {error && (
            <Text c="red" size="sm" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button
              onClick={() => void download()}
              loading={loading}
              disabled={forClient === 'recipient' && !name.trim()}
              data-testid="download-fhir-confirm"
            >
              Download
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
