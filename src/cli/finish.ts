import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter as pretty} from 'vfile-reporter'
import {compareMessage} from 'vfile-sort'
import {github} from '../reporters/github.js'
import {json} from '../reporters/json.js'
import {rules} from '../preset.js'
import {sarifReporter} from '../reporters/sarif.js'
import {displayPath, type Reporter, type ReporterOptions} from '../reporters/shared.js'
import {density, summary} from '../reporters/summary.js'
import {foldCauses, hasFailure, isFailure} from './failures.js'
import {fixToFixpoint, prepareWrite, unifiedDiff, type PendingWrite} from './fix-files.js'
import {status} from './status.js'

/** Reporters printed on stdout, for machines; the pretty report goes to stderr. */
const machineReporters: Readonly<Record<string, Reporter>> = {json, github, sarif: sarifReporter(rules)}

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

  for (const file of files) {
    file.messages.sort(compareMessage)
    if (!options.verbose) for (const message of file.messages) if (isFailure(message)) foldCauses(message)
  }
  const failed = files.filter((file) => hasFailure(file))
  let fixed = 0
  let fixNote: string | undefined
  if (options.fixDryRun) {
    for (const file of files) if (!hasFailure(file) && (await fixDryRun(file, out))) fixed++
  } else if (options.fix) {
    // All files or none: one that could not be read, configured or linted stops every write.
    if (failed.length === 0) fixed = await fixAll(files, options, out)
    else if (files.length > failed.length) fixNote = notFixed(failed.length)
  }
  if (files.some((file) => hasFailure(file))) status.failed = true

  if (files.length === 0 && !options.silentlyIgnore) {
    status.failed = true
    err.push('mtlint: no files to lint (folders are searched for .txt, .text, .md, .markdown, .html and .htm files)')
  }

  const machine = options.report ? machineReporters[options.report] : undefined
  if (machine) out.push(machine(files, options))
  else if (files.length > 0) err.push(pretty(files, options))
  if (options.stats && files.length > 0) err.push(density(files))
  if (fixNote) err.push(fixNote)
  if (!options.silent) err.push(summary(files, options.fix ? fixed : 0))

  for (const chunk of out) if (chunk) process.stdout.write(chunk.endsWith('\n') ? chunk : chunk + '\n')
  status.reported = true
  return err.filter(Boolean).join('\n')
}

function notFixed(failures: number): string {
  return (
    'mtlint: --fix wrote no file: ' +
    (failures === 1 ? '1 file' : failures + ' files') +
    ' could not be linted (--fix writes every file or none)'
  )
}

/** `--fix-dry-run`: the diff of one file; resolves with whether it would change. */
async function fixDryRun(file: VFile, out: string[]): Promise<boolean> {
  const before = String(file)
  const {text} = await fixToFixpoint(file)
  if (text === before) return false
  out.push(unifiedDiff(displayPath(file), before, text))
  return true
}

/**
 * `--fix`: fixes every file, writes each fixed text beside its file, and only
 * when all are written replaces the files (atomic renames); a file that cannot
 * be written leaves every file as it was. stdin’s fixed text goes to stdout.
 * Resolves with the number of files fixed.
 */
async function fixAll(files: readonly VFile[], options: FinishOptions, out: string[]): Promise<number> {
  const changed: Array<{file: VFile; messages: VFileMessage[]; pending?: PendingWrite}> = []
  for (const file of files) {
    try {
      const before = String(file)
      const {text, messages} = await fixToFixpoint(file)
      if (text === before) continue
      if (file.data.unifiedEngineStreamIn) out.push(text)
      changed.push({file, messages, pending: file.data.unifiedEngineStreamIn ? undefined : await prepareWrite(file.path, text)})
    } catch (error) {
      for (const {pending} of changed) await pending?.abort()
      failure(file, 'Cannot fix file', error, options)
      return 0
    }
  }
  let fixed = 0
  for (const {file, messages, pending} of changed) {
    try {
      await pending?.commit()
      file.messages = messages
      fixed++
    } catch (error) {
      failure(file, 'Cannot write fixed file', error, options)
    }
  }
  return fixed
}

function failure(file: VFile, reason: string, cause: unknown, options: FinishOptions): void {
  const message = file.message(reason, {cause: cause as Error})
  message.fatal = true
  if (!options.verbose) foldCauses(message)
}
