import type {VFileMessage} from 'vfile-message'
import {displayPath, levelOf, shownFiles, shownMessages, spanOf, type Reporter} from './shared.js'

/** `--report json`: an array of `{path, messages}`; each message with its rule, severity, span and fix. */
export const json: Reporter = function (files, options) {
  return JSON.stringify(
    shownFiles(files, options).map((file) => ({
      path: displayPath(file),
      messages: shownMessages(file, options).map(messageFields)
    }))
  )
}

/** A message as JSON: its rule, severity, span and fix (also the messages of `--jsonl`). */
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
    url: message.url
  }
}

export type MessageFields = ReturnType<typeof messageFields>
