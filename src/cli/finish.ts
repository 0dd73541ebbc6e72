import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {compareMessage} from 'vfile-sort'
import {rules} from '../preset.js'
import {displayPath, type Reporter, type ReporterOptions} from '../reporters/shared.js'
import {density, summary} from '../reporters/summary.js'
import {foldCauses, hasFailure, isFailure} from './failures.js'
import type {PendingWrite} from './fix-files.js'
import type {FixLevel, ReportName} from './parse-argv.js'
import {pretty} from './pretty.js'
import {status} from './status.js'

/**
 * Reporters printed on stdout, for machines; the pretty report goes to stderr.
 * Each is loaded when asked for, as is `--fix`’s code (`fix-files.ts`, with
 * `diff` and `node:crypto`): a run loads only what it reports with.
 */
const machineReporters: Readonly<Record<Exclude<ReportName, 'pretty'>, () => Promise<Reporter>>> = {
  json: async () => (await import('../reporters/json.js')).json,
  github: async () => (await import('../reporters/github.js')).github,
  sarif: async () => (await import('../reporters/sarif.js')).sarifReporter(rules)
}

const fixFiles = () => import('./fix-files.js')

/** What the end of a CLI run needs besides the files. */
export interface FinishOptions extends ReporterOptions {
  report: ReportName
  fix: boolean
  fixDryRun: boolean
  fixLevel: FixLevel
  stats: boolean
  silentlyIgnore: boolean
  /** One-line notices of the folder walk (files skipped), printed first. */
  notices: readonly string[]
  /** The bytes read from stdin, which `--fix` passes through when it cannot fix them. */
  stdin?: Uint8Array
  /** The extensions folders are searched for, for the “no files” error. */
  extensions: readonly string[]
  /** The pretty report’s cap on messages (0: none). */
  maxMessages: number
  /** The terminal’s width, when stderr is one. */
  width?: number | undefined
}

/** What a run prints: stdout chunks in order (text as is), and the stderr report. */
export interface Finished {
  stdout: Array<string | Uint8Array>
  stderr: string
}

/**
 * The end of a CLI run, where every file arrives with its messages (it is
 * unified-engine’s reporter): fix (`--fix`, `--fix-dry-run`), report,
 * `--stats`, the summary line, and the exit status.
 */
export async function finish(files: VFile[], options: FinishOptions): Promise<Finished> {
  const out: Array<string | Uint8Array> = []
  // Notes of `--fix`, printed after the report.
  const notes: string[] = []

  for (const file of files) {
    file.messages.sort(compareMessage)
    if (!options.verbose) for (const message of file.messages) if (isFailure(message)) foldCauses(message)
  }
  const failed = files.filter((file) => hasFailure(file))
  let fixed = 0
  if (options.fixDryRun) {
    for (const file of files) if (!hasFailure(file) && (await fixDryRun(file, options.fixLevel, out))) fixed++
  } else if (options.fix) {
    const stdin = files.find((file) => file.data.unifiedEngineStreamIn)
    if (stdin) fixed = await fixStdin(stdin, options, out)
    // All files or none: one that could not be read, configured or linted stops every write.
    else if (failed.length === 0) fixed = await fixAll(files, options, notes)
    else if (files.length > failed.length) notes.push(notFixed(failed.length + (failed.length === 1 ? ' file' : ' files') + ' could not be linted'))
  }
  if (files.some((file) => hasFailure(file))) status.failed = true

  const err: string[] = [...options.notices]
  if (files.length === 0 && !options.silentlyIgnore) {
    status.failed = true
    err.push('mtlint: no files to lint (folders are searched for ' + listOf(options.extensions) + ' files)')
  }

  const machine = options.report === 'pretty' ? undefined : await machineReporters[options.report]()
  if (machine) out.push(withNewline(machine(files, options)))
  else if (files.length > 0) err.push(pretty(files, options))
  if (options.stats && files.length > 0) out.push(density(files) + '\n')
  err.push(...notes)
  if (!options.silent) err.push(summary(files, options.fix ? fixed : 0))

  status.reported = true
  return {stdout: out, stderr: err.filter(Boolean).join('\n')}
}

function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : text + '\n'
}

function listOf(extensions: readonly string[]): string {
  const names = extensions.map((extension) => extension.replace(/^\.?/, '.'))
  return names.length < 2 ? names.join('') : names.slice(0, -1).join(', ') + ' and ' + names.at(-1)
}

function notFixed(why: string): string {
  return 'mtlint: --fix wrote no file: ' + why + ' (--fix writes every file or none)'
}

/** `--fix-dry-run`: the diff of one file; resolves with whether it would change. */
async function fixDryRun(file: VFile, level: FixLevel, out: Array<string | Uint8Array>): Promise<boolean> {
  const {fixToFixpoint, unifiedDiff} = await fixFiles()
  const before = String(file)
  const {text} = await fixToFixpoint(file, level)
  if (text === before) return false
  out.push(unifiedDiff(displayPath(file), before, text))
  return true
}

/**
 * `--fix` on stdin, a filter: stdout gets the fixed text, or the text as it
 * came when there is nothing to fix, or the bytes as they came when they
 * could not be linted (not UTF-8, a bad configuration). Resolves with 1 when fixed.
 */
async function fixStdin(file: VFile, options: FinishOptions, out: Array<string | Uint8Array>): Promise<number> {
  if (hasFailure(file)) {
    out.push(options.stdin ?? String(file))
    return 0
  }
  const {fixToFixpoint} = await fixFiles()
  const before = String(file)
  const {text, messages} = await fixToFixpoint(file, options.fixLevel)
  out.push(text)
  file.messages = messages
  return text === before ? 0 : 1
}

/**
 * `--fix` on files: fixes every file, writes each fixed text beside its
 * file, and only when all are written and each file is still the one read
 * replaces them (`fix-files.ts`); a file that cannot be written, or that
 * changed, leaves every file as it was. Resolves with the number of files fixed.
 */
async function fixAll(files: readonly VFile[], options: FinishOptions, err: string[]): Promise<number> {
  const {abortWrites, commitWrites, fixToFixpoint, prepareWrite} = await fixFiles()
  const changed: Array<{file: VFile; text: string; messages: VFileMessage[]}> = []
  for (const file of files) {
    try {
      const before = String(file)
      const {text, messages} = await fixToFixpoint(file, options.fixLevel)
      if (text !== before) changed.push({file, text, messages})
    } catch (error) {
      failure(file, 'Cannot fix file', error, options)
      err.push(notFixed(displayPath(file) + ' could not be fixed'))
      return 0
    }
  }
  const pending: PendingWrite[] = []
  for (const {file, text} of changed) {
    try {
      const source = file.data.mtlintSource
      if (!source) throw new Error('it was not read from a file')
      pending.push(await prepareWrite(source, text))
    } catch (error) {
      await abortWrites(pending)
      failure(file, 'Cannot fix file', error, options)
      err.push(notFixed(displayPath(file) + ' could not be written'))
      return 0
    }
  }
  const commitFailure = await commitWrites(pending)
  if (commitFailure) {
    const file = changed[pending.indexOf(commitFailure.write)]!.file
    failure(file, 'Cannot write fixed file', commitFailure.error, options)
    const restored = commitFailure.notRestored
    err.push(
      restored.length === 0
        ? notFixed(displayPath(file) + ' could not be replaced, and the files replaced before it were put back')
        : 'mtlint: --fix failed on ' +
            displayPath(file) +
            ' and could not put back ' +
            restored.map((real) => path.relative(file.cwd, real)).join(', ') +
            ', which hold their fixed text'
    )
    return 0
  }
  for (const {file, messages} of changed) file.messages = messages
  return changed.length
}

function failure(file: VFile, reason: string, cause: unknown, options: FinishOptions): void {
  const message = file.message(reason, {cause: cause as Error})
  message.fatal = true
  if (!options.verbose) foldCauses(message)
  file.messages.sort(compareMessage)
}
