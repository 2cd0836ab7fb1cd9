import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  checkConsentElements,
  ConsentPurpose,
  consentPurposeLabel,
  DEFAULT_REDISCLOSURE_STATEMENT,
  DEFAULT_REVOCATION_STATEMENT,
  GENERAL_TPO_DESIGNATION,
  TPO_PURPOSES,
} from '@waypoint/domain';
import { useState } from 'react';
import { graphql } from '../../gql';
import { todayIn } from '../../ui/dates';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { ChartReferralsQuery } from '../referrals/referrals-query';

const RecordConsent = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      version
      status
      guardianSignatureRequired
    }
  }
`);

/** What a refused send asks for: the recipient and purpose the consent should name. */
export interface ConsentPrefill {
  recipientName: string;
  resourceId: string | null;
  purpose: ConsentPurpose;
}

interface Recipient {
  name: string;
  resourceId: string | null;
  coveredEntity: boolean;
}

export interface RecordedConsent {
  id: string;
  version: number;
  guardianSignatureRequired: boolean;
}

/**
 * A 42 CFR Part 2 consent with every §2.31 element, written before the client signs. The
 * domain's own check runs first so each missing element is named at its field.
 */
export function ConsentForm(props: {
  clientId: string;
  episodeId: string;
  programName: string;
  timeZone: string;
  prefill: ConsentPrefill | null;
  onRecorded: (consent: RecordedConsent) => void;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<'named' | 'general'>('named');
  const [disclosingParty, setDisclosingParty] = useState(props.programName);
  const [informationDescription, setInformationDescription] = useState('');
  const [recipients, setRecipients] = useState<Recipient[]>([
    {
      name: props.prefill?.recipientName ?? '',
      resourceId: props.prefill?.resourceId ?? null,
      coveredEntity: false,
    },
  ]);
  const [purposes, setPurposes] = useState<ConsentPurpose[]>(
    props.prefill ? [props.prefill.purpose] : [],
  );
  const [purposeDescription, setPurposeDescription] = useState('');
  const [revocationStatement, setRevocationStatement] = useState(DEFAULT_REVOCATION_STATEMENT);
  const [redisclosureStatement, setRedisclosureStatement] = useState(
    DEFAULT_REDISCLOSURE_STATEMENT,
  );
  const [expiry, setExpiry] = useState<'date' | 'event'>('date');
  const [expiresOn, setExpiresOn] = useState('');
  const [expiryEvent, setExpiryEvent] = useState('');
  const [includesCounselingNotes, setIncludesCounselingNotes] = useState(false);
  const [guardianSignatureRequired, setGuardianSignatureRequired] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordConsent, {
    refetchQueries: [{ query: ChartReferralsQuery, variables: { clientId: props.clientId } }],
    awaitRefetchQueries: true,
  });

  const general = kind === 'general';
  const named = general ? recipients.filter((r) => r.name.trim()) : recipients;
  const needsRedisclosure = general || named.some((r) => r.coveredEntity);
  const purposeChoices = general ? TPO_PURPOSES : Object.values(ConsentPurpose);
  const setRecipient = (i: number, change: Partial<Recipient>) =>
    setRecipients((list) => list.map((r, j) => (j === i ? { ...r, ...change } : r)));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const input = {
      episodeId: props.episodeId,
      disclosingParty: disclosingParty.trim(),
      informationDescription: informationDescription.trim(),
      recipients: named.map((r) => ({ ...r, name: r.name.trim() })),
      generalDesignation: general,
      purposes: purposes.filter((p) => purposeChoices.includes(p)),
      purposeDescription: purposeDescription.trim(),
      revocationStatement: revocationStatement.trim(),
      redisclosureStatement: needsRedisclosure ? redisclosureStatement.trim() : null,
      expiresOn: expiry === 'date' ? expiresOn || null : null,
      expiryEvent: expiry === 'event' ? expiryEvent.trim() || null : null,
      includesCounselingNotes,
      guardianSignatureRequired,
    };
    const found = checkConsentElements(input, todayIn(props.timeZone));
    setProblems(Object.fromEntries(found.map((p) => [p.field, p.message])));
    if (found.length) return;
    try {
      const res = await record({ variables: { input } });
      if (res.data) props.onRecorded(res.data.recordConsent);
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) setProblems(fields);
      else setNotice(apiError(error)?.message ?? 'The consent could not be saved. Try again.');
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="consent-form">
      <Stack gap="sm">
        {notice && (
          <Alert color="red" role="alert">
            {notice}
          </Alert>
        )}
        {Object.keys(problems).length > 0 && (
          <Alert color="red" role="alert" title="The consent is not complete">
            {Object.values(problems).join(' ')}
          </Alert>
        )}
        <TextInput
          label="Who may disclose"
          description="This program, by name"
          value={disclosingParty}
          onChange={(e) => setDisclosingParty(e.currentTarget.value)}
          error={problems.disclosingParty}
        />
        <Textarea
          label="What information, described specifically"
          placeholder="e.g. Dates of attendance and the reason for referral; no diagnosis or test results"
          autosize
          minRows={2}
          value={informationDescription}
          onChange={(e) => setInformationDescription(e.currentTarget.value)}
          error={problems.informationDescription}
        />
        <Radio.Group label="To whom" value={kind} onChange={(v) => setKind(v)}>
          <Stack gap={6} mt={6}>
            <Radio value="named" label="Named recipients" />
            <Radio
              value="general"
              label="All future treatment, payment and health-care operations (general designation)"
            />
          </Stack>
        </Radio.Group>
        {general && (
          <Text size="sm" fs="italic" data-testid="general-designation">
            “{GENERAL_TPO_DESIGNATION}”
          </Text>
        )}
        {recipients.map((r, i) => (
          <Group key={i} align="end" gap="xs" wrap="wrap">
            <TextInput
              style={{ flex: '1 1 14rem' }}
              label={general ? `Also named (optional) ${i + 1}` : `Recipient ${i + 1}`}
              value={r.name}
              onChange={(e) => setRecipient(i, { name: e.currentTarget.value, resourceId: null })}
              error={problems[`recipients.${i}.name`]}
            />
            <Checkbox
              mb={8}
              label="HIPAA covered entity or business associate"
              checked={r.coveredEntity}
              onChange={(e) => setRecipient(i, { coveredEntity: e.currentTarget.checked })}
            />
            {recipients.length > 1 && (
              <ActionIcon
                mb={4}
                variant="subtle"
                color="red"
                aria-label={`Remove recipient ${i + 1}`}
                onClick={() => setRecipients((list) => list.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {problems.recipients && (
          <Text size="sm" c="red">
            {problems.recipients}
          </Text>
        )}
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          onClick={() =>
            setRecipients((list) => [...list, { name: '', resourceId: null, coveredEntity: false }])
          }
        >
          Add a recipient
        </Button>
        <Checkbox.Group
          label="Purpose"
          value={purposes}
          onChange={(v) => setPurposes(v)}
          error={problems.purposes}
        >
          <Stack gap={6} mt={6}>
            {purposeChoices.map((p) => (
              <Checkbox key={p} value={p} label={consentPurposeLabel(p)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label="Purpose in the client’s words"
          placeholder="e.g. To apply for vocational rehabilitation services"
          autosize
          value={purposeDescription}
          onChange={(e) => setPurposeDescription(e.currentTarget.value)}
          error={problems.purposeDescription}
        />
        <Textarea
          label="Right to revoke, and how"
          autosize
          value={revocationStatement}
          onChange={(e) => setRevocationStatement(e.currentTarget.value)}
          error={problems.revocationStatement}
        />
        {needsRedisclosure && (
          <Textarea
            label="Redisclosure statement"
            description="Required: a recipient is a HIPAA covered entity or business associate"
            autosize
            value={redisclosureStatement}
            onChange={(e) => setRedisclosureStatement(e.currentTarget.value)}
            error={problems.redisclosureStatement}
          />
        )}
        <Radio.Group label="Ends" value={expiry} onChange={(v) => setExpiry(v)}>
          <Group gap="md" mt={6}>
            <Radio value="date" label="On a date" />
            <Radio value="event" label="With an event" />
          </Group>
        </Radio.Group>
        {expiry === 'date' ? (
          <TextInput
            type="date"
            label="Expires on"
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.currentTarget.value)}
            error={problems.expiresOn}
          />
        ) : (
          <TextInput
            label="Expiry event"
            placeholder="e.g. When I complete the program"
            value={expiryEvent}
            onChange={(e) => setExpiryEvent(e.currentTarget.value)}
            error={problems.expiresOn ?? problems.expiryEvent}
          />
        )}
        <Checkbox
          label="Covers SUD counseling notes (a consent of their own; never a general one)"
          checked={includesCounselingNotes}
          onChange={(e) => setIncludesCounselingNotes(e.currentTarget.checked)}
          error={problems.includesCounselingNotes}
        />
        <Checkbox
          label="A parent or guardian must sign too"
          checked={guardianSignatureRequired}
          onChange={(e) => setGuardianSignatureRequired(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save for signature
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
