import type { RequestHandler } from 'express';
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
  const hsts = helmet.strictTransportSecurity(strictTransportSecurity);
  return (req, res, next) => {
    headers(req, res, (err?: unknown) => {
      if (err !== undefined) return next(err);
      if (req.secure || config.session.secureCookie) return hsts(req, res, next);
      next();
    });
  };
}
