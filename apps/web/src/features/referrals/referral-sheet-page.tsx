import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { consentPurposeLabel } from '@waypoint/domain';
import { Link, useParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { formatInstantDate, formatLocalDate } from '../../ui/dates';
import '../../ui/print.css';
import { QueryErrorAlert } from '../../ui/query-error-alert';
import { consentRecipients } from '../consents/consent-recipients';
import { URGENCY_LABEL } from './referral-status';

const ReferralSheetQuery = graphql(`
  query ReferralSheet($clientId: ID!) {
    client(id: $clientId) {
      id
      firstName
      lastName
      currentEpisode {
        id
        program {
          id
          name
          timeZone
        }
        referrals {
          id
          recipientName
          recipientContact
          resource {
            id
            phone
            address
          }
          reason
          purpose
          informationToSend
          urgency
          dueBy
          consentId
        }
        consents {
          id
          disclosingParty
          informationDescription
          recipients {
            name
            coveredEntity
          }
          generalDesignation
          purposes
          purposeDescription
          redisclosureStatement
          expiresOn
          expiryEvent
          signedByName
          signedOn
        }
        disclosures {
          id
          referralId
          disclosedAt
          noticeText
          disclosedBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

export function ReferralSheetRoute() {
  const { clientId = '', referralId = '' } = useParams();
  return <ReferralSheetPage key={referralId} clientId={clientId} referralId={referralId} />;
}

/**
 * The referral as it leaves the building: recipient, the client as the consent names them, why,
 * what is sent, the consent it goes under and the §2.32 notice. Only once the send is recorded:
 * the sheet shows the disclosure row (its notice, its date), so a referral still waiting for the
 * gate — READY included, whose consent may yet be revoked — has no sheet to hand over.
 */
export function ReferralSheetPage(props: { clientId: string; referralId: string }) {
  const { data, error, loading, refetch } = useQuery(ReferralSheetQuery, {
    variables: { clientId: props.clientId },
  });
  const client = data?.client;
  const episode = client?.currentEpisode;
  const referral = episode?.referrals.find((r) => r.id === props.referralId);
  const disclosure = episode?.disclosures.find((d) => d.referralId === props.referralId);
  const consent = episode?.consents.find((c) => c.id === referral?.consentId);
  const contact = referral && [
    referral.recipientContact,
    referral.resource?.phone,
    referral.resource?.address,
  ];

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/clients/${props.clientId}`} size="sm" data-print-hide>
        Back to the chart
      </Anchor>
      {error && (
        <QueryErrorAlert
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
          retrying={loading}
        />
      )}
      {!data && !error && <Skeleton height={300} />}
      {data && !(referral && disclosure) && (
        <Alert color="yellow" title="No referral sheet">
          A referral sheet exists once the referral has been sent: sending checks the client’s
          consent and records the disclosure.
        </Alert>
      )}
      {client && episode && referral && disclosure && (
        <>
          <Button
            variant="default"
            onClick={() => window.print()}
            data-print-hide
            style={{ alignSelf: 'start' }}
          >
            Print the referral
          </Button>
          <Paper withBorder radius="md" p="lg" data-print-sheet data-testid="referral-sheet">
            <Stack gap="md">
              <Title order={1} size="h2">
                Referral from {episode.program.name}
              </Title>
              <Table variant="vertical" layout="fixed" withTableBorder>
                <Table.Tbody>
                  <Row label="To">
                    {[referral.recipientName, ...(contact ?? [])].filter(Boolean).join(' · ')}
                  </Row>
                  {/* The consent names the client (§2.31(a)(1)); anything more identifying is
                      sent only when the information below lists it. */}
                  <Row label="Client">
                    {client.firstName} {client.lastName}
                  </Row>
                  <Row label="Reason">{referral.reason}</Row>
                  <Row label="Urgency">{URGENCY_LABEL[referral.urgency]}</Row>
                  {referral.dueBy && (
                    <Row label="Answer due by">{formatLocalDate(referral.dueBy)}</Row>
                  )}
                  <Row label="Information sent">{referral.informationToSend}</Row>
                  <Row label="Sent">
                    {formatInstantDate(disclosure.disclosedAt, episode.program.timeZone)} by{' '}
                    {disclosure.disclosedBy.displayName}
                  </Row>
                  <Row label="Consent">
                    {consent ? (
                      <Stack gap={2}>
                        <Text size="sm">
                          Signed by {consent.signedByName}
                          {consent.signedOn && ` on ${formatLocalDate(consent.signedOn)}`}
                        </Text>
                        <Text size="sm">
                          {consent.disclosingParty} may disclose: {consent.informationDescription}
                        </Text>
                        <Text size="sm">To: {consentRecipients(consent).join(', ')}</Text>
                        <Text size="sm">
                          For:{' '}
                          {[
                            ...consent.purposes.map((p) => consentPurposeLabel(p)),
                            consent.purposeDescription,
                          ].join(' · ')}
                        </Text>
                        <Text size="sm">
                          Ends:{' '}
                          {consent.expiresOn
                            ? formatLocalDate(consent.expiresOn)
                            : (consent.expiryEvent ?? '—')}
                        </Text>
                      </Stack>
                    ) : (
                      // A consent given in an earlier stay in the program: that stay's care team
                      // reads it, not this one.
                      'A consent the client signed during an earlier stay in this program.'
                    )}
                  </Row>
                </Table.Tbody>
              </Table>
              {consent?.redisclosureStatement && (
                <Text size="sm">{consent.redisclosureStatement}</Text>
              )}
              <Paper withBorder p="sm" radius="sm" component="section" aria-label="Notice">
                <Title order={2} size="h5">
                  Notice to the recipient (42 CFR §2.32)
                </Title>
                <Text size="sm" data-testid="part2-notice">
                  {disclosure.noticeText}
                </Text>
              </Paper>
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  );
}

function Row(props: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={{ base: 110, sm: 170 }}>{props.label}</Table.Th>
      <Table.Td>{props.children}</Table.Td>
    </Table.Tr>
  );
}
