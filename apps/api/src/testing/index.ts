export * from './factories.js';
export * from './scratch-database.js';
export { createDataSource } from '../db/data-source.js';
export { migrate } from '../db/database.js';
export { provisionRoles, type DatabaseRoles } from '../db/database-roles.js';
export { hashPassword } from '../modules/auth/password.js';
export { recomputeReviewClock } from '../modules/treatment-plan/plan-clock.js';
export { issuePasswordLink } from '../modules/auth/password-link.service.js';
export {
  createTestGroup,
  enrol,
  createGroupSession,
} from '../modules/attendance/attendance-fixtures.js';
export { flagResourcesToReverify } from '../jobs/resource-jobs.js';
