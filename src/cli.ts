#!/usr/bin/env node
import {existsSync} from 'node:fs'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {loadBundle} from './cli/code-cache.js'
import {holdOptimiser, useMtlintV8Flags} from './cli/heap.js'

const argv = process.argv.slice(2)
// Built, the CLI is one bundle beside this file, compiled through V8’s code cache (`cli/code-cache.ts`).
const bundle = fileURLToPath(new URL('./cli-bundle.js', import.meta.url))
if (import.meta.url.endsWith('.js') && existsSync(bundle)) {
  // V8 takes a cache only under the flags it was made with: these, set before the bundle is compiled.
  useMtlintV8Flags()
  holdOptimiser()
  const cli = loadBundle(bundle)
  process.once('exit', () => {
    // A run that linted and reported (one that only printed its help compiled little of the CLI),
    // with the flags of a start (a long input released the optimiser).
    if (!(cli.exports['status'] as {reported: boolean}).reported) return
    holdOptimiser()
    cli.saveCache()
  })
  ;(cli.exports['start'] as (argv: readonly string[]) => void)(argv)
} else {
  ;(await import('./cli/start.js')).start(argv)
}
