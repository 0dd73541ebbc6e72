import type {VFileMessage} from 'vfile-message'

// What a report says of one message. No Node built-ins here: the playground
// (in the browser) writes its JSON report with these same fields.

export type Level = 'error' | 'warning' | 'info'

export function levelOf(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** `start` and `end` of a message, when it has a range. */
export function spanOf(message: VFileMessage) {
  const place = message.place
  if (!place) return undefined
  return 'start' in place ? place : {start: place, end: place}
}

/**
 * A message as `--report json` writes it: its rule, severity, span and fix,
 * with the fingerprint of the text it was found in, so that `fix()` given the
 * parsed report later skips a message whose text has changed since.
 */
export function messageFields(message: VFileMessage) {
  return {
    ruleId: message.ruleId,
    source: message.source,
    severity: levelOf(message),
    reason: message.reason,
    place: spanOf(message),
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url,
    // Typed here: the playground bundles this module without the engine that declares the field.
    fingerprint: (message as VFileMessage & {fingerprint?: number}).fingerprint
  }
}

/** Findings per 1,000 words, as `--stats` counts them: messages of a rule (not file errors) over the words linted. */
export function density(messages: readonly VFileMessage[], words: number): {findings: number; perThousandWords: number} {
  const findings = messages.filter((message) => message.ruleId).length
  return {findings, perThousandWords: words === 0 ? 0 : (findings * 1000) / words}
}

/** A message as JSON (`--report json`, `--jsonl`, the playground’s report). */
export type MessageFields = ReturnType<typeof messageFields>
