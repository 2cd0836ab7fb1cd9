import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { Config } from '../config/config.js';
import {
  contentSecurityPolicy,
  otherSecurityHeaders,
  strictTransportSecurity,
} from './security-headers.js';

/**
 * helmet, configured from the one policy definition (`security-headers.ts`) that the web app's
 * Vite servers also send. HSTS only where the site is served over HTTPS: the request came over
 * TLS (or through a trusted proxy that says so in X-Forwarded-Proto), or the deployment declares
 * HTTPS by sending secure cookies (everywhere but development).
 */
export function securityHeaders(config: Config): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(
        Object.entries(contentSecurityPolicy).map(([name, sources]) => [name, [...sources]]),
      ),
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: otherSecurityHeaders['Referrer-Policy'] },
    xFrameOptions: { action: 'deny' },
    crossOriginOpenerPolicy: { policy: otherSecurityHeaders['Cross-Origin-Opener-Policy'] },
    crossOriginResourcePolicy: { policy: otherSecurityHeaders['Cross-Origin-Resource-Policy'] },
    crossOriginEmbedderPolicy: false,
    xPermittedCrossDomainPolicies: {
      permittedPolicies: otherSecurityHeaders['X-Permitted-Cross-Domain-Policies'],
    },
  });
  const always = headersSet(headers);
  const hsts = headersSet(helmet.strictTransportSecurity(strictTransportSecurity));
  return (req, res, next) => {
    for (const [name, value] of always) res.setHeader(name, value);
    // The deployment's word first: req.secure parses the peer and proxy addresses every time.
    if (config.session.secureCookie || req.secure) {
      for (const [name, value] of hsts) res.setHeader(name, value);
    }
    next();
  };
}

/**
 * The headers a helmet middleware sets, worked out once: with this configuration none depends on
 * the request, and running helmet's dozen middlewares for every request cost more than the rest of
 * the HTTP stack.
 */
function headersSet(middleware: RequestHandler): [string, string][] {
  const set: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => set.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  let done = false;
  void middleware({} as Request, recorder as unknown as Response, (err?: unknown) => {
    done = err === undefined;
  });
  if (!done) throw new Error('helmet did not set its headers at once');
  return set;
}
