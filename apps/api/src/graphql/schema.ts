import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuditEventResolver, BreakGlassResolver } from '../modules/access/access.resolver.js';
import { AuditChainResolver } from '../modules/audit/audit-chain.resolver.js';
import { MyAccountResolver } from '../modules/account/my-account.resolver.js';
import { ApiTokenResolver } from '../modules/api-token/api-token.resolver.js';
import { FhirResolver } from '../modules/fhir/fhir.resolver.js';
import { AuthResolver, ProgramRoleResolver } from '../modules/auth/auth.resolver.js';
import { PasswordLinkResolver } from '../modules/auth/password-link.resolver.js';
import { ClientConflict } from '../modules/client/client-save-result.js';
import { ClientResolver } from '../modules/client/client.resolver.js';
import { ClientContactResolver } from '../modules/client/client-contact.resolver.js';
import { ClientContactConflict } from '../modules/client/client-contact-save-result.js';
import {
  AssessmentResolver,
  EpisodeResolver,
  EpisodeTransitionResolver,
} from '../modules/episode/episode.resolver.js';
import { EpisodeConflict } from '../modules/episode/episode-save-result.js';
import {
  CensusCountResolver,
  ClinicianCaseloadResolver,
  DashboardClientRowResolver,
  DashboardResolver,
  WorklistItemResolver,
} from '../modules/dashboard/dashboard.resolver.js';
import { IntakeResolver } from '../modules/episode/intake.resolver.js';
import {
  EpisodeLevelOfCareResolver,
  LevelOfCareChangeResolver,
} from '../modules/episode/level-of-care.resolver.js';
import { MfaResolver } from '../modules/mfa/mfa.resolver.js';
import {
  ProgramConflictResolver,
  ProgramResolver,
  ProgramSettingsVersionResolver,
} from '../modules/program/program.resolver.js';
import { StaffResolver } from '../modules/staff/staff.resolver.js';
import {
  StaffAccountResolver,
  StaffConflictResolver,
} from '../modules/staff-admin/staff-account.resolver.js';
import { CareTeamReassignmentResolver } from '../modules/staff-admin/care-team-reassignment.resolver.js';
import { SetupStatusResolver } from '../modules/staff-admin/setup-status.resolver.js';
import { EpisodeTreatmentPlanResolver } from '../modules/treatment-plan/episode-plan.resolver.js';
import {
  GoalProgressResolver,
  PlanGoalResolver,
  PlanInterventionResolver,
  PlanObjectiveResolver,
  PlanProblemResolver,
  PlanReviewResolver,
  PlanSignatureResolver,
} from '../modules/treatment-plan/plan-content.resolver.js';
import { EpisodeWorklistResolver } from '../modules/dashboard/episode-worklist.resolver.js';
import { planConflictResolvers } from '../modules/treatment-plan/plan-save-results.js';
import {
  PlanGoalStatusHistoryResolver,
  PlanObjectiveStatusHistoryResolver,
  PlanStatusChangeResolver,
} from '../modules/treatment-plan/status-history.resolver.js';
import { TreatmentPlanResolver } from '../modules/treatment-plan/treatment-plan.resolver.js';
import {
  AttendanceResolver,
  EpisodeAttendanceResolver,
  TodaySessionResolver,
} from '../modules/attendance/attendance.resolver.js';
import {
  ConsentResolver,
  DisclosureResolver,
  EpisodeConsentResolver,
} from '../modules/consent/consent.resolver.js';
import { ConsentConflict } from '../modules/consent/consent-save-result.js';
import {
  EpisodeReferralResolver,
  PlanGoalReferralResolver,
  ReferralResolver,
} from '../modules/referral/referral.resolver.js';
import { ReferralConflict } from '../modules/referral/referral-save-result.js';
import {
  AftercareWorkResolver,
  DischargeResolver,
  EpisodeDischargeResolver,
  FollowUpContactResolver,
} from '../modules/discharge/discharge.resolver.js';
import {
  DischargeConflict,
  FollowUpContactConflict,
} from '../modules/discharge/discharge-save-result.js';
import { CommunityResourceResolver } from '../modules/community-resource/community-resource.resolver.js';
import { CommunityResourceExchangeResolver } from '../modules/community-resource/community-resource-exchange.resolver.js';
import {
  ConsentsExpiringResolver,
  ConsentClientResolver,
} from '../modules/consent/consents-expiring.resolver.js';
import { ReferralCompletionResolver } from '../modules/referral/referral-completion.resolver.js';
import { ResourcesToReverifyResolver } from '../modules/community-resource/resources-to-reverify.resolver.js';
import {
  ReferralClientResolver,
  ReferralWorklistResolver,
} from '../modules/referral/referral-worklist.resolver.js';
import { ClientTimelineResolver } from '../modules/timeline/timeline.resolver.js';

import { GroupEnrollmentResolver, GroupResolver } from '../modules/group/group.resolver.js';
import { GroupEnrollmentConflict } from '../modules/group/group-save-results.js';
import {
  ClientSessionsResolver,
  ClinicalSessionResolver,
  EpisodeSessionsResolver,
} from '../modules/clinical-session/clinical-session.resolver.js';
import { ClinicalSessionConflictResolver } from '../modules/clinical-session/clinical-session-save-result.js';
import {
  EpisodeMeasuresResolver,
  MeasureScoreResolver,
  SafetyFollowUpResolver,
} from '../modules/measure/measure.resolver.js';
import {
  DrugScreenResolver,
  EpisodeDrugScreenResolver,
  RandomScreeningPickResolver,
} from '../modules/drug-screen/drug-screen.resolver.js';
import { DrugScreenConflict } from '../modules/drug-screen/drug-screen-save-result.js';
import {
  EpisodeScreeningResolver,
  IntakeScreeningResolver,
  ScreeningEscalationResolver,
} from '../modules/screening/intake-screening.resolver.js';
import { IntakeScreeningConflict } from '../modules/screening/intake-screening-save-result.js';
import {
  CounselingNoteResolver,
  EpisodeProgressNotesResolver,
  ProgressNoteAmendmentResolver,
  ProgressNoteResolver,
} from '../modules/progress-note/progress-note.resolver.js';
import { ProgressNoteConflict } from '../modules/progress-note/progress-note-save-result.js';
import {
  ChartNoteResolver,
  ClientChartNotesResolver,
} from '../modules/progress-note/chart-notes.resolver.js';
import { ProgramNotePolicyResolver } from '../modules/progress-note/note-policy.resolver.js';
import { CrisisContactResolver, OnCallShiftResolver } from '../modules/crisis/crisis.resolver.js';
import { authChecker } from './auth-checker.js';
import { validateArguments } from './validate-arguments.js';
import { AftercareFiguresResolver } from '../modules/aftercare-figures/aftercare-figures.resolver.js';

export const resolvers = [
  AuthResolver,
  MfaResolver,
  ProgramRoleResolver,
  PasswordLinkResolver,
  MyAccountResolver,
  ApiTokenResolver,
  FhirResolver,
  ProgramResolver,
  ProgramSettingsVersionResolver,
  ProgramConflictResolver,
  StaffResolver,
  StaffAccountResolver,
  StaffConflictResolver,
  CareTeamReassignmentResolver,
  SetupStatusResolver,
  ClientResolver,
  ClientContactResolver,
  EpisodeResolver,
  EpisodeTransitionResolver,
  AssessmentResolver,
  IntakeResolver,
  EpisodeLevelOfCareResolver,
  LevelOfCareChangeResolver,
  BreakGlassResolver,
  AuditEventResolver,
  AuditChainResolver,
  DashboardResolver,
  DashboardClientRowResolver,
  WorklistItemResolver,
  EpisodeWorklistResolver,
  CensusCountResolver,
  ClinicianCaseloadResolver,
  TreatmentPlanResolver,
  EpisodeTreatmentPlanResolver,
  PlanProblemResolver,
  PlanGoalResolver,
  PlanObjectiveResolver,
  PlanInterventionResolver,
  PlanSignatureResolver,
  PlanReviewResolver,
  GoalProgressResolver,
  PlanGoalStatusHistoryResolver,
  PlanObjectiveStatusHistoryResolver,
  PlanStatusChangeResolver,
  // The `current` field of each <Record>Conflict a stale save answers.
  ClientConflict.resolver,
  ClientContactConflict.resolver,
  EpisodeConflict.resolver,
  ...planConflictResolvers,
  GroupResolver,
  GroupEnrollmentResolver,
  GroupEnrollmentConflict.resolver,
  ClinicalSessionResolver,
  ClinicalSessionConflictResolver,
  ClientSessionsResolver,
  EpisodeSessionsResolver,
  ClientTimelineResolver,
  AttendanceResolver,
  EpisodeAttendanceResolver,
  TodaySessionResolver,
  EpisodeMeasuresResolver,
  MeasureScoreResolver,
  SafetyFollowUpResolver,
  EpisodeDrugScreenResolver,
  DrugScreenResolver,
  RandomScreeningPickResolver,
  DrugScreenConflict.resolver,
  EpisodeScreeningResolver,
  IntakeScreeningResolver,
  ScreeningEscalationResolver,
  IntakeScreeningConflict.resolver,
  EpisodeConsentResolver,
  DisclosureResolver,
  ConsentResolver,
  ConsentConflict.resolver,
  EpisodeReferralResolver,
  PlanGoalReferralResolver,
  ReferralResolver,
  ReferralConflict.resolver,
  CommunityResourceResolver,
  ProgressNoteResolver,
  ProgressNoteAmendmentResolver,
  EpisodeProgressNotesResolver,
  CounselingNoteResolver,
  ProgressNoteConflict.resolver,
  ClientChartNotesResolver,
  ChartNoteResolver,
  ProgramNotePolicyResolver,
  EpisodeDischargeResolver,
  DischargeResolver,
  FollowUpContactResolver,
  DischargeConflict.resolver,
  FollowUpContactConflict.resolver,
  AftercareWorkResolver,
  OnCallShiftResolver,
  CrisisContactResolver,
  CommunityResourceExchangeResolver,
  AftercareFiguresResolver,
  ReferralWorklistResolver,
  ReferralClientResolver,
  ResourcesToReverifyResolver,
  ConsentsExpiringResolver,
  ConsentClientResolver,
  ReferralCompletionResolver,
] as const;

export function buildWaypointSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    // One function validates every argument: it authorises the record an operation targets
    // first, then applies the checks every input gets, then the input class's rules.
    validateFn: validateArguments,
    authChecker,
    authMode: 'error',
  });
}
