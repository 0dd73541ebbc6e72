import {configDefaults, defineConfig} from 'vitest/config'

// `npm test`: everything that runs in-process. Child processes (the built CLI, the
// language server) are `npm run test:e2e` (vitest.e2e.config.ts); the package as
// published, the bundle and the generated tables are `npm run test:release`
// (vitest.release.config.ts); the playground in Chromium is `npm run test:browser`.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/e2e/**', 'tests/release/**', 'tests/browser/**'],
    // The native English corpus, read and linted once per run for the tests that need it.
    globalSetup: ['tests/setup/native-corpus.ts'],
    testTimeout: 60_000
  }
})
