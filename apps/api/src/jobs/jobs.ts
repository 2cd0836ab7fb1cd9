import type { ScheduledJob } from './job-runner.js';
import { referralJobs } from './referral-jobs.js';
import { auditPartitionJobs } from './audit-partition-jobs.js';
import { aftercareJobs } from './aftercare-jobs.js';
import { resourceJobs } from './resource-jobs.js';

/** Every background job of the API; a feature appends its own list here. */
export const allJobs: readonly ScheduledJob[] = [
  ...referralJobs,
  ...auditPartitionJobs,
  ...aftercareJobs,
  ...resourceJobs,
];
