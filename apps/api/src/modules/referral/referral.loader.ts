import type { DataSource } from 'typeorm';
import { createByIdLoader } from '../../graphql/by-id.loader.js';
import { CommunityResource } from '../community-resource/community-resource.entity.js';
import type { ClientScope } from '../access/client-scope.js';
import { scopedGroupLoader } from '../access/scoped-loader.js';
import { Consent } from '../consent/consent.entity.js';
import { Disclosure } from '../consent/disclosure.entity.js';
import { Referral, ReferralStatusChange } from './referral.entity.js';

/**
 * Referrals, consents and disclosures are records of ONE episode: each loader checks every row
 * against its own episode (a returning client's earlier consents are not reachable through the
 * later episode's care team) and records it as read.
 */
export function createReferralLoaders(ds: DataSource, scope: () => ClientScope) {
  return {
    /** The program's directory is not client data. */
    resource: createByIdLoader(ds, CommunityResource),
    referralsByEpisode: scopedGroupLoader(scope, {
      entity: Referral,
      recordType: 'Referral',
      from: 'referral x JOIN episode e ON e.id = x.episode_id',
      selectClientId: false,
      keyColumn: 'episode_id',
      keyProperty: 'episodeId',
      orderBy: 'x.created_at DESC, x.id',
    }),
    referralsByGoalLineage: scopedGroupLoader(scope, {
      entity: Referral,
      recordType: 'Referral',
      from: 'referral x JOIN episode e ON e.id = x.episode_id',
      selectClientId: false,
      keyColumn: 'goal_lineage_id',
      keyProperty: 'goalLineageId',
      orderBy: 'x.created_at DESC, x.id',
    }),
    statusChangesByReferral: scopedGroupLoader(scope, {
      entity: ReferralStatusChange,
      recordType: 'ReferralStatusChange',
      from: 'referral_status_change x JOIN episode e ON e.id = x.episode_id',
      keyColumn: 'referral_id',
      keyProperty: 'referralId',
      orderBy: 'x.changed_at, x.id',
    }),
    consentsByEpisode: scopedGroupLoader(scope, {
      entity: Consent,
      recordType: 'Consent',
      from: 'consent x JOIN episode e ON e.id = x.episode_id',
      selectClientId: false,
      keyColumn: 'episode_id',
      keyProperty: 'episodeId',
      orderBy: 'x.created_at DESC, x.id',
    }),
    disclosuresByEpisode: scopedGroupLoader(scope, {
      entity: Disclosure,
      recordType: 'Disclosure',
      from: 'disclosure x JOIN episode e ON e.id = x.episode_id',
      selectClientId: false,
      keyColumn: 'episode_id',
      keyProperty: 'episodeId',
      orderBy: 'x.disclosed_at DESC, x.id',
    }),
  };
}
