import {defineConfig} from 'vitest/config'

// `npm run test:stress`: inputs built to make a matcher slow (one paragraph of
// quote marks, one huge word…), each ~200 KB and linted within a time limit.
// They guard against quadratic regressions, not the findings on everyday
// input, and they are the slowest file by far, so they run apart from
// `npm test`; CI runs them.
export default defineConfig({
  test: {
    include: ['tests/stress/**/*.test.ts'],
    testTimeout: 60_000
  }
})
