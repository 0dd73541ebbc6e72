import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Finding} from './types.js'

type Locator = ReturnType<typeof location>

// Findings of the shared walk, waiting for each rule’s plugin to report them.
const collected = new WeakMap<VFile, Map<string, Finding[]>>()
const locators = new WeakMap<VFile, Locator>()

/** Hands the findings of a shared walk to the rule plugins that run next on `file`. */
export function setCollected(file: VFile, findings: Map<string, Finding[]>): void {
  collected.set(file, findings)
}

/** Whether a shared walk has already run on `file`. */
export function hasCollected(file: VFile): boolean {
  return collected.has(file)
}

/** Takes (and forgets) the findings of rule `id`, if a shared walk collected them. */
export function takeCollected(file: VFile, id: string): Finding[] | undefined {
  const byRule = collected.get(file)
  const findings = byRule?.get(id)
  if (!byRule || !findings) return undefined
  byRule.delete(id)
  if (byRule.size === 0) collected.delete(file)
  return findings
}

/** Forgets what a shared walk collected, once every rule plugin has run. */
export function clearCollected(file: VFile): void {
  collected.delete(file)
}

/**
 * Reports findings on `file` as vfile messages, with full positions and no
 * tree nodes. Empties `findings` as it goes: each finding can be collected as
 * soon as its message exists (millions of them, on some input).
 */
export function emitFindings(file: VFile, findings: Finding[]): void {
  if (findings.length === 0) return
  let locator = locators.get(file)
  if (!locator) {
    locator = location(file)
    locators.set(file, locator)
  }
  withoutStackTraces(() => report(file, locator!, findings))
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

function report(file: VFile, locator: Locator, findings: Finding[]): void {
  const pending = findings as Array<Finding | undefined>
  for (let index = 0; index < pending.length; index++) {
    const finding = pending[index]!
    pending[index] = undefined
    const start = locator.toPoint(finding.start)
    const end = locator.toPoint(finding.end)
    const message = file.message(finding.reason, {
      place: start && end ? {start, end} : undefined
    })
    message.actual = finding.actual
    if (finding.expected) message.expected = [...finding.expected]
    if (finding.note) message.note = finding.note
    if (finding.origin) {
      message.ruleId = finding.origin.ruleId
      message.source = finding.origin.source
      if (finding.origin.url) message.url = finding.origin.url
    }
    if (finding.lowConfidence) lowered.add(message)
    if (finding.anchor) anchors.set(message, finding.anchor)
  }
  findings.length = 0
}

// Messages that a rule marked as low confidence; the preset lowers their
// severity after unified-lint-rule has stamped the rule’s own.
const lowered = new WeakSet<object>()

// Messages whose finding names a section of the rule’s doc; the preset points their `url` there.
const anchors = new WeakMap<object, string>()

/**
 * Finishes the messages reported since index `from`, once unified-lint-rule
 * has stamped the rule’s severity and `url` on them: low-confidence messages
 * go one level down (error → warning → info), and a message whose finding
 * names a section of the rule’s doc gets it as the `url`’s fragment.
 */
export function lowerLowConfidence(file: VFile, from: number): void {
  for (let index = from; index < file.messages.length; index++) {
    const message = file.messages[index]!
    const anchor = anchors.get(message)
    if (anchor !== undefined) {
      anchors.delete(message)
      if (message.url) message.url += '#' + anchor
    }
    if (!lowered.has(message)) continue
    lowered.delete(message)
    message.fatal = message.fatal === true ? false : undefined
  }
}
