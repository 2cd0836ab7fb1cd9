import { useState } from 'react';
import { useCountdown } from '../../ui/use-countdown';
import { codeFailure, type CodeFailure } from './code-failure';

/** The first message a zod schema gives for `value`, for a form field; null when it passes. */
export function schemaMessage(
  schema: {
    safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } };
  },
  value: unknown,
): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error?.issues[0]?.message ?? 'Not valid');
}

/**
 * A form that sends a code: remembers why the last one was refused, and how long a throttled
 * caller must wait (counting down), so every code form answers alike.
 */
export function useCodeAttempt() {
  const [failure, setFailure] = useState<CodeFailure | null>(null);
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null);
  const waitSeconds = useCountdown(blockedUntil);
  const refused = (error: unknown): CodeFailure => {
    const f = codeFailure(error);
    setFailure(f);
    if (f.kind === 'throttled') setBlockedUntil(Date.now() + f.retryAfterSeconds * 1000);
    return f;
  };
  return { failure, setFailure, refused, waitSeconds, blocked: waitSeconds > 0 };
}
