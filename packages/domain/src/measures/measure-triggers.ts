import type { ReviewTriggerEvent } from '../treatment-plan/review-clock.js';
import type { Instant } from '../treatment-plan/calendar-date.js';
import { instantToMs } from '../treatment-plan/calendar-date.js';
import type { MeasureInstrument } from './instruments.js';
import { isWorseningBand, type MeasureFlag, type SeverityBand } from './scoring.js';

/**
 * The review-clock triggers (Rule 1) that an episode's own records fire: each PHQ-9 with the
 * safety flag, each administration in a worse band than the previous complete one of the same
 * instrument, and each screen that became an unexpected positive. The clock takes the earliest
 * after its anchor, so every one is listed.
 */
export interface TriggerAdministration {
  instrument: MeasureInstrument;
  administeredAt: Instant;
  band: SeverityBand | null;
  flags: readonly MeasureFlag[];
}

export function recordTriggers(
  administrations: readonly TriggerAdministration[],
  unexpectedPositivesAt: readonly Instant[],
): ReviewTriggerEvent[] {
  const events: ReviewTriggerEvent[] = [];
  const lastBand = new Map<MeasureInstrument, SeverityBand>();
  const inOrder = [...administrations].sort(
    (a, b) => instantToMs(a.administeredAt) - instantToMs(b.administeredAt),
  );
  for (const a of inOrder) {
    if (a.instrument === 'PHQ9' && a.flags.includes('SAFETY')) {
      events.push({ kind: 'PHQ9_SAFETY', at: a.administeredAt });
    }
    if (a.band) {
      if (isWorseningBand(lastBand.get(a.instrument), a.band)) {
        events.push({ kind: 'WORSENING_SEVERITY', at: a.administeredAt });
      }
      lastBand.set(a.instrument, a.band);
    }
  }
  for (const at of unexpectedPositivesAt) events.push({ kind: 'POSITIVE_DRUG_SCREEN', at });
  return events;
}
