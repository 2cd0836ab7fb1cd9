import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { admissionDecisionLabel, asamLevelLabel, type AdmissionDecision } from '@waypoint/domain';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { AssessmentSnapshot } from './assessment-snapshot';
import { decisionSubmitLabel, type MoveOption } from './episode-moves';
import { applyMoveResult, showRefusal, stillPossible, type MoveProblem } from './move-problem';
import { MoveProblemAlert } from './move-problem-alert';
import {
  checkMove,
  MAX_RATIONALE_LENGTH,
  refusalOf,
  toTransitionInput,
  type TransitionValues,
} from './transition-form';
import { useEpisodeMove, type MoveContext } from './use-episode-move';
import { useProgramStaff } from './use-program-staff';
import { EpisodeAdmissionFragment } from './use-record-assessment-mutation';

export const AdmissionDecisionDialogFragment = graphql(`
  fragment AdmissionDecisionDialog_episode on Episode {
    id
    version
    status
    program {
      id
      name
      timeZone
    }
    primaryClinician {
      id
      displayName
    }
    assessments {
      id
      instrument
      administeredAt
      answers
    }
    ...EpisodeAdmission_episode
  }
`);

interface AdmissionDecisionDialogProps {
  opened: boolean;
  episode: FragmentType<typeof AdmissionDecisionDialogFragment>;
  /** The moves that record a decision (all four after assessment, admit from the waitlist). */
  decisions: readonly MoveOption[];
  context: MoveContext;
  onClose: () => void;
}

/** The goodness-of-fit decision after assessment, with its rationale and, to admit, a clinician. */
export function AdmissionDecisionDialog({
  opened,
  onClose,
  ...rest
}: AdmissionDecisionDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Admission decision for ${rest.context.clientName}`}
      size={760}
      centered
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && <DecisionForm onClose={onClose} {...rest} />}
    </Modal>
  );
}

interface DecisionValues {
  decision: AdmissionDecision | '';
  rationale: string;
  primaryClinicianId: string | null;
  ageOverrideReason: string;
}

function DecisionForm({
  episode: ref,
  decisions: allDecisions,
  context,
  onClose,
}: Omit<AdmissionDecisionDialogProps, 'opened'>) {
  const episode = getFragmentData(AdmissionDecisionDialogFragment, ref);
  const { admission } = getFragmentData(EpisodeAdmissionFragment, episode);
  // Admitting is offered only to those the API lets decide it (clinicians and directors).
  const decisions = allDecisions.filter(
    (d) => d.admissionDecision !== 'ADMIT' || admission?.mayDecideAdmission,
  );
  const { move, moving } = useEpisodeMove(context);
  const [problem, setProblem] = useState<MoveProblem | null>(null);
  const only = decisions.length === 1 ? decisions[0]?.admissionDecision : undefined;
  const form = useForm<DecisionValues>({
    mode: 'controlled',
    initialValues: {
      decision: only ?? '',
      rationale: '',
      primaryClinicianId: episode.primaryClinician?.id ?? null,
      ageOverrideReason: '',
    },
  });
  const decision = form.values.decision || null;
  const admitting = decision === 'ADMIT';
  const blockers = admission?.problems ?? [];
  const ageBlocked = blockers.some((p) => p.requirement === 'AGE_IN_PROGRAM_RANGE');
  const canOverrideAge = ageBlocked && (admission?.mayOverrideAgeRule ?? false);
  const otherBlockers = blockers.filter(
    (p) => p.requirement !== 'AGE_IN_PROGRAM_RANGE' || !canOverrideAge,
  );
  const clinicians = useProgramStaff(episode.program.id, 'CLINICIAN');
  const target = decisions.find((d) => d.admissionDecision === decision) ?? null;
  const controls = { setErrors: form.setErrors, setProblem, close: onClose };

  const submit = async (v: DecisionValues) => {
    setProblem(null);
    const chosen = decisions.find((d) => d.admissionDecision === v.decision);
    const values: TransitionValues = {
      reason: '',
      decision: v.decision || null,
      rationale: v.rationale,
      primaryClinicianId: v.decision === 'ADMIT' ? v.primaryClinicianId : null,
      ageOverrideReason: v.decision === 'ADMIT' && canOverrideAge ? v.ageOverrideReason : '',
    };
    if (v.decision === 'ADMIT' && canOverrideAge && !v.ageOverrideReason.trim()) {
      return showRefusal(
        refusalOf(['ageOverrideReason']),
        'Not ready to record the decision',
        controls,
      );
    }
    if (!chosen) {
      const missing = ['admissionDecision'];
      if (!v.rationale.trim()) missing.push('admissionDecision.rationale');
      return showRefusal(refusalOf(missing), 'Not ready to record the decision', controls);
    }
    const refusal = checkMove({ from: episode.status, to: chosen.to, decisionMove: true }, values);
    if (refusal) return showRefusal(refusal, 'Not ready to record the decision', controls);
    const was = episode.status;
    const result = await move(
      toTransitionInput(episode, chosen.to, values, true),
      clinicians.nameOf(values.primaryClinicianId),
    );
    applyMoveResult(result, was, controls);
  };

  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate data-testid="decision-dialog">
      <Stack gap="md">
        <AssessmentSnapshot assessments={episode.assessments} timeZone={episode.program.timeZone} />
        {problem && <MoveProblemAlert problem={problem} to={target?.to ?? null} />}
        <Radio.Group
          label="Decision"
          description="Agreed with the client after the assessment."
          withAsterisk
          {...form.getInputProps('decision')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
            {decisions.map((d) =>
              d.admissionDecision ? (
                <Radio.Card
                  key={d.admissionDecision}
                  value={d.admissionDecision}
                  radius="md"
                  p="sm"
                  data-testid={`decision-option-${d.admissionDecision}`}
                >
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} />
                    <div>
                      <Text fw={600} size="sm">
                        {admissionDecisionLabel(d.admissionDecision)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {d.description}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ) : null,
            )}
          </SimpleGrid>
        </Radio.Group>
        <Textarea
          label="Rationale: goodness of fit"
          description="Why this decision: how the program fits the client’s needs and goals (or does not), as discussed with them. Kept with the episode’s history."
          withAsterisk
          autosize
          minRows={4}
          maxRows={10}
          maxLength={MAX_RATIONALE_LENGTH}
          data-testid="decision-rationale"
          {...form.getInputProps('rationale')}
        />
        {admitting && otherBlockers.length > 0 && (
          <Alert color="yellow" title="Not ready to admit" data-testid="admission-blockers">
            <List size="sm">
              {otherBlockers.map((p) => (
                <List.Item key={p.requirement}>{p.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {admitting && admission?.recommendedLevelOfCare && (
          <Text size="sm" data-testid="admission-level">
            First level of care: {asamLevelLabel(admission.recommendedLevelOfCare)}, as the ASAM
            assessment recommends.
          </Text>
        )}
        {admitting && canOverrideAge && (
          <Textarea
            label="Reason to admit outside the program’s ages"
            description={`${blockers.find((p) => p.requirement === 'AGE_IN_PROGRAM_RANGE')?.message ?? ''} Recorded with the admission and in the audit trail.`}
            withAsterisk
            autosize
            minRows={2}
            maxLength={2000}
            data-testid="decision-age-override"
            {...form.getInputProps('ageOverrideReason')}
          />
        )}
        {admission && !admission.mayDecideAdmission && (
          <Text size="sm" c="dimmed" data-testid="admission-deciders">
            Admission is a clinical decision: a clinician or director of {episode.program.name}{' '}
            admits, once the bio-psycho-social summary and the ASAM assessment are on file.
          </Text>
        )}
        {admitting && (
          <Select
            label="Primary clinician"
            description={`Takes the client on from orientation. A clinician of ${episode.program.name}.`}
            placeholder={clinicians.loading ? 'Loading clinicians…' : 'Choose a clinician'}
            data={clinicians.options}
            searchable
            withAsterisk
            nothingFoundMessage="No clinician by that name"
            comboboxProps={{ withinPortal: true }}
            data-testid="decision-clinician"
            {...form.getInputProps('primaryClinicianId')}
            error={
              form.errors.primaryClinicianId ??
              (clinicians.failed ? 'Clinicians could not be loaded' : undefined)
            }
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={moving}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={moving}
            disabled={
              !stillPossible(problem, target?.to ?? null) || (admitting && otherBlockers.length > 0)
            }
            color={decision === 'DECLINE' || decision === 'REFER_OUT' ? 'gray' : undefined}
            data-testid="decision-submit"
          >
            {decisionSubmitLabel(decision)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
