#!/usr/bin/env node
import process from 'node:process'
import {useMtlintV8Flags} from './cli/heap.js'
import {main} from './cli/run.js'

useMtlintV8Flags()
// Not awaited: a run whose plugin never finishes must reach `exit.ts`’s check, not Node’s unsettled top-level await.
main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write('mtlint: ' + String((error as Error)?.message ?? error) + '\n')
  process.exit(2)
})
