import { clientContactSchema, fieldIssues, type ClientContactKind } from '@waypoint/domain';

/** An emergency or crisis contact as the chart's form holds it. */
export interface ContactFormValues {
  name: string;
  relationship: string;
  phone: string;
  kind: ClientContactKind;
  mayContact: boolean;
}

export const emptyContact: ContactFormValues = {
  name: '',
  relationship: '',
  phone: '',
  kind: 'EMERGENCY',
  mayContact: false,
};

export const contactKindLabels: Record<ClientContactKind, string> = {
  EMERGENCY: 'Emergency',
  CRISIS: 'Crisis',
};

export function contactFormValues(c: ContactFormValues): ContactFormValues {
  const { name, relationship, phone, kind, mayContact } = c;
  return { name, relationship, phone, kind, mayContact };
}

/** The API's own rules (the domain's schema), checked here first: problems keyed by field. */
export function contactProblems(values: ContactFormValues): Record<string, string> {
  const result = clientContactSchema.safeParse(values);
  return result.success
    ? {}
    : Object.fromEntries(fieldIssues(result.error).map((i) => [i.field, i.message]));
}
