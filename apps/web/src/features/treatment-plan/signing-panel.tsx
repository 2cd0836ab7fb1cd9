import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { PlanSigner } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { describeError } from '../../ui/error-message';
import { CheckIcon, SignatureIcon } from '../../ui/icons';
import { useCurrentViewer } from '../auth/current-viewer';
import {
  canCoSignActivePlan,
  requiredSigners,
  signatureRows,
  signaturesStillNeeded,
  signingRoles,
} from './signing';
import { useSignPlanMutation } from './use-plan-lifecycle-mutations';

export const SigningPanelFragment = graphql(`
  fragment SigningPanel_plan on TreatmentPlan {
    id
    version
    status
    signatures {
      id
      signer
      signedName
      signedAt
      signedBy {
        id
        displayName
      }
    }
  }
`);

interface SigningPanelProps {
  plan: FragmentType<typeof SigningPanelFragment>;
  programId: string;
  /** The program asks for a director's co-signature before a plan takes effect. */
  requiresSupervisorSignature: boolean;
  timeZone: string;
  canEdit: boolean;
}

/**
 * A plan pending signature: the clinician signs, the client's signature is recorded (the name
 * as they signed it, witnessed by whoever records it), a director co-signs as supervisor. It
 * takes effect once the client and the clinician have signed, and the supervisor too where the
 * program requires it. On a plan in effect without a supervisor's signature, a director of the
 * program may still co-sign; nobody else sees the panel then.
 */
export function SigningPanel({
  programId,
  requiresSupervisorSignature,
  timeZone,
  canEdit,
  ...props
}: SigningPanelProps) {
  const plan = getFragmentData(SigningPanelFragment, props.plan);
  const viewer = useCurrentViewer();
  const roles = signingRoles(viewer, programId);
  const sign = useSignPlanMutation();
  const [busy, setBusy] = useState<PlanSigner | null>(null);
  const [clientName, setClientName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const required = requiredSigners(requiresSupervisorSignature);
  const still = signaturesStillNeeded(plan.signatures, required);
  const coSigning = canCoSignActivePlan(plan, roles, canEdit);
  if (plan.status !== 'PENDING_SIGNATURE' && !coSigning) return null;

  const signAs = async (signer: PlanSigner) => {
    setProblem(null);
    if (signer === 'CLIENT' && !clientName.trim()) {
      setNameError('Type the name exactly as the client signed it');
      return;
    }
    setBusy(signer);
    const result = await sign(plan, signer, clientName);
    setBusy(null);
    switch (result.kind) {
      case 'saved':
        if (signer === 'CLIENT') setClientName('');
        // The row's check mark confirms a signature; taking effect is worth saying out loud.
        if (result.data.status === 'ACTIVE' && !coSigning) {
          notifications.show({
            color: 'teal',
            title: 'The plan is now in effect',
            message: 'Every required signature is in; the review clock has started.',
          });
        }
        return;
      case 'invalid':
        setNameError(result.fields.signedName ?? 'Check the name and try again');
        return;
      case 'forbidden':
        setProblem(result.message);
        return;
      case 'conflict':
        setProblem(
          'The plan changed meanwhile (someone else signed or returned it). It has been refreshed.',
        );
        return;
      case 'invalid-transition':
        setProblem(
          coSigning
            ? 'This version can no longer be co-signed. The plan has been refreshed.'
            : 'This version is no longer waiting for signatures. The plan has been refreshed.',
        );
        return;
      case 'signed-out':
        return;
      case 'failed': {
        const d = describeError(result.error);
        setProblem(`${d.title}. ${d.message}`);
        return;
      }
      default:
        setProblem('The signature was not recorded. The plan has been refreshed.');
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" data-testid="signing-panel">
      <Stack gap="md">
        <Group gap="sm">
          <SignatureIcon size={20} />
          <Title order={2} fz={18}>
            Signatures
          </Title>
          <Text size="sm" c="dimmed" data-testid="signing-summary">
            {coSigning
              ? 'The plan is in effect; as a director of the program you may co-sign it.'
              : still.length === 0
                ? 'All required signatures are in.'
                : `Takes effect once the ${still.map((s) => s.toLowerCase()).join(' and the ')} ${still.length === 1 ? 'has' : 'have'} signed.`}
          </Text>
        </Group>
        {problem && (
          <Alert color="red" variant="light" role="alert" data-testid="signing-problem">
            {problem}
          </Alert>
        )}
        <Stack gap="sm">
          {signatureRows(plan.signatures, required).map((row) => (
            <Group
              key={row.signer}
              gap="md"
              wrap="nowrap"
              align="center"
              data-testid={`signature-${row.signer.toLowerCase()}`}
            >
              <Text size="sm" fw={600} w={110} style={{ flexShrink: 0 }}>
                {row.label}
                {!row.required && (
                  <Text span size="xs" c="dimmed" fw={400}>
                    {' '}
                    (optional)
                  </Text>
                )}
              </Text>
              {row.signature ? (
                <Group gap={6} wrap="nowrap">
                  <Text c="teal.8" component="span" display="flex">
                    <CheckIcon size={16} />
                  </Text>
                  <Text size="sm">
                    {row.signer === 'CLIENT'
                      ? `“${row.signature.signedName ?? ''}”, witnessed by ${row.signature.signedBy.displayName}`
                      : row.signature.signedBy.displayName}
                    <Text span c="dimmed" size="sm">
                      {' '}
                      · {formatDateTime(row.signature.signedAt, timeZone)}
                    </Text>
                  </Text>
                </Group>
              ) : coSigning && row.signer !== 'SUPERVISOR' ? (
                <Text size="sm" c="dimmed">
                  Not signed
                </Text>
              ) : !canEdit ? (
                <Text size="sm" c="dimmed">
                  Not signed
                </Text>
              ) : row.signer === 'CLINICIAN' ? (
                roles.clinician ? (
                  <Button
                    size="xs"
                    loading={busy === 'CLINICIAN'}
                    disabled={busy !== null}
                    onClick={() => void signAs('CLINICIAN')}
                    data-testid="sign-clinician"
                  >
                    Sign as clinician
                  </Button>
                ) : (
                  <Text size="sm" c="dimmed">
                    Waiting for a clinician of the program to sign
                  </Text>
                )
              ) : row.signer === 'CLIENT' ? (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    void signAs('CLIENT');
                  }}
                  style={{ flex: 1 }}
                >
                  <Group gap="sm" align="flex-start" wrap="nowrap">
                    <TextInput
                      size="xs"
                      w={260}
                      aria-label="The client’s name as they signed it"
                      placeholder="Name as the client signed it"
                      value={clientName}
                      onChange={(e) => {
                        setClientName(e.currentTarget.value);
                        setNameError(null);
                      }}
                      error={nameError}
                      disabled={busy !== null}
                      data-testid="client-signed-name"
                    />
                    <Button
                      type="submit"
                      size="xs"
                      variant="light"
                      loading={busy === 'CLIENT'}
                      disabled={busy !== null && busy !== 'CLIENT'}
                      data-testid="sign-client"
                    >
                      Record client’s signature
                    </Button>
                  </Group>
                </form>
              ) : roles.supervisor ? (
                <Button
                  size="xs"
                  variant="light"
                  loading={busy === 'SUPERVISOR'}
                  disabled={busy !== null}
                  onClick={() => void signAs('SUPERVISOR')}
                  data-testid="sign-supervisor"
                >
                  Co-sign as supervisor
                </Button>
              ) : (
                <Text size="sm" c="dimmed">
                  {row.required
                    ? 'Waiting for a director of the program to co-sign'
                    : 'A director of the program may co-sign'}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
        {!coSigning && (
          <Text size="xs" c="dimmed">
            Go through the plan with the client before they sign. You witness their signature by
            recording it.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
