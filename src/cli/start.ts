import process from 'node:process'
import {holdOptimiser, useMtlintV8Flags} from './heap.js'

export {status} from './status.js'

/** Runs the CLI on `argv` (the arguments after the script). */
export function start(argv: readonly string[]): void {
  // Before the rules are loaded: their tables are built once, and TurboFan would compile their builders.
  useMtlintV8Flags()
  holdOptimiser()
  // Not awaited: a run whose plugin never finishes must reach `exit.ts`’s check, not Node’s unsettled top-level await.
  import('./run.js')
    .then(({main}) => main(argv))
    .catch((error: unknown) => {
      process.stderr.write('mtlint: ' + String((error as Error)?.message ?? error) + '\n')
      process.exit(2)
    })
}
