import type { NextFunction, Request, Response } from 'express';
import type { OperationOutcome } from '@medplum/fhirtypes';
import { isConsentPurpose } from '@waypoint/domain';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config/config.js';
import { createContext } from '../../graphql/context.js';
import { DomainError } from '../../graphql/errors.js';
import type { Logger } from '../../logging/logger.js';
import { fhirBaseUrl } from './fhir-base-url.js';
import { exportClientBundle } from './fhir-export.service.js';

export const FHIR_JSON = 'application/fhir+json';
/** GET /fhir/Patient/{id}/$everything (Express 5 paths cannot spell "$" literally). */
export const EVERYTHING_ROUTE = /^\/fhir\/Patient\/([^/]+)\/\$everything$/;

const statusOf: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};
const issueCodeOf: Record<number, 'login' | 'forbidden' | 'not-found' | 'invalid'> = {
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  400: 'invalid',
};

function outcome(res: Response, status: number, message: string): void {
  const body: OperationOutcome = {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: issueCodeOf[status] ?? 'exception', diagnostics: message }],
  };
  res.status(status).type(FHIR_JSON).send(JSON.stringify(body));
}

/**
 * Patient/$everything: the GraphQL export's Bundle (as a searchset) over REST, with the same
 * session-cookie or API-token sign-in, authorization, disclosure rules and audit.
 * `?recipient=…&purpose=…` names who receives it; without them, a director exports for the client.
 */
export function fhirEverything(deps: { db: DataSource; logger: Logger; config: Config }) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const ctx = await createContext({ ...deps, req, res });
      ctx.audit.operation = 'fhir:Patient/$everything';
      if (!ctx.viewer) return outcome(res, 401, 'Sign in, or send an API token as a Bearer token');
      const name = typeof req.query.recipient === 'string' ? req.query.recipient.trim() : '';
      const purpose = req.query.purpose;
      if ((name || purpose !== undefined) && !(name && isConsentPurpose(purpose))) {
        return outcome(res, 400, 'Give both recipient and purpose (a consent purpose), or neither');
      }
      const bundle = await exportClientBundle(ctx.scope(), {
        clientId: (req.params as Record<string, string>)[0] ?? '',
        recipient: name && isConsentPurpose(purpose) ? { name, purpose } : null,
        type: 'searchset',
        baseUrl: fhirBaseUrl(req),
      });
      await ctx.audit.flushReads();
      res.status(200).type(FHIR_JSON).send(JSON.stringify(bundle));
    } catch (err) {
      const code = err instanceof DomainError ? String(err.extensions.code) : null;
      const status = code ? statusOf[code] : undefined;
      if (status && err instanceof DomainError) return outcome(res, status, err.message);
      next(err);
    }
  };
}
