import { useState } from 'react';
import { TextInput } from '@mantine/core';

/** `YYYY-MM-DD` of a day `years` before today (the default period asks for a few years back). */
function yearsAgo(years: number, from = new Date()): string {
  const d = new Date(from);
  d.setFullYear(d.getFullYear() - years);
  return d.toISOString().slice(0, 10);
}

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The period an accounting of disclosures covers: the last three years unless changed. */
export function useDisclosurePeriod() {
  const [from, setFrom] = useState(yearsAgo(3));
  const [to, setTo] = useState(new Date().toISOString().slice(0, 10));
  return { from, setFrom, to, setTo, valid: isDate(from) && isDate(to) && from <= to };
}

/** The From and To date fields of a period. */
export function DisclosurePeriodFields({
  period,
}: {
  period: ReturnType<typeof useDisclosurePeriod>;
}) {
  return (
    <>
      <TextInput
        type="date"
        label="From"
        value={period.from}
        onChange={(e) => period.setFrom(e.currentTarget.value)}
        error={period.valid ? undefined : 'Choose a start on or before the end'}
      />
      <TextInput
        type="date"
        label="To"
        value={period.to}
        onChange={(e) => period.setTo(e.currentTarget.value)}
      />
    </>
  );
}
