import {configDefaults, defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Chromium tests: `npm run test:browser` (vitest.browser.config.ts).
    exclude: [...configDefaults.exclude, 'tests/browser/**'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000
  }
})
