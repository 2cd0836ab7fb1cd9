import type { EntityManager } from 'typeorm';
import {
  crisisTriggers,
  recordTriggers,
  type MeasureFlag,
  type MeasureInstrument,
  type ReviewTriggerEvent,
  type SeverityBand,
} from '@waypoint/domain';

interface TriggerRow {
  episodeId: string;
  administrations: {
    instrument: MeasureInstrument;
    administeredAt: string;
    band: SeverityBand | null;
    flags: MeasureFlag[];
  }[];
  positives: string[];
  highRiskCrisisContacts: string[];
}

/**
 * The review-clock triggers the episodes' measures and screens fire (the domain's recordTriggers
 * decides which), for many episodes in one statement. Only measures with a band or a flag,
 * screens that became unexpected positives and HIGH risk crisis contacts are read.
 */
export async function loadRecordTriggers(
  db: Pick<EntityManager, 'query'>,
  episodeIds: readonly string[],
): Promise<Map<string, ReviewTriggerEvent[]>> {
  const rows = await db.query<TriggerRow[]>(
    `SELECT e.id AS "episodeId",
       coalesce((SELECT json_agg(json_build_object('instrument', a.instrument, 'administeredAt', a.administered_at,
                   'band', a.severity_band, 'flags', a.flags) ORDER BY a.administered_at, a.id)
                 FROM assessment a WHERE a.episode_id = e.id AND a.instrument IN ('PHQ9', 'GAD7')
                   AND (a.severity_band IS NOT NULL OR a.flags <> '{}')), '[]') AS administrations,
       coalesce((SELECT json_agg(s.unexpected_positive_at ORDER BY s.unexpected_positive_at)
                 FROM drug_screen s WHERE s.episode_id = e.id AND s.unexpected_positive_at IS NOT NULL), '[]') AS positives,
       coalesce((SELECT json_agg(c.occurred_at ORDER BY c.occurred_at)
                 FROM crisis_contact c WHERE c.episode_id = e.id AND c.risk_level = 'HIGH'), '[]') AS "highRiskCrisisContacts"
     FROM episode e WHERE e.id = ANY($1::uuid[])`,
    [episodeIds],
  );
  return new Map(
    rows.map((r) => [
      r.episodeId,
      [
        ...recordTriggers(r.administrations, r.positives),
        ...crisisTriggers(
          r.highRiskCrisisContacts.map((occurredAt) => ({ riskLevel: 'HIGH', occurredAt })),
        ),
      ],
    ]),
  );
}
