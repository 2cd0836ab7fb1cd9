import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import {
  ESCALATION_STEPS,
  REASONS_FOR_CALL,
  SAFETY_QUESTIONS,
  SCREENING_SUBSTANCES,
  SCREENING_URGENCIES,
  SCREENING_URGENCY_LABELS,
  USE_FREQUENCIES,
  USE_ROUTES,
  higherUrgency,
  type ScreeningContext,
} from '@waypoint/domain';
import { useState } from 'react';
import { PlusIcon, TrashIcon } from '../../ui/icons';
import {
  assessScreening,
  emptySubstance,
  type ScreeningFormValues,
  type SubstanceRow,
} from './screening-form';
import { CrisisContactsLink } from './screening-view';
import type { ScreeningSaveResult } from './use-save-screening-mutation';

const choices = (list: readonly { key: string; label: string }[], placeholder: string) => [
  { value: '', label: placeholder },
  ...list.map((i) => ({ value: i.key, label: i.label })),
];

interface ScreeningFormProps {
  initial: ScreeningFormValues;
  context: ScreeningContext;
  saving: boolean;
  onSave: (values: ScreeningFormValues) => Promise<ScreeningSaveResult>;
  onClose: () => void;
}

/**
 * The screening call as a form. The domain's rule answers as the questions are answered: a "yes"
 * to a safety question shows what to do at once, above everything else, and raises the urgency.
 */
export function ScreeningForm({ initial, context, saving, onSave, onClose }: ScreeningFormProps) {
  const [values, setValues] = useState(initial);
  const [showProblems, setShowProblems] = useState(false);
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const live = assessScreening(values, context);
  const problems = { ...(showProblems ? live.problems : {}), ...serverProblems };
  const set = (patch: Partial<ScreeningFormValues>) => {
    setServerProblems({});
    setValues((v) => ({ ...v, ...patch }));
  };
  const setSubstance = (i: number, patch: Partial<SubstanceRow>) =>
    set({ substances: values.substances.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const derived = live.escalation?.urgency ?? 'ROUTINE';

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setShowProblems(true);
    setNotice(null);
    if (Object.keys(live.problems).length) {
      setNotice('Some answers need attention: each is marked below.');
      return;
    }
    const result = await onSave(values);
    if (result.kind === 'saved') onClose();
    else if (result.kind === 'invalid') setServerProblems(result.fields);
    else if (result.kind === 'conflict') {
      setNotice(
        `${result.savedBy ?? 'Someone'} saved this screening since you opened it. Close the form to see their version, then record yours again.`,
      );
    } else setNotice(result.message);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="screening-form">
      <Stack gap="md">
        {live.escalation && (
          <Alert
            color="red"
            variant="filled"
            role="alert"
            title={`Escalate now: ${SCREENING_URGENCY_LABELS[live.escalation.urgency]}`}
            data-testid="screening-escalation"
          >
            <Stack gap={6}>
              <List size="sm" spacing={4} type="ordered" c="white">
                {live.escalation.steps.map((s) => (
                  <List.Item key={s}>{ESCALATION_STEPS[s]}</List.Item>
                ))}
              </List>
              <Text size="sm">
                Whom to call for this client: <CrisisContactsLink onColor />
              </Text>
            </Stack>
          </Alert>
        )}
        {notice && (
          <Alert color="orange" role="alert" data-testid="screening-notice">
            {notice}
          </Alert>
        )}

        <Checkbox.Group
          label="Reason for call"
          description="All that apply"
          value={values.reasonsForCall}
          onChange={(v) => set({ reasonsForCall: v })}
          error={problems.reasonsForCall}
          data-testid="screening-reasons"
        >
          <Stack gap={6} mt={6}>
            {REASONS_FOR_CALL.map((r) => (
              <Checkbox
                key={r.key}
                value={r.key}
                label={r.label}
                data-testid={`screening-reason-${r.key}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label="The reason in the caller’s words"
          autosize
          minRows={2}
          value={values.reasonNote}
          error={problems.reasonNote}
          onChange={(e) => set({ reasonNote: e.currentTarget.value })}
          data-testid="screening-reasonNote"
        />

        <Stack gap="xs">
          <Title order={3} fz={16}>
            Substances
          </Title>
          {values.substances.length === 0 && (
            <Text size="sm" c="dimmed">
              None listed yet.
            </Text>
          )}
          {values.substances.map((s, i) => {
            const p = (f: string) => problems[`substances[${i}].${f}`];
            const n = i + 1;
            return (
              <Paper
                key={i}
                withBorder
                radius="sm"
                p="sm"
                component="fieldset"
                data-testid={`screening-substance-${i}`}
                style={{ minWidth: 0 }}
              >
                <Text component="legend" size="sm" fw={600} px={4}>
                  Substance {n}
                </Text>
                <Stack gap="xs">
                  <NativeSelect
                    label="Substance"
                    data={choices(SCREENING_SUBSTANCES, 'Choose…')}
                    value={s.substance}
                    error={p('substance')}
                    onChange={(e) =>
                      setSubstance(i, {
                        substance: e.currentTarget.value as SubstanceRow['substance'],
                      })
                    }
                    data-testid={`screening-substance-${i}-substance`}
                  />
                  {s.substance === 'OTHER' && (
                    <TextInput
                      label="Which substance"
                      value={s.otherSubstance}
                      error={p('otherSubstance')}
                      onChange={(e) => setSubstance(i, { otherSubstance: e.currentTarget.value })}
                      data-testid={`screening-substance-${i}-otherSubstance`}
                    />
                  )}
                  <NativeSelect
                    label="How it is used"
                    data={choices(USE_ROUTES, 'Choose…')}
                    value={s.route}
                    error={p('route')}
                    onChange={(e) =>
                      setSubstance(i, { route: e.currentTarget.value as SubstanceRow['route'] })
                    }
                    data-testid={`screening-substance-${i}-route`}
                  />
                  <NativeSelect
                    label="How often, lately"
                    data={choices(USE_FREQUENCIES, 'Choose…')}
                    value={s.frequency}
                    error={p('frequency')}
                    onChange={(e) =>
                      setSubstance(i, {
                        frequency: e.currentTarget.value as SubstanceRow['frequency'],
                      })
                    }
                    data-testid={`screening-substance-${i}-frequency`}
                  />
                  <TextInput
                    label="Last use"
                    type="date"
                    max={context.today}
                    value={s.lastUseOn}
                    error={p('lastUseOn')}
                    onChange={(e) => setSubstance(i, { lastUseOn: e.currentTarget.value })}
                    data-testid={`screening-substance-${i}-lastUseOn`}
                  />
                  <TextInput
                    label="Age at first use"
                    inputMode="numeric"
                    value={s.ageAtFirstUse}
                    error={p('ageAtFirstUse')}
                    onChange={(e) => setSubstance(i, { ageAtFirstUse: e.currentTarget.value })}
                    data-testid={`screening-substance-${i}-ageAtFirstUse`}
                  />
                  <Group justify="flex-end">
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      leftSection={<TrashIcon size={14} />}
                      onClick={() =>
                        set({ substances: values.substances.filter((_, j) => j !== i) })
                      }
                    >
                      Remove substance {n}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            );
          })}
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<PlusIcon size={14} />}
              onClick={() => set({ substances: [...values.substances, emptySubstance()] })}
              data-testid="screening-add-substance"
            >
              Add a substance
            </Button>
          </Group>
        </Stack>

        <Stack gap="xs">
          <Title order={3} fz={16}>
            Safety questions
          </Title>
          <Text size="sm" c="dimmed">
            Ask each one. A “yes” shows what to do at the top of this form.
          </Text>
          {SAFETY_QUESTIONS.map((q) => {
            const answer = values.safety[q.key];
            return (
              <Radio.Group
                key={q.key}
                label={q.label}
                value={answer === null ? '' : answer ? 'yes' : 'no'}
                onChange={(v) => set({ safety: { ...values.safety, [q.key]: v === 'yes' } })}
                error={problems[`safety.${q.key}`]}
                data-testid={`screening-safety-${q.key}`}
              >
                <Group gap="lg" mt={4}>
                  <Radio value="yes" label="Yes" />
                  <Radio value="no" label="No" />
                </Group>
              </Radio.Group>
            );
          })}
        </Stack>

        {live.escalation && (
          <Textarea
            label="What was advised, and who was told"
            description="Recorded with your name and the time, as part of the escalation."
            required
            autosize
            minRows={2}
            value={values.escalationNote}
            error={problems.escalationNote}
            onChange={(e) => set({ escalationNote: e.currentTarget.value })}
            data-testid="screening-escalationNote"
          />
        )}

        <Radio.Group
          label="Urgency"
          description={
            live.escalation
              ? `The safety answers make this at least ${SCREENING_URGENCY_LABELS[derived].toLowerCase()}.`
              : 'Routine unless you judge otherwise.'
          }
          value={live.urgency}
          onChange={(v) => {
            const chosen = v;
            set({ urgency: higherUrgency(chosen, derived) === derived ? '' : chosen });
          }}
          error={problems.urgency}
          data-testid="screening-urgency"
        >
          <Group gap="lg" mt={4}>
            {SCREENING_URGENCIES.map((u) => (
              <Radio
                key={u}
                value={u}
                label={SCREENING_URGENCY_LABELS[u]}
                disabled={higherUrgency(u, derived) !== u}
              />
            ))}
          </Group>
        </Radio.Group>

        <Textarea
          label="Notes"
          autosize
          minRows={2}
          value={values.notes}
          error={problems.notes}
          onChange={(e) => set({ notes: e.currentTarget.value })}
          data-testid="screening-notes-input"
        />

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving} data-testid="screening-save">
            Save screening
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
