export interface ClientNameParts {
  firstName: string;
  lastName: string;
  preferredName?: string | null;
}

/** The name staff call the client by: the preferred name when given, else the legal first name. */
export function clientDisplayName(c: ClientNameParts): string {
  const first = c.preferredName?.trim() || c.firstName;
  return `${first} ${c.lastName}`;
}

/** Whole years between a date of birth and a day, both ISO dates (YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}
