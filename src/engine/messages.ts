import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {compareMessage} from 'vfile-sort'
import {fingerprinter} from './fingerprint.js'
import type {ActiveRule} from './settings.js'
import type {Finding} from './types.js'

/**
 * Turns findings into vfile messages: the one place a message is made, for
 * every rule, mtlint’s and peers’ alike. Each message holds its full place
 * (never a tree node), `actual`, `expected` and `note`, and is stamped with
 * its rule: `ruleId`, `source` (the rule’s package), `url`, and `fatal` from
 * the rule’s severity, one level lower for a low-confidence finding (error →
 * warning, warning → info). The new messages come after those the file had,
 * sorted by place. Empties each list of findings as it goes: a finding can be
 * collected as soon as its message exists (millions of them, on some input).
 */
export function reportFindings(file: VFile, findings: ReadonlyMap<ActiveRule, Finding[]>): void {
  const from = file.messages.length
  let locator: Locator | undefined
  withoutStackTraces(() => {
    for (const [active, list] of findings) {
      if (list.length === 0) continue
      locator ??= new Locator(String(file))
      report(file, locator, active, list)
    }
  })
  if (file.messages.length === from) return
  const reported = file.messages.splice(from).sort(compareMessage)
  for (const message of reported) file.messages.push(message)
}

/**
 * Runs `task` without capturing stack traces. A VFileMessage is an Error: V8
 * captures a stack trace for each, which vfile-message then replaces with
 * `''`. With 250,000 findings per MB (`MM. MM. …`) that capture is half the
 * cost of reporting. V8 captures none when `Error.stackTraceLimit` is not a
 * number, where a limit of 0 still doubles the cost of making a message
 * (500–600 → 250–280 ns for the editor's copies).
 */
export function withoutStackTraces<Result>(task: () => Result): Result {
  // `stackTraceLimit` is V8’s (Node, Chromium); elsewhere setting it does nothing.
  const errors = Error as {stackTraceLimit?: unknown}
  const stackTraceLimit = errors.stackTraceLimit
  errors.stackTraceLimit = undefined
  try {
    return task()
  } finally {
    errors.stackTraceLimit = stackTraceLimit
  }
}

function report(file: VFile, locator: Locator, {rule, severity}: ActiveRule, findings: Finding[]): void {
  const pending = findings as Array<Finding | undefined>
  const fingerprint = fingerprinter(file)
  for (let index = 0; index < pending.length; index++) {
    const finding = pending[index]!
    pending[index] = undefined
    const start = locator.toPoint(finding.start)
    const end = locator.toPoint(finding.end)
    const message = file.message(finding.reason, {place: start && end ? {start, end} : undefined})
    stamp(message, finding, rule, severity, fingerprint(finding.start, finding.end))
  }
  findings.length = 0
}

/**
 * The line and column of an offset, as `vfile-location` reads them (a line
 * ends at `\r\n`, `\r` or `\n`), from line starts found by one character
 * loop up to the furthest offset asked for: `vfile-location` finds each line
 * with two `indexOf` calls and an `at(-1)`, which a document of short
 * paragraphs (two lines each) pays per line (~12 ms per MB of four-word
 * paragraphs for a message near the end).
 */
export class Locator {
  /** The offsets where the lines after the first start, in order, up to `scanned`. */
  private readonly starts: number[] = []
  /** Where the search for line breaks goes on. */
  private scanned = 0
  private onlyLineFeeds: boolean | undefined = undefined

  constructor(private readonly text: string) {}

  /**
   * A Locator that stays alive: an instance's hidden class is held only by
   * live instances (V8's transition tree holds it weakly), and `toPoint`'s
   * optimised code, which checks it, was thrown away with the last Locator
   * of each lint and compiled again in the next.
   */
  static readonly keptShape = new Locator('')

  toPoint(offset: number): Point | undefined {
    const {text, starts} = this
    if (!(offset > -1 && offset <= text.length)) return undefined
    let at = this.scanned
    if (at <= offset && at < text.length) {
      // Without a carriage return, lines end at each `\n`: `indexOf` finds them faster than a loop reads characters.
      if ((this.onlyLineFeeds ??= text.indexOf('\r') === -1)) {
        for (let next = text.indexOf('\n', at); next !== -1 && next < offset; next = text.indexOf('\n', next + 1)) starts.push(next + 1)
        at = offset
      } else {
        for (; at <= offset && at < text.length; at++) {
          const code = text.charCodeAt(at)
          if (code === 13 && text.charCodeAt(at + 1) === 10) at++
          else if (code !== 10 && code !== 13) continue
          starts.push(at + 1)
        }
      }
      this.scanned = at
    }
    // The number of line starts at or before `offset`.
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (starts[middle]! <= offset) low = middle + 1
      else high = middle
    }
    return {line: low + 1, column: offset - (low > 0 ? starts[low - 1]! : 0) + 1, offset}
  }
}

/** `fatal` of a message: `true` error, `false` warning, `undefined` info. */
function fatalOf(severity: 'warn' | 'error', lowConfidence: boolean): boolean | undefined {
  if (severity === 'error') return !lowConfidence
  return lowConfidence ? undefined : false
}

/**
 * The message `reportFindings` makes of `finding` at `place`, for a file at
 * `path`, not added to any file: the incremental linter keeps a block’s
 * messages from one update to the next. Call it inside `withoutStackTraces`.
 */
export function findingMessage(
  finding: Finding,
  {rule, severity}: ActiveRule,
  place: {start: Point; end: Point} | undefined,
  fingerprint: number,
  path: string | undefined
): VFileMessage {
  const message = new VFileMessage(finding.reason, {place})
  if (path) {
    message.name = path + ':' + message.name
    message.file = path
  }
  stamp(message, finding, rule, severity, fingerprint)
  return message
}

/** Gives `message` what a finding says (`actual`, `expected`, `note`) and its rule’s identity and severity. */
function stamp(message: VFileMessage, finding: Finding, rule: ActiveRule['rule'], severity: ActiveRule['severity'], fingerprint: number): void {
  message.actual = finding.actual
  message.fingerprint = fingerprint
  if (finding.expected) message.expected = [...finding.expected]
  if (finding.note) message.note = finding.note
  message.ruleId = rule.id
  message.source = rule.source
  message.url = finding.anchor ? rule.url + '#' + finding.anchor : rule.url
  message.fatal = fatalOf(severity, finding.lowConfidence === true)
}
