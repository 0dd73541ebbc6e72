import {availableParallelism} from 'node:os'
import {configDefaults, defineConfig} from 'vitest/config'
import {BaseSequencer, type TestSpecification} from 'vitest/node'

// The files whose property tests take most of the run's time: started first, so that the
// other files fill the other cores meanwhile. Vitest orders the files it has no timings
// for (a fresh clone, as in CI) by size, and these are small.
const slowest = ['tests/properties-markup.test.ts', 'tests/incremental.test.ts']

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = slowest.findIndex((name) => file.moduleId.endsWith(name))
      return index === -1 ? slowest.length : index
    }
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b))
  }
}

// `npm test`: everything that runs in-process. Child processes (the built CLI, the
// language server) are `npm run test:e2e` (vitest.e2e.config.ts); the package as
// published, the bundle and the generated tables are `npm run test:release`
// (vitest.release.config.ts); inputs built to be slow are `npm run test:stress`
// (vitest.stress.config.ts); the playground in Chromium is `npm run test:browser`.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/e2e/**', 'tests/release/**', 'tests/stress/**', 'tests/browser/**'],
    // The native English corpus, read and linted once per run for the tests that need it.
    globalSetup: ['tests/setup/native-corpus.ts'],
    setupFiles: ['tests/setup/trees.ts'],
    // Vitest runs `cores - 1` files at a time by default: one on the 2-core CI machine.
    maxWorkers: availableParallelism(),
    sequence: {sequencer: SlowestFirst},
    // One module graph per worker, not per file: each file importing the whole rule stack
    // again cost about 40% of the suite's CPU time. No test file mocks modules or leaves
    // global state behind (the one that fakes timers restores them).
    isolate: false,
    testTimeout: 60_000
  }
})
