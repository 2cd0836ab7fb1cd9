/**
 * The IANA time zones this browser knows, for the time-zone picker; the program's current zone is
 * always offered, even if the list lacks it (an alias such as "US/Pacific").
 */
export function timeZoneOptions(current: string): string[] {
  const zones = ['UTC', ...Intl.supportedValuesOf('timeZone')];
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}
