/** The longest language name kept for a client, e.g. "Haitian Creole (Kreyòl ayisyen)". */
export const PREFERRED_LANGUAGE_MAX_LENGTH = 40;

/**
 * What is wrong with a client's preferred language as typed, or null when it will do. It is a
 * language's name, as the resource directory lists the languages each resource serves (so the
 * printed resource list can match them): letters in any script, spaces, hyphens, apostrophes,
 * parentheses and slashes, nothing else.
 */
export function preferredLanguageProblem(value: string): string | null {
  const name = value.trim();
  if (name === '') return null;
  if (name.length > PREFERRED_LANGUAGE_MAX_LENGTH) {
    return `Use at most ${PREFERRED_LANGUAGE_MAX_LENGTH} characters`;
  }
  if (!/^[\p{L}\p{M}][\p{L}\p{M} '’()/-]*$/u.test(name)) {
    return 'Enter a language’s name, like Spanish or Tagalog';
  }
  return null;
}

/** Whether two language names are the same one (case and surrounding spaces aside). */
export function sameLanguage(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}
