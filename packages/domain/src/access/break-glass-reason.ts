/** A break-glass reason must say why, counted without surrounding spaces; the audit keeps it. */
export const BREAK_GLASS_REASON_MIN_LENGTH = 10;
export const BREAK_GLASS_REASON_MAX_LENGTH = 500;

/**
 * What is wrong with a stated reason for emergency access (null: nothing). The API refuses with
 * BAD_USER_INPUT on `reason` with this message, and the web form shows the same one.
 */
export function breakGlassReasonProblem(reason: string): string | null {
  const length = reason.trim().length;
  if (length < BREAK_GLASS_REASON_MIN_LENGTH) {
    return `Say why you need this chart now, in at least ${BREAK_GLASS_REASON_MIN_LENGTH} characters`;
  }
  if (length > BREAK_GLASS_REASON_MAX_LENGTH) {
    return `Use at most ${BREAK_GLASS_REASON_MAX_LENGTH} characters`;
  }
  return null;
}
