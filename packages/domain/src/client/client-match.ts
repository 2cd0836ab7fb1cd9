/**
 * Finding a returning client before a duplicate chart is made. Opening an inquiry compares the
 * new person with existing clients; the API finds candidates (same date of birth or a similar
 * name, by trigram similarity in PostgreSQL) and this rule decides which are worth showing.
 */
export const ClientMatchKind = {
  /** Same name (after normalising) and same date of birth: almost surely the same person. */
  EXACT: 'EXACT',
  /** Same date of birth and a similar name, or the same name and another date of birth. */
  SIMILAR: 'SIMILAR',
} as const;
export type ClientMatchKind = (typeof ClientMatchKind)[keyof typeof ClientMatchKind];

/** Trigram similarity (0–1) above which two full names count as similar. */
export const SIMILAR_NAME_THRESHOLD = 0.4;

/** Lower case, accents and everything but letters removed: "O'Brien-Núñez" → "obriennunez". */
export function normalizeNamePart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

export interface PersonName {
  firstName: string;
  lastName: string;
}

/** Same person's name, also when first and last were entered the other way round. */
export function sameName(a: PersonName, b: PersonName): boolean {
  const [af, al, bf, bl] = [a.firstName, a.lastName, b.firstName, b.lastName].map(
    normalizeNamePart,
  );
  return (af === bf && al === bl) || (af === bl && al === bf);
}

export interface MatchCandidate extends PersonName {
  dateOfBirth: string;
  /** Trigram similarity of the full names (PostgreSQL `similarity`), 0–1. */
  nameSimilarity: number;
}

/** How a candidate matches the person being entered, or null when it is not worth showing. */
export function classifyClientMatch(
  entered: PersonName & { dateOfBirth: string },
  candidate: MatchCandidate,
): ClientMatchKind | null {
  const sameDob = entered.dateOfBirth === candidate.dateOfBirth;
  const exactName = sameName(entered, candidate);
  if (sameDob && exactName) return 'EXACT';
  if (exactName) return 'SIMILAR';
  if (sameDob) {
    const lastEqual = normalizeNamePart(entered.lastName) === normalizeNamePart(candidate.lastName);
    if (lastEqual || candidate.nameSimilarity >= SIMILAR_NAME_THRESHOLD) return 'SIMILAR';
  }
  return null;
}
