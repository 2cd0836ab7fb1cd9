import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { consentPurposeLabel, consentStatusLabel, type ConsentStatus } from '@waypoint/domain';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import type { ChartReferralsQuery as ChartReferralsData } from '../../gql/graphql';
import { formatInstantDate, formatLocalDate, todayIn } from '../../ui/dates';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { ChartReferralsQuery } from '../referrals/referrals-query';
import { ConsentForm, type ConsentPrefill, type RecordedConsent } from './consent-form';
import { DeclineConsent, RevokeConsent, SignConsent } from './consent-mutations';
import { consentRecipients } from './consent-recipients';

type Episode = NonNullable<NonNullable<ChartReferralsData['client']>['currentEpisode']>;
export type ChartConsent = Episode['consents'][number];

const STATUS_COLOR: Record<ConsentStatus, string> = {
  PENDING_SIGNATURE: 'yellow',
  ACTIVE: 'teal',
  DECLINED: 'gray',
  EXPIRED: 'gray',
  REVOKED: 'red',
};

interface Target {
  clientId: string;
  episodeId: string;
  timeZone: string;
}

/** Every change to a consent shows at once on the chart's consents and referrals. */
export const refetchingChart = (clientId: string) => ({
  refetchQueries: [{ query: ChartReferralsQuery, variables: { clientId } }],
  awaitRefetchQueries: true,
});

/** The answer of a consent mutation as words for the form, or null when it saved. */
function refusalOf(data: unknown): string | null {
  const answer = data
    ? (Object.values(data)[0] as { __typename?: string; message?: string } | undefined)
    : undefined;
  return answer?.__typename === 'ConsentConflict'
    ? (answer.message ?? 'Someone changed this consent; look again.')
    : null;
}

/** The client's signature, and a guardian's when the consent needs one. */
export function SignConsentForm(props: Target & { consent: RecordedConsent; onDone: () => void }) {
  const [signedByName, setSignedByName] = useState('');
  const [guardianName, setGuardianName] = useState('');
  const [signedOn, setSignedOn] = useState(todayIn(props.timeZone));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [sign, { loading }] = useMutation(SignConsent, refetchingChart(props.clientId));
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      const res = await sign({
        variables: {
          input: {
            episodeId: props.episodeId,
            id: props.consent.id,
            version: props.consent.version,
            signedByName: signedByName.trim(),
            signedOn,
            guardianName: props.consent.guardianSignatureRequired ? guardianName.trim() : null,
          },
        },
      });
      const refused = refusalOf(res.data);
      if (refused) setNotice(refused);
      else props.onDone();
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) setProblems(fields);
      else setNotice(apiError(error)?.message ?? 'The signature could not be saved. Try again.');
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="consent-signature-form">
      <Stack gap="sm">
        {notice && (
          <Alert color="red" role="alert">
            {notice}
          </Alert>
        )}
        <Text size="sm">The client reads the consent and signs it.</Text>
        <TextInput
          label="Client’s signature (full name)"
          value={signedByName}
          onChange={(e) => setSignedByName(e.currentTarget.value)}
          error={problems.signedByName}
        />
        {props.consent.guardianSignatureRequired && (
          <TextInput
            label="Parent or guardian’s signature (full name)"
            value={guardianName}
            onChange={(e) => setGuardianName(e.currentTarget.value)}
            error={problems.guardianName}
          />
        )}
        <TextInput
          type="date"
          label="Date signed"
          value={signedOn}
          onChange={(e) => setSignedOn(e.currentTarget.value)}
          error={problems.signedOn}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            Sign later
          </Button>
          <Button type="submit" loading={loading}>
            Record signature
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Writing a consent, then its signature, in one dialog. */
export function ConsentDialog(
  props: Target & {
    opened: boolean;
    programName: string;
    prefill: ConsentPrefill | null;
    onClose: () => void;
  },
) {
  const [recorded, setRecorded] = useState<RecordedConsent | null>(null);
  // A long form: on a phone it takes the whole screen rather than a card over the chart.
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  const close = () => {
    setRecorded(null);
    props.onClose();
  };
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={recorded ? 'Signature' : 'Consent to disclose (42 CFR Part 2)'}
      size="lg"
      fullScreen={phone}
    >
      {recorded ? (
        <SignConsentForm {...props} consent={recorded} onDone={close} />
      ) : (
        <ConsentForm {...props} onRecorded={setRecorded} onCancel={close} />
      )}
    </Modal>
  );
}

function ReasonForm(props: {
  label: string;
  action: string;
  required: boolean;
  onSubmit: (reason: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (props.required && !reason.trim()) return setProblem('Give the reason');
    setBusy(true);
    setProblem(await props.onSubmit(reason.trim()));
    setBusy(false);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs">
        <Textarea
          label={props.label}
          autosize
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={problem}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button type="submit" size="xs" color="red" loading={busy}>
            {props.action}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ConsentItem(props: Target & { consent: ChartConsent; canEdit: boolean }) {
  const c = props.consent;
  const [open, setOpen] = useState<'sign' | 'decline' | 'revoke' | null>(null);
  const [revoke] = useMutation(RevokeConsent, refetchingChart(props.clientId));
  const [decline] = useMutation(DeclineConsent, refetchingChart(props.clientId));
  const ref = { episodeId: props.episodeId, id: c.id, version: c.version };
  const run = async (save: () => Promise<{ data?: unknown }>) => {
    try {
      const res = await save();
      const refused = refusalOf(res.data);
      if (!refused) setOpen(null);
      return refused;
    } catch (error) {
      return (
        Object.values(fieldErrors(error))[0] ?? apiError(error)?.message ?? 'Not saved. Try again.'
      );
    }
  };
  const recipients = consentRecipients(c);
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      component="li"
      aria-label={`Consent to ${recipients.join(', ')}`}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600}>{recipients.join(', ')}</Text>
        <Badge color={STATUS_COLOR[c.status]} variant="light">
          {consentStatusLabel(c.status)}
        </Badge>
      </Group>
      <Text size="sm">
        For {c.purposes.map((p) => consentPurposeLabel(p)).join(', ')} · {c.informationDescription}
      </Text>
      <Text size="sm" c="dimmed">
        {[
          c.expiresOn ? `Ends ${formatLocalDate(c.expiresOn)}` : `Ends: ${c.expiryEvent ?? '—'}`,
          c.signedOn && `Signed ${formatLocalDate(c.signedOn)} by ${c.signedByName ?? ''}`,
          c.guardianName && `guardian ${c.guardianName}`,
          c.revokedAt &&
            `Revoked ${formatInstantDate(c.revokedAt, props.timeZone)}${c.revocationReason ? ` (${c.revocationReason})` : ''}`,
          c.declinedAt && `Declined ${formatInstantDate(c.declinedAt, props.timeZone)}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {props.canEdit && c.status === 'PENDING_SIGNATURE' && open === null && (
        <Group gap="xs" mt="xs">
          <Button size="xs" onClick={() => setOpen('sign')}>
            Record signature
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpen('decline')}>
            Client declined
          </Button>
        </Group>
      )}
      {props.canEdit && c.status === 'ACTIVE' && open === null && (
        <Button size="xs" variant="default" color="red" mt="xs" onClick={() => setOpen('revoke')}>
          Revoke
        </Button>
      )}
      {open === 'sign' && <SignConsentForm {...props} consent={c} onDone={() => setOpen(null)} />}
      {open === 'decline' && (
        <ReasonForm
          label="Reason (optional)"
          action="Record declined"
          required={false}
          onSubmit={(reason) =>
            run(() => decline({ variables: { input: { ...ref, reason: reason || null } } }))
          }
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'revoke' && (
        <ReasonForm
          label="How and why the client revoked it"
          action="Revoke now"
          required
          onSubmit={(reason) => run(() => revoke({ variables: { input: { ...ref, reason } } }))}
          onCancel={() => setOpen(null)}
        />
      )}
    </Paper>
  );
}

/** The episode's Part 2 consents: newest first, with signing, declining and revoking. */
export function ConsentsCard(props: {
  clientId: string;
  episode: Episode;
  canEdit: boolean;
  onDraft: (prefill: ConsentPrefill | null) => void;
}) {
  const { episode } = props;
  const target = {
    clientId: props.clientId,
    episodeId: episode.id,
    timeZone: episode.program.timeZone,
  };
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="consents-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="consents-title">
          Consents
        </Title>
        {props.canEdit && (
          <Button size="xs" variant="light" onClick={() => props.onDraft(null)}>
            New consent
          </Button>
        )}
      </Group>
      {episode.consents.length === 0 ? (
        <Text c="dimmed" size="sm">
          No consent on file in this episode.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {episode.consents.map((c) => (
            <ConsentItem key={c.id} {...target} consent={c} canEdit={props.canEdit} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
