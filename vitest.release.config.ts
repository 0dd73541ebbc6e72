import {defineConfig} from 'vitest/config'

// `npm run test:release`: the package as users get it (the tarball installed in a
// fresh project), the browser bundle and its size, and the README’s generated tables.
export default defineConfig({
  test: {
    include: ['tests/release/**/*.test.ts'],
    globalSetup: ['tests/setup/build-dist.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000
  }
})
