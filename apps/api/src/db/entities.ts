import { BreakGlassGrant } from '../modules/access/break-glass-grant.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { PasswordLink } from '../modules/auth/password-link.entity.js';
import { SignInThrottle, StaffSession } from '../modules/auth/staff-session.entity.js';
import { Assessment } from '../modules/assessment/assessment.entity.js';
import {
  EpisodeTransition,
  LevelOfCareChange,
} from '../modules/episode/episode-transition.entity.js';
import {
  GoalProgress,
  PlanGoal,
  PlanIntervention,
  PlanObjective,
  PlanProblem,
  PlanReview,
  PlanSignature,
  TreatmentPlan,
} from '../modules/treatment-plan/treatment-plan.entity.js';
import { PlanStatusChange } from '../modules/treatment-plan/status-change.entity.js';
import { Client } from '../modules/client/client.entity.js';
import { ClientContact } from '../modules/client/client-contact.entity.js';
import {
  IntakeScreening,
  ScreeningEscalation,
} from '../modules/screening/intake-screening.entity.js';
import { Episode } from '../modules/episode/episode.entity.js';
import { MfaRecoveryCode, SignInChallenge, StaffMfa } from '../modules/mfa/mfa.entity.js';
import { Program } from '../modules/program/program.entity.js';
import { ProgramSettingsVersion } from '../modules/program/program-settings-version.entity.js';
import { Staff, StaffProgramRole } from '../modules/staff/staff.entity.js';
import {
  GroupEnrollment,
  GroupFacilitator,
  GroupScheduleException,
  TherapyGroup,
} from '../modules/group/group.entity.js';
import {
  ClinicalSession,
  ClinicalSessionParticipant,
  ClinicalSessionStaff,
} from '../modules/clinical-session/clinical-session.entity.js';
import { Attendance } from '../modules/attendance/attendance.entity.js';
import { SafetyFollowUp } from '../modules/assessment/safety-follow-up.entity.js';
import { DrugScreen, RandomScreeningPick } from '../modules/drug-screen/drug-screen.entity.js';
import { CommunityResource } from '../modules/community-resource/community-resource.entity.js';
import { Consent } from '../modules/consent/consent.entity.js';
import { Disclosure } from '../modules/consent/disclosure.entity.js';
import { Referral, ReferralStatusChange } from '../modules/referral/referral.entity.js';
import {
  CounselingNote,
  GroupNote,
  ProgramNotePolicy,
  ProgressNote,
  ProgressNoteAmendment,
} from '../modules/progress-note/progress-note.entity.js';
import { Discharge } from '../modules/discharge/discharge.entity.js';
import { FollowUpContact } from '../modules/follow-up/follow-up.entity.js';
import { CrisisContact, OnCallShift } from '../modules/crisis/crisis.entity.js';
import { ApiToken } from '../modules/api-token/api-token.entity.js';

/** Listed as classes, not globs, so vitest and compiled code load the same set. */
export const entities = [
  Program,
  Staff,
  StaffProgramRole,
  Client,
  ClientContact,
  Episode,
  StaffSession,
  SignInThrottle,
  PasswordLink,
  AuditEvent,
  BreakGlassGrant,
  EpisodeTransition,
  LevelOfCareChange,
  Assessment,
  TreatmentPlan,
  PlanProblem,
  PlanGoal,
  PlanObjective,
  PlanIntervention,
  PlanSignature,
  PlanReview,
  GoalProgress,
  ProgramSettingsVersion,
  StaffMfa,
  MfaRecoveryCode,
  SignInChallenge,
  PlanStatusChange,
  TherapyGroup,
  GroupFacilitator,
  GroupScheduleException,
  GroupEnrollment,
  ClinicalSession,
  ClinicalSessionStaff,
  ClinicalSessionParticipant,
  Attendance,
  SafetyFollowUp,
  DrugScreen,
  RandomScreeningPick,
  IntakeScreening,
  ScreeningEscalation,
  CommunityResource,
  Consent,
  Disclosure,
  Referral,
  ReferralStatusChange,
  ProgressNote,
  ProgressNoteAmendment,
  GroupNote,
  CounselingNote,
  ProgramNotePolicy,
  Discharge,
  FollowUpContact,
  OnCallShift,
  CrisisContact,
  ApiToken,
];
