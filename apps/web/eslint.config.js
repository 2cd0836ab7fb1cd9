import root from '../../eslint.config.js';

// The root config's ignore patterns are written from the repository root; when ESLint runs here
// (`pnpm --filter @waypoint/web lint`) they resolve from apps/web, so repeat the web ones.
export default [{ ignores: ['src/gql/**', 'dist/**'] }, ...root];
