#!/usr/bin/env node
import process from 'node:process'
import {holdOptimiser, useMtlintV8Flags} from './cli/heap.js'

// Before the rules are loaded: their tables are built once, and TurboFan would compile their builders.
useMtlintV8Flags()
holdOptimiser()
// Not awaited: a run whose plugin never finishes must reach `exit.ts`’s check, not Node’s unsettled top-level await.
import('./cli/run.js')
  .then(({main}) => main(process.argv.slice(2)))
  .catch((error: unknown) => {
    process.stderr.write('mtlint: ' + String((error as Error)?.message ?? error) + '\n')
    process.exit(2)
  })
