import {readFile} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import process from 'node:process'
import type {Options} from '../options.js'
import {lintBatch} from '../records/index.js'
import type {BatchItem, RecordResult} from '../records/record.js'
import {checkedOptions, type OptionsCheck} from './configuration.js'
import {endNow} from './exit.js'
import {maxForcedJobs, type CliArgs} from './parse-argv.js'

/** A result with more messages than this is replaced by an error result: no consumer wants a line of hundreds of megabytes. */
export const maxMessagesPerRecord = 100_000

const signals = {SIGINT: 2, SIGTERM: 15} as const

/**
 * `mtlint --jsonl [--jobs N] [--rc-path file.json]`: reads records
 * (`{"id", "text", "format"?}`, one per line) from stdin and writes one
 * result per record (`{"id", "messages"}`, or `{"id"?, "line", "error"}`) to
 * stdout, in input order, holding only a few records per job at a time.
 * Every line gets its result, whatever goes wrong with it (bad JSON, bad
 * UTF-8, a result too large to write); blank lines are skipped. SIGINT and
 * SIGTERM end the run once the line being written is complete. Resolves
 * with the exit code: 0 once every line has its result, 2 for bad flags or
 * configuration; when interrupted, it exits with 128 + the signal’s number.
 */
export async function jsonl(args: CliArgs, check: OptionsCheck): Promise<number> {
  const cores = availableParallelism()
  let jobs = args.jobs ?? cores
  let options: Options | undefined
  try {
    if (args.forceJobs && jobs > maxForcedJobs) throw new Error('--jobs ' + jobs + ' is too many, expected at most ' + maxForcedJobs)
    if (args.rcPath !== undefined) options = await readOptions(args.rcPath, check)
  } catch (error) {
    process.stderr.write('mtlint: ' + (error as Error).message + '\n')
    return 2
  }
  if (jobs > cores && !args.forceJobs) {
    process.stderr.write('mtlint: --jobs ' + jobs + ' capped at ' + cores + ', the number of cores (--force-jobs to use ' + jobs + ')\n')
    jobs = cores
  }

  // A signal ends the run as soon as the line being written is complete, never inside one.
  let written = Promise.resolve()
  let stopping = false
  for (const [signal, number] of Object.entries(signals)) {
    process.once(signal, () => {
      stopping = true
      void written.then(() => endNow(128 + number))
    })
  }
  const lines: number[] = []
  const items = recordLines(
    process.stdin,
    (line) => lines.push(line),
    () => stopping
  )
  for await (const result of lintBatch(items, options, jobs)) {
    const line = resultLine(result, lines.shift()!)
    // Wait for stdout to take the line: a slow reader slows the batch instead of filling memory.
    written = new Promise((resolve) => process.stdout.write(line, () => resolve()))
    await written
  }
  return 0
}

/** The JSON line of a result, or of an error result when it cannot be written (too many messages, too long). */
export function resultLine(result: RecordResult, line: number): string {
  const count = result.messages?.length ?? 0
  if (count > maxMessagesPerRecord) {
    return errorLine(result, line, 'Too many messages (' + count + ', at most ' + maxMessagesPerRecord + '): is this prose?')
  }
  try {
    return JSON.stringify(result) + '\n'
  } catch (error) {
    return errorLine(result, line, 'Cannot write the result: ' + (error as Error).message)
  }
}

function errorLine(result: RecordResult, line: number, error: string): string {
  try {
    return JSON.stringify({id: result.id, line, error}) + '\n'
  } catch {
    return JSON.stringify({line, error}) + '\n'
  }
}

/** A JSON configuration file (`{"rules": …, "format": …}`), checked as the CLI checks `.mtlintrc`. */
async function readOptions(path: string, check: OptionsCheck): Promise<Options> {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    throw new Error('Cannot read configuration `' + path + '`: ' + (error as Error).message)
  }
  try {
    return checkedOptions(raw, check)
  } catch (error) {
    throw new Error('Cannot use configuration `' + path + '`: ' + (error as Error).message)
  }
}

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/**
 * The lines of `input` (stdin), numbered from 1, as batch inputs. Only `\n` ends a
 * line (JSON allows a CR inside a record, as white space); a byte order mark
 * at the very start is skipped; a line that is not UTF-8 becomes an error
 * result of its own. Reading pauses while lines wait to be taken, and stops
 * once `stopped()` says so.
 */
export async function* recordLines(
  input: AsyncIterable<Uint8Array>,
  numbered: (line: number) => void = () => {},
  stopped: () => boolean = () => false
): AsyncGenerator<BatchItem> {
  let line = 0
  let pending: Buffer[] = []
  let first = true
  function* take(bytes: Buffer): Generator<BatchItem> {
    line++
    if (first) {
      first = false
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3)
    }
    let json: string
    try {
      json = decoder.decode(bytes)
    } catch {
      numbered(line)
      yield {line, error: 'Invalid UTF-8 in the record: write records in UTF-8'}
      return
    }
    if (json.trim() === '') return
    numbered(line)
    yield {line, json}
  }
  for await (const bytes of input) {
    const chunk = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    let start = 0
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      pending.push(chunk.subarray(start, end))
      yield* take(Buffer.concat(pending))
      pending = []
      start = end + 1
      if (stopped()) return
    }
    if (start < chunk.length) pending.push(chunk.subarray(start))
  }
  if (pending.length > 0) yield* take(Buffer.concat(pending))
}
