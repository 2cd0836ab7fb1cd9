import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { planSignerLabel, signedNameSchema } from '@waypoint/domain';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { PlanSigner } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { describeError } from '../../ui/error-message';
import { CheckIcon, SignatureIcon } from '../../ui/icons';
import {
  coSigningActivePlan,
  signatureRows,
  signaturesStillNeeded,
  voidedSignatures,
} from './signing';
import { useSignPlanMutation } from './use-plan-lifecycle-mutations';

export const SigningPanelFragment = graphql(`
  fragment SigningPanel_plan on TreatmentPlan {
    id
    version
    status
    signatureHistory: signatures(includeVoided: true) {
      id
      signer
      signedName
      signedAt
      signedBy {
        id
        displayName
      }
      voidedAt
      voidReason
      voidedBy {
        id
        displayName
      }
    }
    capabilities {
      canSign {
        signer
        required
        allowed
        reason
      }
    }
  }
`);

interface SigningPanelProps {
  plan: FragmentType<typeof SigningPanelFragment>;
  timeZone: string;
}

/**
 * A plan pending signature: the clinician signs, the client's signature is recorded (the name
 * as they signed it, witnessed by whoever records it), a director co-signs as supervisor. It
 * takes effect once the client and the clinician have signed, and the supervisor too where the
 * program requires it. On a plan in effect without a supervisor's signature, a director of the
 * program may still co-sign; nobody else sees the panel then.
 */
export function SigningPanel({ timeZone, ...props }: SigningPanelProps) {
  const plan = getFragmentData(SigningPanelFragment, props.plan);
  const { canSign } = plan.capabilities;
  const sign = useSignPlanMutation();
  const [busy, setBusy] = useState<PlanSigner | null>(null);
  const [clientName, setClientName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const still = signaturesStillNeeded(plan.signatureHistory, canSign);
  const coSigning = coSigningActivePlan(plan.status, canSign);
  const voided = voidedSignatures(plan.signatureHistory);
  if (plan.status !== 'PENDING_SIGNATURE' && !coSigning) {
    return voided.length ? <VoidedSignatures signatures={voided} timeZone={timeZone} /> : null;
  }

  const signAs = async (signer: PlanSigner) => {
    setProblem(null);
    const name = signedNameSchema.safeParse(clientName);
    if (signer === 'CLIENT' && !name.success) {
      setNameError(name.error.issues[0]!.message);
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
    <Paper withBorder radius="md" p="lg" id="plan-signing" data-testid="signing-panel">
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
          {signatureRows(plan.signatureHistory, canSign).map((row) => (
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
              ) : !row.allowed ? (
                <Text size="sm" c="dimmed" data-testid={`cannot-sign-${row.signer.toLowerCase()}`}>
                  Not signed{row.reason && !coSigning ? ` · ${row.reason}` : ''}
                </Text>
              ) : row.signer === 'CLINICIAN' ? (
                <Button
                  size="xs"
                  loading={busy === 'CLINICIAN'}
                  disabled={busy !== null}
                  onClick={() => void signAs('CLINICIAN')}
                  data-testid="sign-clinician"
                >
                  Sign as clinician
                </Button>
              ) : row.signer === 'CLIENT' ? (
                <form
                  noValidate
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
              ) : (
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
              )}
            </Group>
          ))}
        </Stack>
        {voided.length > 0 && <VoidedSignatures signatures={voided} timeZone={timeZone} />}
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

interface VoidedSignature {
  id: string;
  signer: PlanSigner;
  signedName?: string | null;
  signedAt: string;
  signedBy: { displayName: string };
  voidedAt?: string | null;
  voidReason?: string | null;
  voidedBy?: { displayName: string } | null;
}

/** Signatures that no longer count stay on the version, struck through, with who voided them. */
export function VoidedSignatures({
  signatures,
  timeZone,
}: {
  signatures: readonly VoidedSignature[];
  timeZone: string;
}) {
  return (
    <Stack gap={4} data-testid="voided-signatures">
      <Text size="xs" fw={600} c="dimmed">
        Voided signatures
      </Text>
      {signatures.map((s) => (
        <Text
          key={s.id}
          size="sm"
          c="dimmed"
          data-testid={`voided-signature-${s.signer.toLowerCase()}`}
        >
          <Text span td="line-through" size="sm">
            {planSignerLabel(s.signer)}:{' '}
            {s.signer === 'CLIENT' ? `“${s.signedName ?? ''}”` : s.signedBy.displayName} ·{' '}
            {formatDateTime(s.signedAt, timeZone)}
          </Text>{' '}
          — voided{s.voidedBy ? ` by ${s.voidedBy.displayName}` : ''}
          {s.voidedAt ? ` · ${formatDateTime(s.voidedAt, timeZone)}` : ''}
          {s.voidReason ? ` (${s.voidReason})` : ''}
        </Text>
      ))}
    </Stack>
  );
}
