import { z } from 'zod';

/**
 * The brief note that answers a safety flag (PHQ-9 item 9 above 0): the risk as assessed, the
 * plan, and who was told. Until one is recorded the flag stays on the chart and on top of the
 * clinician's Today; it is never cleared silently.
 */
export const SafetyRiskLevel = { LOW: 'LOW', MODERATE: 'MODERATE', HIGH: 'HIGH' } as const;
export type SafetyRiskLevel = (typeof SafetyRiskLevel)[keyof typeof SafetyRiskLevel];

const text = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

export const safetyFollowUpSchema = z.object({
  riskLevel: z.enum(['LOW', 'MODERATE', 'HIGH']),
  riskAssessment: text(4000),
  plan: text(4000),
  whoWasTold: text(500),
});
export type SafetyFollowUpInput = z.infer<typeof safetyFollowUpSchema>;

/** Problems by field name; empty when the follow-up can be recorded. */
export function safetyFollowUpProblems(
  input: Record<string, unknown>,
): { field: string; message: string }[] {
  const result = safetyFollowUpSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => ({
    field: String(i.path[0] ?? 'input'),
    message: i.code === 'invalid_type' ? 'is required' : i.message,
  }));
}
