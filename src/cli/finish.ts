import type {VFile} from 'vfile'
import {reporter as pretty} from 'vfile-reporter'
import {compareMessage} from 'vfile-sort'
import {github} from '../reporters/github.js'
import {json} from '../reporters/json.js'
import {sarif} from '../reporters/sarif.js'
import {displayPath, type Reporter, type ReporterOptions} from '../reporters/shared.js'
import {density, summary} from '../reporters/summary.js'
import {foldCauses, hasFailure, isFailure} from './failures.js'
import {fixToFixpoint, unifiedDiff, writeAtomically} from './fix-files.js'
import {status} from './status.js'

/** Reporters printed on stdout, for machines; the pretty report goes to stderr. */
const machineReporters: Readonly<Record<string, Reporter>> = {json, github, sarif}

/** The names `--report` takes. */
export const reportNames: readonly string[] = ['pretty', ...Object.keys(machineReporters)]

/** What the CLI passes on to the end of its run (through unified-engine’s reporter options). */
export interface FinishOptions extends ReporterOptions {
  report?: string
  fix?: boolean
  fixDryRun?: boolean
  stats?: boolean
  silentlyIgnore?: boolean
}

/**
 * The end of a CLI run, plugged in as unified-engine’s reporter because that
 * is where every file arrives with its messages: fix (`--fix`,
 * `--fix-dry-run`), report, `--stats`, the summary line, and the exit status.
 * Returns what goes to stderr.
 */
export default async function finish(files: VFile[], options: FinishOptions): Promise<string> {
  const out: string[] = []
  const err: string[] = []
  let fixed = 0

  for (const file of files) {
    file.messages.sort(compareMessage)
    if (!options.verbose) for (const message of file.messages) if (isFailure(message)) foldCauses(message)
    if ((options.fix || options.fixDryRun) && !hasFailure(file)) {
      if (await fixFile(file, options, out)) fixed++
    }
    if (hasFailure(file)) status.failed = true
  }

  if (files.length === 0 && !options.silentlyIgnore) {
    status.failed = true
    err.push('mtlint: no files to lint (folders are searched for .txt, .text, .md, .markdown, .html and .htm files)')
  }

  const machine = options.report ? machineReporters[options.report] : undefined
  if (machine) out.push(machine(files, options))
  else if (files.length > 0) err.push(pretty(files, options))
  if (options.stats && files.length > 0) err.push(density(files))
  if (!options.silent) err.push(summary(files, options.fix ? fixed : 0))

  for (const chunk of out) if (chunk) process.stdout.write(chunk.endsWith('\n') ? chunk : chunk + '\n')
  status.reported = true
  return err.filter(Boolean).join('\n')
}

/** Fixes one file (or shows the diff); resolves with whether its text changed. */
async function fixFile(file: VFile, options: FinishOptions, out: string[]): Promise<boolean> {
  const before = String(file)
  const {text, messages} = await fixToFixpoint(file)
  if (text === before) return false
  const fromStdin = Boolean(file.data.unifiedEngineStreamIn)
  if (options.fixDryRun) {
    out.push(unifiedDiff(displayPath(file), before, text))
    return true
  }
  if (fromStdin) {
    out.push(text)
  } else {
    try {
      await writeAtomically(file.path, text)
    } catch (error) {
      file.message('Cannot write fixed file', {cause: error as Error}).fatal = true
      if (!options.verbose) foldCauses(file.messages[file.messages.length - 1]!)
      return false
    }
  }
  file.messages = messages
  return true
}
