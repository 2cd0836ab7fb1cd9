import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and .mjs copies. Node (and so Apollo and type-graphql) loads the
    // CommonJS one; Vite would give our source the .mjs one, and `instanceof GraphQLError` would
    // then fail across the two. One copy for everyone, as in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test-support/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The files run one after another in one process that keeps its modules: otherwise each of
    // the ~90 files imports the schema, TypeORM and Apollo afresh, ~1 s each on an idle machine
    // and several on CI's loaded one, twice per CI run (PostgreSQL 15 and 18). Nothing here
    // mocks a module, fakes timers or edits process.env, and each file closes what it opens.
    isolate: false,
  },
});
