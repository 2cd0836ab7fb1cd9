import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  ConsentPurpose,
  consentPurposeLabel,
  ReferralUrgency,
  resourceCategoryLabel,
} from '@waypoint/domain';
import { useState } from 'react';
import { graphql } from '../../gql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { ChartReferralsQuery } from './referrals-query';
import { URGENCY_LABEL } from './referral-status';

const ResourcePickQuery = graphql(`
  query ReferralResourcePick($programId: ID!, $filter: CommunityResourceFilter!) {
    communityResources(programId: $programId, filter: $filter) {
      id
      name
      category
      phone
    }
  }
`);

const CreateReferral = graphql(`
  mutation CreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
      status
    }
  }
`);

export interface GoalChoice {
  lineageId: string;
  description: string;
}

/** Drafts a referral: to a directory resource (searched) or to a provider named by hand. */
export function ReferralForm(props: {
  clientId: string;
  episodeId: string;
  programId: string;
  goals: GoalChoice[];
  onDone: () => void;
}) {
  const [to, setTo] = useState<'directory' | 'other'>('directory');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [recipientName, setRecipientName] = useState('');
  const [recipientContact, setRecipientContact] = useState('');
  const [reason, setReason] = useState('');
  const [informationToSend, setInformationToSend] = useState('');
  const [purpose, setPurpose] = useState<ConsentPurpose>('CARE_COORDINATION');
  const [goalLineageId, setGoalLineageId] = useState<string | null>(null);
  const [urgency, setUrgency] = useState<ReferralUrgency>('ROUTINE');
  const [dueBy, setDueBy] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const resources = useQuery(ResourcePickQuery, {
    variables: {
      programId: props.programId,
      // Choosing an option puts its label in the box; that is not a new search.
      filter: { search: (search === chosen?.label ? '' : search.trim()) || null, first: 20 },
    },
    skip: to !== 'directory',
  });
  const [create, { loading }] = useMutation(CreateReferral, {
    refetchQueries: [{ query: ChartReferralsQuery, variables: { clientId: props.clientId } }],
    awaitRefetchQueries: true,
  });
  const found = (resources.data?.communityResources ?? []).map((r) => ({
    value: r.id,
    label: `${r.name} — ${resourceCategoryLabel(r.category)}`,
  }));
  const options =
    chosen && !found.some((o) => o.value === chosen.value) ? [chosen, ...found] : found;
  const resourceId = chosen?.value ?? null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (to === 'directory' && !resourceId) missing.resourceId = 'Choose a resource';
    if (to === 'other' && !recipientName.trim()) missing.recipientName = 'Name the provider';
    if (!reason.trim()) missing.reason = 'Say why the client is referred';
    if (!informationToSend.trim()) missing.informationToSend = 'Describe what will be sent';
    setProblems(missing);
    if (Object.keys(missing).length) return;
    try {
      await create({
        variables: {
          input: {
            episodeId: props.episodeId,
            resourceId: to === 'directory' ? resourceId : null,
            recipientName: to === 'other' ? recipientName.trim() : null,
            recipientContact: to === 'other' ? recipientContact.trim() || null : null,
            reason: reason.trim(),
            informationToSend: informationToSend.trim(),
            purpose,
            goalLineageId,
            urgency,
            dueBy: dueBy || null,
          },
        },
      });
      props.onDone();
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) setProblems(fields);
      else setNotice(apiError(error)?.message ?? 'The referral could not be saved. Try again.');
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="referral-form">
      <Stack gap="sm">
        {notice && (
          <Alert color="red" role="alert">
            {notice}
          </Alert>
        )}
        <SegmentedControl
          aria-label="Refer to"
          value={to}
          onChange={(v) => setTo(v)}
          data={[
            { value: 'directory', label: 'A resource in the directory' },
            { value: 'other', label: 'Another provider' },
          ]}
        />
        {to === 'directory' ? (
          <Select
            label="Resource"
            placeholder="Type to search the directory"
            searchable
            clearable
            filter={({ options: all }) => all}
            searchValue={search}
            onSearchChange={setSearch}
            data={options}
            value={resourceId}
            onChange={(_, option) => setChosen(option ?? null)}
            nothingFoundMessage={resources.loading ? 'Searching…' : 'No resource matches'}
            error={problems.resourceId}
          />
        ) : (
          <>
            <TextInput
              label="Provider"
              value={recipientName}
              onChange={(e) => setRecipientName(e.currentTarget.value)}
              error={problems.recipientName}
            />
            <TextInput
              label="How to reach them"
              description="Phone, fax or address"
              value={recipientContact}
              onChange={(e) => setRecipientContact(e.currentTarget.value)}
              error={problems.recipientContact}
            />
          </>
        )}
        <Textarea
          label="Reason for referral"
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={problems.reason}
        />
        <Textarea
          label="Information to send"
          description="Only what the recipient needs; this is what the consent must allow."
          autosize
          minRows={2}
          value={informationToSend}
          onChange={(e) => setInformationToSend(e.currentTarget.value)}
          error={problems.informationToSend}
        />
        <Select
          label="Purpose"
          allowDeselect={false}
          data={Object.values(ConsentPurpose).map((p) => ({
            value: p,
            label: consentPurposeLabel(p),
          }))}
          value={purpose}
          onChange={(v) => v && setPurpose(v)}
          error={problems.purpose}
        />
        <Select
          label="Plan goal"
          placeholder={props.goals.length ? 'None' : 'No goals on the plan yet'}
          clearable
          data={props.goals.map((g) => ({ value: g.lineageId, label: g.description }))}
          value={goalLineageId}
          onChange={setGoalLineageId}
          error={problems.goalLineageId}
        />
        <Group grow align="start" wrap="wrap">
          <Select
            label="Urgency"
            allowDeselect={false}
            data={Object.values(ReferralUrgency).map((u) => ({
              value: u,
              label: URGENCY_LABEL[u],
            }))}
            value={urgency}
            onChange={(v) => v && setUrgency(v)}
          />
          <TextInput
            type="date"
            label="Answer due by"
            value={dueBy}
            onChange={(e) => setDueBy(e.currentTarget.value)}
            error={problems.dueBy}
          />
        </Group>
        <Text size="xs" c="dimmed">
          A draft discloses nothing. Sending needs the client’s consent for this recipient and
          purpose.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save draft
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
