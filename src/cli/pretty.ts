import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter as vfileReporter} from 'vfile-reporter'
import {displayPath, formatCount, levelOf, shownFiles, shownMessages, type ReporterOptions} from '../reporters/shared.js'

/** What the pretty report takes besides vfile-reporter’s options. */
export interface PrettyOptions extends ReporterOptions {
  /** Messages printed before the rest are only counted; 0: all. */
  maxMessages: number
  /** The terminal’s width: reasons wrap to fit it. `undefined` (no terminal): one line a message. */
  width?: number | undefined
}

interface Row {
  place: string
  level: ReturnType<typeof levelOf>
  reason: string
  ruleId: string
  source: string
}

/**
 * `--report pretty` (the default, on stderr): vfile-reporter’s layout (a
 * file’s path, then a line a message: place, severity, reason, rule,
 * source, in aligned columns), built in time linear in the number of
 * messages, and capped: after `maxMessages`, a line says how many were
 * left out and how to see them. The tally counts every severity. In a
 * terminal, reasons wrap to its width. With `--verbose`, vfile-reporter
 * itself prints everything, notes, causes and stack traces included.
 */
export function pretty(files: readonly VFile[], options: PrettyOptions): string {
  if (options.verbose) return vfileReporter([...files], options)
  const color = Boolean(options.color)
  const shown = shownFiles(files, options)
  const blocks: Array<{header: string; rows: Row[]}> = []
  const tally = {error: 0, warning: 0, info: 0}
  let left = 0
  let printed = 0
  for (const file of shown) {
    const messages = shownMessages(file, options)
    for (const message of messages) tally[levelOf(message)]++
    if (options.maxMessages > 0 && printed >= options.maxMessages) {
      left += messages.length
      continue
    }
    const room = options.maxMessages > 0 ? Math.min(messages.length, options.maxMessages - printed) : messages.length
    left += messages.length - room
    printed += room
    blocks.push({header: header(file, messages, color), rows: messages.slice(0, room).map(rowOf)})
  }

  // Column widths over every row printed; the reason column narrowed to the terminal, if any.
  const widths = {place: 0, level: 0, reason: 0, ruleId: 0}
  for (const {rows} of blocks) {
    for (const row of rows) {
      widths.place = Math.max(widths.place, row.place.length)
      widths.level = Math.max(widths.level, row.level.length)
      widths.reason = Math.max(widths.reason, width(row.reason))
      widths.ruleId = Math.max(widths.ruleId, row.ruleId.length)
    }
  }
  if (options.width) {
    const others = widths.place + widths.level + widths.ruleId + 4 + Math.max(0, ...blocks.flatMap(({rows}) => rows.map((row) => row.source.length)))
    widths.reason = Math.min(widths.reason, Math.max(20, options.width - others - 1))
  }

  const lines: string[] = []
  for (const [index, {header, rows}] of blocks.entries()) {
    // A blank line after a file’s messages, as vfile-reporter leaves.
    if (index > 0 && blocks[index - 1]!.rows.length > 0) lines.push('')
    lines.push(header)
    for (const row of rows) lines.push(...rowLines(row, widths, color))
  }
  if (left > 0) {
    lines.push(
      '',
      '… and ' +
        formatCount(left) +
        ' more ' +
        (left === 1 ? 'message' : 'messages') +
        ' (--max-messages ' +
        formatCount(options.maxMessages) +
        '; --max-messages 0 prints all, --report json writes all)'
    )
  }
  const byline = bylineOf(tally, color)
  if (byline) lines.push('', byline)
  return lines.join('\n')
}

function rowOf(message: VFileMessage): Row {
  const place = message.place
  const point = (at: {line?: number; column?: number}) => (at.line ? at.line + ':' + (at.column ?? 1) : '')
  return {
    place: !place ? '' : 'start' in place ? point(place.start) + (place.end.line ? '-' + point(place.end) : '') : point(place),
    level: levelOf(message),
    reason: message.reason,
    ruleId: message.ruleId ?? '',
    source: message.source ?? ''
  }
}

function header(file: VFile, messages: readonly VFileMessage[], color: boolean): string {
  const name = displayPath(file)
  if (messages.length === 0) return paint(name, color ? '\u001B[4m\u001B[32m' : '', color) + ': no issues found'
  const worst = messages.some((message) => message.fatal === true) ? '\u001B[31m' : '\u001B[33m'
  return paint(name, color ? '\u001B[4m' + worst : '', color)
}

const levelColors = {error: '\u001B[31m', warning: '\u001B[33m', info: ''} as const

/** A message’s line, or lines when its reason wraps: the rule and source on the first, the reason’s rest aligned under it. */
function rowLines(row: Row, widths: {place: number; level: number; reason: number; ruleId: number}, color: boolean): string[] {
  const pieces = wrap(row.reason, widths.reason)
  const indent = ' '.repeat(widths.place + widths.level + 2)
  const first =
    row.place.padEnd(widths.place) +
    ' ' +
    paint(row.level, color ? levelColors[row.level] : '', color) +
    ' '.repeat(widths.level - row.level.length + 1) +
    reasonText(pieces[0]!, color) +
    ' '.repeat(widths.reason - width(pieces[0]!) + 1) +
    row.ruleId.padEnd(widths.ruleId) +
    ' ' +
    row.source
  return [first.trimEnd(), ...pieces.slice(1).map((piece) => indent + reasonText(piece, color))]
}

/** A reason in bold, its code spans in cyan, as vfile-reporter shows them. */
function reasonText(reason: string, color: boolean): string {
  if (!color) return reason
  return '\u001B[1m' + reason.replace(/`[^`]*`/g, (code) => '\u001B[36m' + code + '\u001B[39m') + '\u001B[22m'
}

function paint(text: string, code: string, color: boolean): string {
  return color && code ? code + text + '\u001B[39m' + (code.includes('\u001B[4m') ? '\u001B[24m' : '') : text
}

/** Cuts `text` at spaces into lines of at most `limit` columns (a longer word stays whole). */
function wrap(text: string, limit: number): string[] {
  if (width(text) <= limit) return [text]
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && width(line) + 1 + width(word) > limit) {
      lines.push(line)
      line = word
    } else line = line ? line + ' ' + word : word
  }
  lines.push(line)
  return lines
}

/** Columns a string takes: its code points (reasons are prose and code, not wide scripts). */
function width(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0xdc00 || code > 0xdfff) count++
  }
  return count
}

/** The tally: `✖ 1 error`, `⚠ 22 warnings`, or `30 messages (⚠ 22 warnings, 8 infos)`: every severity counted. */
function bylineOf(tally: {error: number; warning: number; info: number}, color: boolean): string {
  const parts: string[] = []
  const plural = (count: number, noun: string) => formatCount(count) + ' ' + noun + (count === 1 ? '' : 's')
  if (tally.error) parts.push(paint('✖', color ? '\u001B[31m' : '', color) + ' ' + plural(tally.error, 'error'))
  if (tally.warning) parts.push(paint('⚠', color ? '\u001B[33m' : '', color) + ' ' + plural(tally.warning, 'warning'))
  if (tally.info) parts.push(plural(tally.info, 'info'))
  const total = tally.error + tally.warning + tally.info
  return parts.length > 1 ? plural(total, 'message') + ' (' + parts.join(', ') + ')' : parts.join('')
}
