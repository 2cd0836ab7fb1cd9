// Moved to `testing/` so the end-to-end suite can start an empty install too; kept here for the
// suites that import it from this folder.
export {
  createScratchDatabase,
  type ScratchDatabaseOnServer,
} from '../testing/scratch-database.js';
