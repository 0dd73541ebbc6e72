import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
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
  let locator: ReturnType<typeof location> | undefined
  withoutStackTraces(() => {
    for (const [active, list] of findings) {
      if (list.length === 0) continue
      locator ??= location(file)
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
 * cost of reporting.
 */
export function withoutStackTraces<Result>(task: () => Result): Result {
  // `stackTraceLimit` is V8’s (Node, Chromium); elsewhere setting it does nothing.
  const errors = Error as {stackTraceLimit?: number}
  const stackTraceLimit = errors.stackTraceLimit
  errors.stackTraceLimit = 0
  try {
    return task()
  } finally {
    errors.stackTraceLimit = stackTraceLimit
  }
}

function report(file: VFile, locator: ReturnType<typeof location>, {rule, severity}: ActiveRule, findings: Finding[]): void {
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
