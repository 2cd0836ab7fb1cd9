import { FirstRecords1795770000000 } from './1795770000000-first-records.js';
import { SecuritySpine1795780000000 } from './1795780000000-security-spine.js';
import { ClinicalCore1795790000000 } from './1795790000000-clinical-core.js';
import { SupervisorSignature1795800000000 } from './1795800000000-supervisor-signature.js';
import { AuditOperation1795810000000 } from './1795810000000-audit-operation.js';
import { CareTeamReadWindow1795820000000 } from './1795820000000-care-team-read-window.js';
import { AuditChain1795840000000 } from './1795840000000-audit-chain.js';
import { EpisodeIntegrity1795850000000 } from './1795850000000-episode-integrity.js';
import { PlanAmendments1795860000000 } from './1795860000000-plan-amendments.js';
import { EpisodeReviewClock1795870000000 } from './1795870000000-episode-review-clock.js';
import { PasswordLinks1795890000000 } from './1795890000000-password-links.js';
import { SessionUserAgent1795890000001 } from './1795890000001-session-user-agent.js';
import { MultiFactorAuth1795900000000 } from './1795900000000-multi-factor-auth.js';
import { ProgramSettingsHistory1795910000000 } from './1795910000000-program-settings-history.js';
import { PlanStatusHistory1795930000000 } from './1795930000000-plan-status-history.js';
import { ClientContacts1795960000000 } from './1795960000000-client-contacts.js';
import { GroupsAndSessions1796000000000 } from './1796000000000-groups-and-sessions.js';
import { Attendance1796010000000 } from './1796010000000-attendance.js';
import { MeasuresAndScreens1796020000000 } from './1796020000000-measures-and-screens.js';
import { IntakeScreening1795970000000 } from './1795970000000-intake-screening.js';
import { ReferralsAndConsents1796030000000 } from './1796030000000-referrals-and-consents.js';
import { ProgramMeasureInterval1796040000000 } from './1796040000000-program-measure-interval.js';
import { AuditPartitions1796150000000 } from './1796150000000-audit-partitions.js';
import { ProgressNotes1796100000000 } from './1796100000000-progress-notes.js';
import { DischargeAndFollowUp1796130000000 } from './1796130000000-discharge-and-follow-up.js';
import { CrisisSupport1796140000000 } from './1796140000000-crisis-support.js';
import { SessionSetByHand1796110000000 } from './1796110000000-session-set-by-hand.js';
import { ApiTokensAndFhirExport1796170000000 } from './1796170000000-api-tokens-and-fhir-export.js';
import { NotePolicyVersion1796200000000 } from './1796200000000-note-policy-version.js';
import { ResourceReverifyDays1796210000000 } from './1796210000000-resource-reverify-days.js';
import { ProgramFollowUpSettings1796220000000 } from './1796220000000-program-follow-up-settings.js';
import { EpisodeReadmissionLink1796220000001 } from './1796220000001-episode-readmission-link.js';
import { FollowUpDischargeIndex1796260000000 } from './1796260000000-follow-up-discharge-index.js';
import { ResourceReverifyDue1796300000000 } from './1796300000000-resource-reverify-due.js';
import { ClientPreferredLanguage1796301000000 } from './1796301000000-client-preferred-language.js';
import { SessionChangeNotify1796302000000 } from './1796302000000-session-change-notify.js';
import { AuditSealBatched1796400000000 } from './1796400000000-audit-seal-batched.js';

/** In order. Listed as classes, not globs, so vitest and compiled code load the same set. */
export const migrations = [
  FirstRecords1795770000000,
  SecuritySpine1795780000000,
  ClinicalCore1795790000000,
  SupervisorSignature1795800000000,
  AuditOperation1795810000000,
  CareTeamReadWindow1795820000000,
  AuditChain1795840000000,
  EpisodeIntegrity1795850000000,
  PlanAmendments1795860000000,
  EpisodeReviewClock1795870000000,
  PasswordLinks1795890000000,
  SessionUserAgent1795890000001,
  MultiFactorAuth1795900000000,
  ProgramSettingsHistory1795910000000,
  PlanStatusHistory1795930000000,
  ClientContacts1795960000000,
  IntakeScreening1795970000000,
  GroupsAndSessions1796000000000,
  Attendance1796010000000,
  MeasuresAndScreens1796020000000,
  ReferralsAndConsents1796030000000,
  ProgramMeasureInterval1796040000000,
  ProgressNotes1796100000000,
  SessionSetByHand1796110000000,
  DischargeAndFollowUp1796130000000,
  CrisisSupport1796140000000,
  AuditPartitions1796150000000,
  ApiTokensAndFhirExport1796170000000,
  NotePolicyVersion1796200000000,
  ResourceReverifyDays1796210000000,
  ProgramFollowUpSettings1796220000000,
  EpisodeReadmissionLink1796220000001,
  FollowUpDischargeIndex1796260000000,
  ResourceReverifyDue1796300000000,
  ClientPreferredLanguage1796301000000,
  SessionChangeNotify1796302000000,
  AuditSealBatched1796400000000,
];
