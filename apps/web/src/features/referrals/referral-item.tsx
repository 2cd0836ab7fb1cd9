import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  consentPurposeLabel,
  findReferralTransition,
  referralStatusLabel,
  type ReferralStatus,
} from '@waypoint/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import type { ChartReferralsQuery as ChartReferralsData } from '../../gql/graphql';
import { formatDateTime, formatLocalDate } from '../../ui/dates';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import type { ConsentPrefill } from '../consents/consent-form';
import { refetchingChart } from '../consents/consents-card';
import { STATUS_COLOR, URGENCY_LABEL } from './referral-status';

type Episode = NonNullable<NonNullable<ChartReferralsData['client']>['currentEpisode']>;
export type ChartReferral = Episode['referrals'][number];

/** Everything a move changes, so the card shows the new state in one step. */
graphql(`
  fragment ReferralMoved on Referral {
    id
    version
    status
    allowedTransitions
    consentId
    sentAt
    appointmentAt
    outcome
    closedReason
  }
`);

const SendReferral = graphql(`
  mutation SendReferral($input: ReferralRef!) {
    sendReferral(input: $input) {
      __typename
      ... on Referral {
        ...ReferralMoved
      }
      ... on ConsentMissing {
        message
        gaps {
          code
          message
        }
        draft {
          recipientName
          resourceId
          purpose
        }
      }
      ... on ReferralConflict {
        message
      }
    }
  }
`);

const TransitionReferral = graphql(`
  mutation TransitionReferral($input: TransitionReferralInput!) {
    transitionReferral(input: $input) {
      __typename
      ... on Referral {
        ...ReferralMoved
      }
      ... on ReferralConflict {
        message
      }
    }
  }
`);

/** The button for each move; READY and SENT are reached by sending, which checks consent. */
const ACTION_LABEL: Partial<Record<ReferralStatus, string>> = {
  PENDING_CONSENT: 'Awaiting consent',
  ACCEPTED: 'Recipient accepted',
  REJECTED: 'Recipient cannot take the client',
  SCHEDULED: 'Appointment booked',
  COMPLETED: 'Record outcome',
  CANCELLED: 'Cancel referral',
  CLIENT_DECLINED: 'Client declined',
  NO_RESPONSE: 'No response',
};

interface MissingConsent {
  message: string;
  gaps: { code: string; message: string }[];
  draft: ConsentPrefill;
}

function MoveForm(props: {
  referral: ChartReferral;
  episodeId: string;
  clientId: string;
  to: ReferralStatus;
  onDone: () => void;
}) {
  const spec = findReferralTransition(props.referral.status, props.to);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('');
  const [appointmentAt, setAppointmentAt] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [move, { loading }] = useMutation(TransitionReferral, refetchingChart(props.clientId));
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (spec?.reasonRequired && !reason.trim()) missing.reason = 'Give the reason';
    if (spec?.outcomeRequired && !outcome.trim()) missing.outcome = 'Say what came of it';
    setProblems(missing);
    if (Object.keys(missing).length) return;
    try {
      const res = await move({
        variables: {
          input: {
            episodeId: props.episodeId,
            id: props.referral.id,
            version: props.referral.version,
            to: props.to,
            reason: reason.trim() || null,
            outcome: outcome.trim() || null,
            appointmentAt: appointmentAt ? new Date(appointmentAt).toISOString() : null,
          },
        },
      });
      const answer = res.data?.transitionReferral;
      if (answer?.__typename === 'ReferralConflict') setProblems({ form: answer.message });
      else props.onDone();
    } catch (error) {
      const fields = fieldErrors(error);
      setProblems(
        Object.keys(fields).length
          ? fields
          : { form: apiError(error)?.message ?? 'Not saved. Try again.' },
      );
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs" mt="xs">
        {problems.form && (
          <Alert color="red" role="alert">
            {problems.form}
          </Alert>
        )}
        {props.to === 'SCHEDULED' && (
          <TextInput
            type="datetime-local"
            label="Appointment"
            value={appointmentAt}
            onChange={(e) => setAppointmentAt(e.currentTarget.value)}
            error={problems.appointmentAt}
          />
        )}
        {spec?.outcomeRequired && (
          <Textarea
            label="Outcome"
            placeholder="What came of the referral for the client"
            autosize
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            error={problems.outcome}
          />
        )}
        {props.to !== 'SCHEDULED' && !spec?.outcomeRequired && (
          <Textarea
            label={spec?.reasonRequired ? 'Reason' : 'Note (optional)'}
            autosize
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={problems.reason}
          />
        )}
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={props.onDone}>
            Back
          </Button>
          <Button size="xs" type="submit" loading={loading}>
            {ACTION_LABEL[props.to]}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One referral: where it stands, and only the moves its lifecycle allows from there. */
export function ReferralItem(props: {
  referral: ChartReferral;
  episodeId: string;
  clientId: string;
  goal: string | null;
  today: string;
  canEdit: boolean;
  onDraftConsent: (prefill: ConsentPrefill) => void;
}) {
  const r = props.referral;
  const status = r.status;
  const [moving, setMoving] = useState<ReferralStatus | null>(null);
  const [missing, setMissing] = useState<MissingConsent | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [send, { loading: sending }] = useMutation(SendReferral, refetchingChart(props.clientId));
  const [move] = useMutation(TransitionReferral, refetchingChart(props.clientId));
  const canSend = r.allowedTransitions.some((t) => t === 'READY' || t === 'SENT');
  const overdue = r.dueBy !== null && r.dueBy < props.today && status === 'SENT';

  const trySend = async () => {
    setNotice(null);
    try {
      const res = await send({
        variables: { input: { episodeId: props.episodeId, id: r.id, version: r.version } },
      });
      const answer = res.data?.sendReferral;
      if (answer?.__typename === 'ConsentMissing') {
        setMissing({ ...answer, draft: answer.draft });
        // Nothing left the building; the referral now waits for the client's consent.
        if (status === 'DRAFT') {
          await move({
            variables: {
              input: {
                episodeId: props.episodeId,
                id: r.id,
                version: r.version,
                to: 'PENDING_CONSENT',
              },
            },
          });
        }
      } else if (answer?.__typename === 'ReferralConflict') setNotice(answer.message);
      else setMissing(null);
    } catch (error) {
      setNotice(apiError(error)?.message ?? 'The referral was not sent. Try again.');
    }
  };

  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      component="li"
      aria-label={`Referral to ${r.recipientName}`}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600}>{r.recipientName}</Text>
        <Badge color={STATUS_COLOR[status]} variant="light">
          {referralStatusLabel(status)}
        </Badge>
      </Group>
      <Text size="sm">{r.reason}</Text>
      <Text size="sm" c="dimmed">
        {[
          URGENCY_LABEL[r.urgency],
          consentPurposeLabel(r.purpose),
          r.dueBy && `answer due ${formatLocalDate(r.dueBy)}`,
          r.appointmentAt && `appointment ${formatDateTime(r.appointmentAt)}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {overdue && (
        <Text size="sm" c="red.8" fw={600}>
          Overdue: no answer since {formatLocalDate(r.dueBy!)}
        </Text>
      )}
      {props.goal && <Text size="sm">Goal: {props.goal}</Text>}
      {r.outcome && (
        <Text size="sm">
          <b>Outcome:</b> {r.outcome}
        </Text>
      )}
      {r.closedReason && (
        <Text size="sm" c="dimmed">
          {r.closedReason}
        </Text>
      )}
      {r.sentAt && (
        <Anchor
          component={Link}
          to={`/clients/${props.clientId}/referrals/${r.id}/sheet`}
          size="sm"
          aria-label={`Referral sheet sent to ${r.recipientName}`}
        >
          Referral sheet
        </Anchor>
      )}
      {notice && (
        <Alert color="red" role="alert" mt="xs">
          {notice}
        </Alert>
      )}
      {missing && (
        <Alert color="orange" role="alert" mt="xs" title="Not sent: consent is missing">
          <List size="sm">
            {missing.gaps.map((g) => (
              <List.Item key={g.code}>{g.message}</List.Item>
            ))}
          </List>
          {props.canEdit && (
            <Button size="xs" mt="xs" onClick={() => props.onDraftConsent(missing.draft)}>
              Draft consent
            </Button>
          )}
        </Alert>
      )}
      {props.canEdit && moving === null && r.allowedTransitions.length > 0 && (
        <Group gap="xs" mt="xs">
          {canSend && (
            <Button size="xs" loading={sending} onClick={() => void trySend()}>
              Send
            </Button>
          )}
          {r.allowedTransitions
            .filter((t) => ACTION_LABEL[t])
            .map((t) => (
              <Button
                key={t}
                size="xs"
                variant={t === 'COMPLETED' ? 'filled' : 'default'}
                onClick={() => setMoving(t)}
              >
                {ACTION_LABEL[t]}
              </Button>
            ))}
        </Group>
      )}
      {moving && (
        <MoveForm
          referral={r}
          episodeId={props.episodeId}
          clientId={props.clientId}
          to={moving}
          onDone={() => setMoving(null)}
        />
      )}
    </Paper>
  );
}
