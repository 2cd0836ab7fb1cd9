import type { Request } from 'express';

/** The FHIR base of this server as the caller reached it (entries' fullUrls are made from it). */
export const fhirBaseUrl = (req: Request): string => `${req.protocol}://${req.get('host')}/fhir`;
