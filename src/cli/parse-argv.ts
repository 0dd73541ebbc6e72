import json5 from 'json5'
import {checkedOptions, type OptionsCheck} from './configuration.js'
import {optionSpecs, refused, type OptionSpec} from './options.js'

/** A mistake on the command line: one line, exit 2. */
export class UsageError extends Error {}

export const reportNames = ['pretty', 'json', 'github', 'sarif'] as const
export type ReportName = (typeof reportNames)[number]

export const fixLevels = ['error', 'warning', 'info'] as const
export type FixLevel = (typeof fixLevels)[number]

/** The pretty report’s default cap on the messages it prints. */
export const defaultMaxMessages = 200

/** The most worker threads `--force-jobs` allows (each is a V8 isolate of its own). */
export const maxForcedJobs = 256

/** What the command line asks for. */
export interface CliArgs {
  files: string[]
  fix: boolean
  fixDryRun: boolean
  fixLevel: FixLevel
  report: ReportName
  /** 0: no cap. */
  maxMessages: number
  stats: boolean
  quiet: boolean
  silent: boolean
  frail: boolean
  /** `undefined`: when stderr is a terminal. */
  color: boolean | undefined
  verbose: boolean
  /** Extensions searched in folders besides mtlint’s own, without dots. */
  extensions: string[]
  filePath: string | undefined
  rcPath: string | undefined
  config: boolean
  settings: Record<string, unknown>
  ignorePath: string | undefined
  ignorePathResolveFrom: 'cwd' | 'dir' | undefined
  ignorePatterns: string[]
  ignore: boolean
  silentlyIgnore: boolean
  /** `--use name=options`: plugins by name, with their options. */
  plugins: Record<string, Record<string, unknown> | undefined>
  watch: boolean
  jsonl: boolean
  jobs: number | undefined
  forceJobs: boolean
  help: boolean
  version: boolean
}

const byLong = new Map(optionSpecs.map((spec) => [spec.long, spec]))
const byShort = new Map(optionSpecs.filter((spec) => spec.short).map((spec) => [spec.short!, spec]))

/** Options `--jsonl` takes; every other one is refused with it. */
const jsonlOptions = new Set(['jsonl', 'jobs', 'force-jobs', 'rc-path', 'verbose'])

/**
 * Reads `argv` (without `node` and the script) against `optionSpecs`. Throws
 * a `UsageError` with one line for an unknown, refused or malformed option,
 * and for options that cannot go together.
 */
export function parseArgv(argv: readonly string[], check: OptionsCheck): CliArgs {
  const values = new Map<string, Array<string | boolean>>()
  const files: string[] = []
  const given = (spec: OptionSpec, value: string | boolean) => {
    const list = values.get(spec.long) ?? []
    list.push(value)
    values.set(spec.long, list)
  }

  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--') {
      files.push(...argv.slice(index + 1))
      break
    }
    if (arg.startsWith('--')) {
      const equals = arg.indexOf('=')
      const name = equals === -1 ? arg.slice(2) : arg.slice(2, equals)
      const inline = equals === -1 ? undefined : arg.slice(equals + 1)
      const negated = name.startsWith('no-') && byLong.get(name.slice(3))?.negatable ? byLong.get(name.slice(3)) : undefined
      const spec = negated ?? byLong.get(name)
      if (!spec) throw unknown('--' + name)
      if (spec.type === 'boolean') {
        if (inline !== undefined) throw new UsageError('--' + name + ' takes no value')
        given(spec, !negated)
      } else {
        given(spec, inline ?? valueAfter(argv, index++, '--' + name))
      }
    } else if (arg.startsWith('-') && arg.length > 1) {
      // Short options; booleans can be grouped (`-qf`); a value follows the last one.
      const letters = arg.slice(1)
      for (let at = 0; at < letters.length; at++) {
        const spec = byShort.get(letters[at]!)
        if (!spec) throw unknown('-' + letters[at])
        if (spec.type === 'boolean') {
          given(spec, true)
          continue
        }
        given(spec, at < letters.length - 1 ? letters.slice(at + 1) : valueAfter(argv, index++, '-' + letters[at]))
        break
      }
    } else {
      files.push(arg)
    }
  }

  const flag = (long: string) => values.get(long)?.at(-1) === true
  const last = (long: string) => values.get(long)?.at(-1) as string | undefined
  const list = (long: string) =>
    (values.get(long) ?? [])
      .flatMap((value) => String(value).split(','))
      .map((value) => value.trim())
      .filter(Boolean)

  const args: CliArgs = {
    files,
    fix: flag('fix'),
    fixDryRun: flag('fix-dry-run'),
    fixLevel: oneOf('--fix-level', last('fix-level') ?? 'warning', fixLevels),
    report: oneOf('--report', last('report') ?? 'pretty', reportNames),
    maxMessages: count('--max-messages', last('max-messages'), 0) ?? defaultMaxMessages,
    stats: flag('stats'),
    quiet: flag('quiet'),
    silent: flag('silent'),
    frail: flag('frail'),
    color: values.has('color') ? flag('color') : undefined,
    verbose: flag('verbose'),
    extensions: list('ext').map((extension) => extension.replace(/^\./, '')),
    filePath: last('file-path'),
    rcPath: last('rc-path'),
    config: values.has('config') ? flag('config') : true,
    settings: readSettings((values.get('setting') ?? []) as string[], check),
    ignorePath: last('ignore-path'),
    ignorePathResolveFrom: values.has('ignore-path-resolve-from')
      ? oneOf('--ignore-path-resolve-from', last('ignore-path-resolve-from')!, ['cwd', 'dir'] as const)
      : undefined,
    ignorePatterns: list('ignore-pattern'),
    ignore: values.has('ignore') ? flag('ignore') : true,
    silentlyIgnore: flag('silently-ignore'),
    plugins: readPlugins((values.get('use') ?? []) as string[]),
    watch: flag('watch'),
    jsonl: flag('jsonl'),
    jobs: count('--jobs', last('jobs'), 1),
    forceJobs: flag('force-jobs'),
    help: flag('help'),
    version: flag('version')
  }
  checkCombinations(args, values)
  return args
}

function unknown(flag: string): UsageError {
  const name = flag.replace(/^-+(?:no-)?/, '')
  if (refused[name]) return new UsageError(flag + ' has no meaning for a linter: ' + refused[name])
  return new UsageError('unknown option ' + flag + '; see mtlint --help')
}

function valueAfter(argv: readonly string[], index: number, flag: string): string {
  const value = argv[index + 1]
  if (value === undefined || (value.startsWith('-') && value.length > 1)) {
    const spec = byLong.get(flag.replace(/^-+/, '')) ?? byShort.get(flag.slice(1))
    throw new UsageError(flag + ' needs a value: ' + (spec?.value ?? '<value>'))
  }
  return value
}

function oneOf<Value extends string>(flag: string, value: string, allowed: readonly Value[]): Value {
  if ((allowed as readonly string[]).includes(value)) return value as Value
  throw new UsageError('invalid ' + flag + ' `' + value + '`, expected ' + allowed.join(', '))
}

function count(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new UsageError('invalid ' + flag + ' `' + value + '`, expected an integer of ' + min + ' or more')
  }
  return Number(value)
}

/** Parses `key: value, …` (JSON5 without its braces), as unified’s CLIs do. */
function parseObject(value: string, flag: string): Record<string, unknown> {
  try {
    const parsed: unknown = json5.parse('{' + value + '}')
    return parsed as Record<string, unknown>
  } catch (error) {
    throw new UsageError('cannot parse ' + flag + ' `' + value + '`: ' + (error as Error).message.replace(/^JSON5: /, ''))
  }
}

/** `--setting 'mtlint: {…}'`: the one setting mtlint reads; anything else would be ignored, so it is refused. */
function readSettings(given: readonly string[], check: OptionsCheck): Record<string, unknown> {
  const settings: Record<string, unknown> = {}
  for (const value of given) {
    for (const [key, setting] of Object.entries(parseObject(value, '--setting'))) {
      if (key !== 'mtlint') {
        throw new UsageError('unknown setting `' + key + '` in --setting, expected `mtlint`, such as --setting \'mtlint: {rules: {"place-names": "off"}}\'')
      }
      try {
        checkedOptions(setting, check)
      } catch (error) {
        throw new UsageError('invalid --setting `' + value + '`: ' + (error as Error).message)
      }
      settings[key] = setting
    }
  }
  return settings
}

function readPlugins(given: readonly string[]): CliArgs['plugins'] {
  const plugins: CliArgs['plugins'] = {}
  for (const value of given) {
    const equals = value.indexOf('=')
    const name = equals === -1 ? value : value.slice(0, equals)
    plugins[name] = equals === -1 ? undefined : parseObject(value.slice(equals + 1), '--use')
  }
  return plugins
}

/** Options that cannot go together: each stream carries one thing, and `--jsonl` has options of its own. */
function checkCombinations(args: CliArgs, values: ReadonlyMap<string, unknown>): void {
  if (args.help || args.version) return
  if (args.jsonl) {
    const other = [...values.keys()].find((long) => !jsonlOptions.has(long))
    if (other) throw new UsageError('--' + other + ' cannot be used with --jsonl')
    if (args.files.length > 0) throw new UsageError('--jsonl reads stdin, not `' + args.files[0] + '`')
    return
  }
  for (const long of ['jobs', 'force-jobs']) {
    if (values.has(long)) throw new UsageError('--' + long + ' needs --jsonl')
  }
  if (args.fix && args.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together: pick one')
  const onStdout = [
    args.report !== 'pretty' && '--report ' + args.report,
    args.fixDryRun && '--fix-dry-run',
    args.stats && '--stats',
    args.fix && args.files.length === 0 && '--fix on stdin'
  ].filter((writer): writer is string => Boolean(writer))
  if (onStdout.length > 1) throw new UsageError(onStdout[0] + ' and ' + onStdout[1] + ' both write to stdout: run them one at a time')
  if (args.watch && args.files.length === 0) throw new UsageError('--watch needs files or folders to watch')
  if (args.filePath !== undefined && args.files.length > 0) {
    throw new UsageError('--file-path names the text on stdin: give it no files (`' + args.files[0] + '`)')
  }
}
