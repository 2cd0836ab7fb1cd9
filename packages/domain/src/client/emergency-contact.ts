import { z } from 'zod';

/** Whom staff call: EMERGENCY when the client is hurt or missing, CRISIS in a mental-health crisis. */
export const ClientContactKind = { EMERGENCY: 'EMERGENCY', CRISIS: 'CRISIS' } as const;
export type ClientContactKind = keyof typeof ClientContactKind;

export const CLIENT_CONTACT_LIMITS = { name: 120, relationship: 80, phone: 30 } as const;

/** Digits with the usual separators, and at least seven digits (a number someone can dial). */
export function isPlausiblePhone(value: string): boolean {
  return /^\+?[0-9()\-. ]+$/.test(value) && value.replace(/\D/g, '').length >= 7;
}

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `Use at most ${max} characters`);

/**
 * An emergency or crisis contact as staff enter it, once for the API (after authorizing) and the
 * chart's form. Each refusal names its field.
 */
export const clientContactSchema = z.object({
  name: text('Name', CLIENT_CONTACT_LIMITS.name),
  relationship: text('Relationship', CLIENT_CONTACT_LIMITS.relationship),
  phone: text('Phone', CLIENT_CONTACT_LIMITS.phone).refine(isPlausiblePhone, {
    message: 'Enter a phone number (digits, spaces, + ( ) - .)',
  }),
  kind: z.enum(['EMERGENCY', 'CRISIS'], { error: 'Choose emergency or crisis' }),
  /** The client agreed that staff may call this person (42 CFR Part 2 consent to disclose). */
  mayContact: z.boolean({ error: 'Say whether the client agreed to contact' }),
});
export type ClientContactValues = z.output<typeof clientContactSchema>;
