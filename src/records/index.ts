import type {Options} from '../options.js'
import {checkPresetOptions} from '../preset.js'
import {orderedMap} from './ordered.js'
import {lintItem, type BatchItem, type LintRecord, type RecordResult} from './record.js'

export type {LintRecord, RecordResult} from './record.js'

/** Options of `lintRecords`: `lint()`’s, plus how many worker threads to use. */
export interface RecordsOptions extends Options {
  /** Worker threads (Node.js only); `1`, the default, lints in the calling thread. */
  jobs?: number
}

/**
 * Lints many documents: yields one result per record, in input order, with
 * at most a few records per job held at a time (records are read as results
 * are taken). A record that is not `{id, text, format?}`, or that cannot be
 * linted, yields an error result with its position (`line`, from 1).
 * Throws at once on bad options.
 */
export async function* lintRecords(
  records: AsyncIterable<LintRecord | unknown> | Iterable<LintRecord | unknown>,
  options: RecordsOptions = {}
): AsyncGenerator<RecordResult> {
  const {jobs, ...lintOptions} = options
  checkPresetOptions(lintOptions)
  yield* lintBatch(numbered(records), lintOptions, jobs ?? 1)
}

/** Lints batch inputs (records, or lines of JSON) over `jobs` threads; results in input order. */
export async function* lintBatch(
  items: AsyncIterable<BatchItem> | Iterable<BatchItem>,
  options: Options | undefined,
  jobs: number
): AsyncGenerator<RecordResult> {
  if (!Number.isInteger(jobs) || jobs < 1) throw new TypeError('Invalid `jobs` ' + JSON.stringify(jobs) + ', expected a positive integer')
  if (jobs === 1) {
    yield* orderedMap(items, (item) => lintItem(item, options), 1)
    return
  }
  // Imported here, so that the API loads in a browser as long as `jobs` is 1.
  const {createPool} = await import('./pool.js')
  const pool = createPool(jobs, options)
  try {
    // A few inputs per job in flight keep every worker busy while results wait their turn.
    yield* orderedMap(items, pool.run, jobs * 4)
  } finally {
    await pool.close()
  }
}

async function* numbered(records: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<BatchItem> {
  let line = 0
  for await (const record of records) yield {line: ++line, record}
}
