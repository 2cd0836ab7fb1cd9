/**
 * Remembers where keyboard focus is (the button that opened a form) and returns a function that
 * puts it back once the form has closed, so saving or cancelling does not drop focus to the page.
 * The opener is often rendered anew meanwhile (an Edit button hidden while its form is open): it
 * is then found again by its test id inside the nearest enclosing element with an id.
 */
export function rememberFocus(): () => void {
  const from = document.activeElement;
  if (!(from instanceof HTMLElement) || from === document.body) return () => undefined;
  const testId = from.dataset.testid;
  const scope = from.parentElement?.closest<HTMLElement>('[id]') ?? null;
  return () =>
    requestAnimationFrame(() => {
      if (from.isConnected) return from.focus();
      if (!testId || !scope?.isConnected) return;
      scope.querySelector<HTMLElement>(`[data-testid="${CSS.escape(testId)}"]`)?.focus();
    });
}
