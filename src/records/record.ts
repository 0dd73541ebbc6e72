import {VFile} from 'vfile'
import type {Options} from '../options.js'
import {formats, type Format} from '../formats/format.js'
import {lint} from '../lint.js'
import {messageFields, type MessageFields} from '../reporters/message.js'

/** One document of a batch (a line of JSON Lines): `format` defaults to the batch’s, else plain text. */
export interface LintRecord {
  id: unknown
  text: string
  format?: Format
}

/** What a batch yields for each input, in input order: its messages, or why it could not be linted. */
export interface RecordResult {
  id?: unknown
  messages?: MessageFields[]
  /** On errors only: the input’s position from 1 (its line, in JSON Lines). */
  line?: number
  error?: string
}

/** An input of a batch: a record, or the JSON it is written in (a line of JSON Lines), or why that line cannot be read. */
export interface BatchItem {
  line: number
  json?: string
  record?: unknown
  error?: string
}

// Options per record format, made once per options object: `lint()` prepares
// its rules once per options object, so a new object per record would redo it.
const variants = new WeakMap<object, Map<Format, Options>>()
const noOptions: Options = {}

function optionsFor(options: Options | undefined, format: Format | undefined): Options {
  const base = options ?? noOptions
  if (!format || format === base.format) return base
  let byFormat = variants.get(base)
  if (!byFormat) {
    byFormat = new Map()
    variants.set(base, byFormat)
  }
  let variant = byFormat.get(format)
  if (!variant) {
    variant = {...base, format}
    byFormat.set(format, variant)
  }
  return variant
}

/** Lints one input; never rejects: bad JSON, a bad record or a failure to lint is an error result. */
export async function lintItem(item: BatchItem, options: Options | undefined): Promise<RecordResult> {
  if (item.error !== undefined) return {line: item.line, error: item.error}
  let value = item.record
  if (item.json !== undefined) {
    try {
      value = JSON.parse(item.json)
    } catch (error) {
      return {line: item.line, error: 'Invalid JSON: ' + (error as Error).message}
    }
  }
  const id = isObject(value) ? value.id : undefined
  const problem = recordProblem(value)
  if (problem) return {id, line: item.line, error: problem}
  const record = value as LintRecord
  try {
    const file = await lint(new VFile(record.text), optionsFor(options, record.format))
    return {id, messages: file.messages.map(messageFields)}
  } catch (error) {
    return {id, line: item.line, error: 'Cannot lint: ' + String((error as Error)?.message ?? error)}
  }
}

/** What is wrong with a record, if anything. */
function recordProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'Expected a record such as `{"id": 1, "text": "…"}`, not `' + JSON.stringify(value) + '`'
  if (!('id' in value)) return 'Expected an `id`'
  if (typeof value.text !== 'string') return 'Expected `text` to be a string'
  if (value.format !== undefined && !formats.includes(value.format as Format)) {
    return 'Invalid `format` ' + JSON.stringify(value.format) + ', expected ' + formats.map((f) => '`' + f + '`').join(', ')
  }
  return undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
