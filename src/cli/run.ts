import {watch as watchFile} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {Readable} from 'node:stream'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import {bytesProblem} from '../input/bytes.js'
import {extensions as ownExtensions} from '../formats/format.js'
import {packageInfo} from '../package-info.js'
import {checkPresetOptions} from '../preset.js'
import {processor} from '../processor.js'
import {configTransform} from './configuration.js'
import {Ignore} from './engine-internals.js'
import {optimiseAbove, releaseOptimiser} from './heap.js'
import {endNow, guardExit, oneLine} from './exit.js'
import {useLinearFileQueue} from './file-queue.js'
import {finish, type FinishOptions} from './finish.js'
import {helpText} from './help.js'
import {parseArgv, UsageError, type CliArgs} from './parse-argv.js'
import {failed, readFiles} from './read-files.js'
import {exitCode, status} from './status.js'
import {walk, type WalkOptions} from './walk.js'

/** `mtlint [options] [path | glob …]`: parses the command line, then lints files, stdin or JSON Lines records. */
export async function main(argv: readonly string[]): Promise<void> {
  // A subcommand of its own, loaded only when asked for.
  if (argv[0] === 'serve') {
    releaseOptimiser()
    return (await import('../serve/command.js')).serve(argv.slice(1))
  }
  let args: CliArgs
  try {
    args = parseArgv(argv, checkPresetOptions)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    return usageError(error.message)
  }
  guardExit(args.verbose)
  // One-line errors, and no stack captured for each message: stack traces only with `--verbose`.
  if (!args.verbose) Error.stackTraceLimit = 0

  if (args.help || args.version) {
    status.ended = true
    process.stdout.write(args.help ? helpText(packageInfo.description) : packageInfo.version + '\n')
    return
  }
  if (args.jsonl) {
    releaseOptimiser()
    const {jsonl} = await import('./jsonl.js')
    const code = await jsonl(args, checkPresetOptions)
    status.ended = true
    // Exit once stdout has taken everything (writes to a pipe may complete later).
    await new Promise((resolve) => process.stdout.write('', resolve))
    process.exit(code)
  }
  if (args.files.length === 0 && process.stdin.isTTY) {
    return usageError('no input: give files or folders, or pipe text to stdin; see mtlint --help')
  }
  useLinearFileQueue()
  process.exitCode = await lintOnce(args, args.files)
  if (args.watch) watchAndLint(args)
}

function usageError(message: string): void {
  status.ended = true
  process.stderr.write('mtlint: ' + message + '\n')
  process.exitCode = 2
}

/**
 * Lints `inputs` (or stdin when there are none) through unified-engine with
 * mtlint’s processor, and reports. mtlint finds and reads the files itself
 * (`walk.ts`, `read-files.ts`) and hands them to the engine with their text.
 * Resolves with the exit code; never resolves if a plugin never finishes
 * (`exit.ts` then ends the run with exit 2).
 */
async function lintOnce(args: CliArgs, inputs: readonly string[]): Promise<number> {
  const cwd = process.cwd()
  const finding = walkOptions(args, cwd)
  const extensions = finding.extensions
  const options: FinishOptions = {
    report: args.report,
    fix: args.fix,
    fixDryRun: args.fixDryRun,
    fixLevel: args.fixLevel,
    stats: args.stats,
    silentlyIgnore: args.silentlyIgnore,
    notices: [],
    extensions,
    maxMessages: args.maxMessages,
    width: process.stderr.isTTY ? process.stderr.columns : undefined,
    color: args.color ?? Boolean(process.stderr.isTTY),
    quiet: args.quiet,
    silent: args.silent,
    verbose: args.verbose
  }

  let files: Array<VFile | string> = []
  let streamIn: Readable | undefined
  if (inputs.length > 0) {
    const walked = await walk(inputs, finding)
    options.notices = walked.notices
    const read = await readFiles(
      cwd,
      walked.found.filter((found) => found.kind === 'file')
    )
    let next = 0
    files = walked.found.map((found) => {
      if (found.kind === 'file') return read[next++]!
      if (found.kind === 'engine') return found.path
      return failed(new VFile({path: path.resolve(cwd, found.path), cwd}), found.reason, found.message)
    })
    // Paths handed to unified-engine (globs, explicitly named ignored files) are read there, unmeasured: optimise.
    const unmeasured = walked.found.some((found) => found.kind === 'engine')
    if (unmeasured || read.reduce((bytes, file) => bytes + String(file.value).length, 0) > optimiseAbove) releaseOptimiser()
    if (files.length === 0) return report([], options)
  } else {
    const bytes = await readStdin()
    options.stdin = bytes
    if (bytes.length > optimiseAbove) releaseOptimiser()
    const problem = bytesProblem(bytes)
    if (problem) {
      const file = failed(new VFile({path: args.filePath && path.resolve(cwd, args.filePath), cwd}), problem)
      file.data.unifiedEngineStreamIn = true
      return report([file], options)
    }
    streamIn = Readable.from([Buffer.from(bytes).toString('utf8')])
  }

  return new Promise((resolve) => {
    engine(
      {
        processor: processor(),
        cwd,
        files,
        extensions: [...extensions],
        filePath: args.filePath,
        streamIn,
        out: false,
        color: options.color,
        detectConfig: args.config,
        rcName: '.mtlintrc',
        rcPath: args.rcPath,
        packageField: 'mtlint',
        configTransform: configTransform(checkPresetOptions),
        detectIgnore: args.ignore,
        ignoreName: '.mtlintignore',
        ignorePath: args.ignorePath,
        ignorePathResolveFrom: args.ignorePathResolveFrom,
        ignorePatterns: [...args.ignorePatterns],
        silentlyIgnore: args.silentlyIgnore,
        pluginPrefix: 'mtlint',
        plugins: args.plugins,
        settings: args.settings,
        reporter: async (reported) => {
          const {stdout, stderr} = await finish(reported, options)
          await writeAll(stdout)
          return stderr
        },
        quiet: args.quiet,
        silent: args.silent,
        frail: args.frail,
        verbose: args.verbose
      },
      (error, code) => {
        if (error) {
          process.stderr.write('mtlint: ' + (args.verbose ? String(error.stack) : oneLine(error)) + '\n')
          status.reported = true
          resolve(2)
        } else resolve(exitCode(code))
      }
    )
  })
}

/** Where and how to look for files: mtlint’s extensions and `--ext`, ignore files, `--ignore-pattern`. */
function walkOptions(args: CliArgs, cwd: string): WalkOptions {
  return {
    cwd,
    extensions: [...new Set([...ownExtensions, ...args.extensions])].map((extension) => '.' + extension),
    ignore: new Ignore({
      cwd,
      detectIgnore: args.ignore,
      ignoreName: '.mtlintignore',
      ignorePath: args.ignorePath,
      ignorePathResolveFrom: args.ignorePathResolveFrom ?? 'dir'
    }),
    ignorePatterns: args.ignorePatterns
  }
}

/** Reports files that never went through the engine (none found, or stdin refused). */
async function report(files: VFile[], options: FinishOptions): Promise<number> {
  const {stdout, stderr} = await finish(files, options)
  await writeAll(stdout)
  if (stderr) process.stderr.write(stderr + '\n')
  return exitCode(undefined)
}

async function writeAll(chunks: ReadonlyArray<string | Uint8Array>): Promise<void> {
  for (const chunk of chunks) await new Promise((resolve) => process.stdout.write(chunk, resolve))
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** `--watch`: lints each file again when it changes (a burst of events is one run), until interrupted. */
function watchAndLint(args: CliArgs): void {
  status.ended = true
  releaseOptimiser()
  const changed = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let running = Promise.resolve()
  const watched = new Set<string>()
  const onChange = (file: string) => {
    changed.add(file)
    clearTimeout(timer)
    timer = setTimeout(() => {
      const batch = [...changed]
      changed.clear()
      running = running.then(async () => {
        process.exitCode = await lintOnce(args, batch)
      })
    }, 100)
  }
  void (async () => {
    const {found} = await walk(args.files, walkOptions(args, process.cwd()))
    for (const entry of found) {
      if (entry.kind !== 'file' || watched.has(entry.path)) continue
      watched.add(entry.path)
      watchFile(entry.path, () => onChange(entry.path))
    }
    process.stderr.write('mtlint: watching; press Ctrl+C to stop\n')
  })()
  process.on('SIGINT', () => endNow(Number(process.exitCode) || 0))
}
