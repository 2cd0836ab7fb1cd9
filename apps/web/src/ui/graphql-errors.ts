import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The first GraphQL error of a failed request, as the API's error model describes it. */
export interface ApiError {
  code: string | undefined;
  message: string;
  extensions: Readonly<Record<string, unknown>>;
}

export function apiError(error: unknown): ApiError | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  if (!first) return null;
  const extensions = first.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  return { code, message: first.message, extensions };
}

export function apiErrorCode(error: unknown): string | undefined {
  return apiError(error)?.code;
}

/** "must be a phone number" → "Must be a phone number". */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * BAD_USER_INPUT's `fields` as form errors, keyed by the input's own field name (the API may
 * prefix nested paths with the argument name, e.g. `input.phone`). The messages are the API's
 * validation messages, which are written for the caller and never contain record data.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const e = apiError(error);
  if (e?.code !== 'BAD_USER_INPUT' || !Array.isArray(e.extensions.fields)) return {};
  const out: Record<string, string> = {};
  for (const item of e.extensions.fields as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { field, message } = item as { field?: unknown; message?: unknown };
    if (typeof field !== 'string' || typeof message !== 'string') continue;
    const name = field.replace(/^input\./, '');
    out[name] ??= sentence(message);
  }
  return out;
}
