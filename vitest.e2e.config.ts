import {defineConfig} from 'vitest/config'

// `npm run test:e2e`: tests that start child processes — the built CLI (exit codes,
// stdout and stderr, `--fix` on disk, `--jsonl` streaming, the README’s console
// sessions) and the language server over stdio. `dist/` is built first when stale.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/setup/build-dist.ts'],
    testTimeout: 60_000
  }
})
