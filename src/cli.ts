#!/usr/bin/env node
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {args} from 'unified-args'
import {mtlintArgv, mtlintHelp, type Argv} from './cli/argv.js'
import {useMtlintConfiguration} from './cli/configuration.js'
import {useMtlintV8Flags} from './cli/heap.js'
import {checkInput} from './cli/input.js'
import {jsonl} from './cli/jsonl.js'
import {exitCode} from './cli/status.js'
import {extensions} from './formats/format.js'
import {packageInfo} from './package-info.js'
import {checkPresetOptions} from './preset.js'
import {processor, readsNoTree} from './processor.js'

useMtlintV8Flags()

// Many documents through a pipe: records on stdin, results on stdout, no files.
if (process.argv.includes('--jsonl')) {
  const code = await jsonl(process.argv.slice(2), checkPresetOptions)
  // Exit once stdout has taken everything (writes to a pipe complete later).
  await new Promise((resolve) => process.stdout.write('', resolve))
  process.exit(code)
}

let argv: Argv
try {
  // unified-engine loads reporters by name or path (a `file:` URL would get its `vfile-reporter-` prefix).
  const finish = fileURLToPath(new URL('finish.js', import.meta.url))
  argv = mtlintArgv(process.argv.slice(2), finish, Boolean(process.stderr.isTTY))
} catch (error) {
  process.stderr.write('mtlint: ' + (error as Error).message + '\n')
  process.exit(2)
}

// One-line errors: stack traces only with `--verbose`.
if (!argv.verbose) Error.stackTraceLimit = 0
process.argv.splice(2, Infinity, ...argv.args)
process.on('exit', () => {
  process.exitCode = exitCode(Number(process.exitCode) || undefined)
})
useMtlintConfiguration(checkPresetOptions)

// Bytes that are not UTF-8 text are refused before parsing (see `cli/input.ts`).
// The check reads no tree: plain text then needs none, unless the run prints it.
if (!argv.trees) readsNoTree(checkInput)
args({
  processor: processor().use(checkInput),
  name: 'mtlint',
  description: packageInfo.description,
  version: packageInfo.version,
  extensions: [...extensions],
  ignoreName: '.mtlintignore',
  packageField: 'mtlint',
  pluginPrefix: 'mtlint',
  rcName: '.mtlintrc'
})

if (argv.help) process.stdout.write(mtlintHelp)
