import {readFile} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {createInterface} from 'node:readline'
import type {Options} from '../options.js'
import type {BatchItem} from '../records/record.js'
import {lintBatch} from '../records/index.js'
import type {OptionsCheck} from './configuration.js'

/**
 * `mtlint --jsonl [--jobs N] [--rc-path file.json]`: reads records
 * (`{"id", "text", "format"?}`, one per line) from stdin and writes one
 * result per record (`{"id", "messages"}`, or `{"id"?, "line", "error"}`) to
 * stdout, in input order, holding only a few records per job at a time.
 * Blank lines are skipped. Resolves with the exit code: 0 once every line
 * has its result (errors are results), 2 for bad flags or configuration.
 */
export async function jsonl(argv: readonly string[], check: OptionsCheck): Promise<number> {
  let jobs = availableParallelism()
  let options: Options | undefined
  try {
    const flags = readFlags(argv)
    if (flags.jobs !== undefined) jobs = flags.jobs
    if (flags.rcPath !== undefined) options = await readOptions(flags.rcPath, check)
  } catch (error) {
    process.stderr.write('mtlint: ' + (error as Error).message + '\n')
    return 2
  }

  for await (const result of lintBatch(stdinLines(), options, jobs)) {
    // Wait for stdout to drain: a slow reader slows the batch instead of filling memory.
    if (!process.stdout.write(JSON.stringify(result) + '\n')) await new Promise((resolve) => process.stdout.once('drain', resolve))
  }
  return 0
}

function readFlags(argv: readonly string[]): {jobs?: number; rcPath?: string} {
  const flags: {jobs?: number; rcPath?: string} = {}
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (name === '--jsonl') continue
    if (name !== '--jobs' && name !== '--rc-path') {
      throw new Error('Unknown option `' + arg + '` with `--jsonl`, expected `--jobs <n>` or `--rc-path <file>`')
    }
    const value = inline ?? argv[++index]
    if (value === undefined) throw new Error('Missing value for `' + name + '`')
    if (name === '--rc-path') flags.rcPath = value
    else if (/^[1-9]\d*$/.test(value)) flags.jobs = Number(value)
    else throw new Error('Invalid `--jobs` `' + value + '`, expected a positive integer')
  }
  return flags
}

/** A JSON configuration file (`{"rules": …, "format": …}`), checked as the CLI checks `.mtlintrc`. */
async function readOptions(path: string, check: OptionsCheck): Promise<Options> {
  let options: Options
  try {
    options = JSON.parse(await readFile(path, 'utf8')) as Options
  } catch (error) {
    throw new Error('Cannot read configuration `' + path + '`: ' + (error as Error).message)
  }
  try {
    check(options)
  } catch (error) {
    throw new Error('Cannot use configuration `' + path + '`: ' + (error as Error).message)
  }
  return options
}

/** The lines of stdin, numbered from 1; readline pauses stdin while lines wait to be taken. */
async function* stdinLines(): AsyncGenerator<BatchItem> {
  let line = 0
  for await (const json of createInterface({input: process.stdin, crlfDelay: Infinity})) {
    line++
    if (json.trim() !== '') yield {line, json}
  }
}
