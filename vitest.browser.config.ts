import {defineConfig} from 'vitest/config'

// `npm run test:browser`: the playground in a real Chromium (Debian's, see tests/browser/chromium.ts).
// Kept out of `npm test` so that the main suite runs where no browser is installed.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
