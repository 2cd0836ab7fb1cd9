// One definition of the browser security policy, for the API (which serves the built web app in
// production, through helmet) and the web app's Vite dev and preview servers (vite.config.ts
// imports this file). Plain data and functions only: no imports, so Vite's config loader can
// bundle it.

/**
 * Content-Security-Policy of every response. The built app is all same-origin files: no inline
 * script (the build emits none; `index.html` loads one module), no CDN, GraphQL over `fetch` to
 * our own origin. Mantine and Monaco (the playground's editor) set inline styles and insert
 * `<style>` elements at run time, hence 'unsafe-inline' for styles only. Monaco's language
 * services run in module workers served from our origin ('self'); its codicon font is a file.
 * Images allow data: URLs (icons inlined by CSS).
 */
export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** HSTS once a browser has reached us over HTTPS: a year, subdomains included. */
export const strictTransportSecurity = { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true };

/** The other headers, as helmet names them, with the values we choose where helmet's differ. */
export const otherSecurityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'X-DNS-Prefetch-Control': 'off',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
} as const;

/** A policy as its header value, optionally with sources added to some directives. */
export function contentSecurityPolicyHeader(
  additions: Readonly<Record<string, readonly string[]>> = {},
): string {
  const names = new Set([...Object.keys(contentSecurityPolicy), ...Object.keys(additions)]);
  return [...names]
    .map((name) =>
      [name, ...(contentSecurityPolicy[name] ?? []), ...(additions[name] ?? [])].join(' '),
    )
    .join(';');
}

/** Every header as a static map, for servers without helmet (Vite's dev and preview servers). */
export function securityHeaders(
  additions: Readonly<Record<string, readonly string[]>> = {},
): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicyHeader(additions),
    ...otherSecurityHeaders,
  };
}
