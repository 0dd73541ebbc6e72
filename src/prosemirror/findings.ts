import type {Node} from 'prosemirror-model'
import {Decoration, DecorationSet} from 'prosemirror-view'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Rule} from '../engine/rule.js'
import {positionOf, type TextBlock} from './blocks.js'

/** A message of mtlint placed in a ProseMirror document. */
export interface Finding {
  /** Document positions of the span. */
  from: number
  to: number
  /** The vfile message, as `lint()` gives it for the document’s text; its `actual` is `doc.textBetween(from, to)`. */
  message: VFileMessage
}

/** `error`, `warning` or `info`, from a message’s `fatal`. */
export function severityOf(message: VFileMessage): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/**
 * Places the messages of the linted text in the document. A span across an
 * inline leaf (a hard break, an image) reads other text in the document than
 * the linter read: its replacement is dropped, to be fixed by hand.
 */
export function placeFindings(file: VFile, blocks: readonly TextBlock[], doc: Node): Finding[] {
  const findings: Finding[] = []
  if (blocks.length === 0) return findings
  for (const message of file.messages) {
    const place = message.place
    if (!place || !('start' in place)) continue
    const from = positionOf(blocks, place.start.offset!)
    const to = positionOf(blocks, place.end.offset!)
    const actual = doc.textBetween(from, to)
    if (actual !== message.actual) {
      message.actual = actual
      delete message.expected
    }
    findings.push({from, to, message})
  }
  return findings
}

/** An inline decoration per finding: classes by category and severity, the rule and the message in data attributes. */
export function decorate(doc: Node, findings: readonly Finding[], categories: ReadonlyMap<string, Rule['category']>): DecorationSet {
  const decorations: Decoration[] = []
  for (const finding of findings) {
    if (finding.to <= finding.from) continue
    const {message} = finding
    const category = categories.get(message.ruleId ?? '') ?? 'other'
    decorations.push(
      Decoration.inline(
        finding.from,
        finding.to,
        {
          class: 'mtlint mtlint-' + category + ' mtlint-' + severityOf(message),
          'data-rule': message.ruleId ?? '',
          'data-message': message.reason
        },
        {finding}
      )
    )
  }
  return DecorationSet.create(doc, decorations)
}

/** What identifies a finding from one run to the next, wherever the text around it moved: its rule and the text around it. */
export function findingKey(finding: Finding): string {
  // `fingerprint` is declared in `fix.ts`, which this entry does not load.
  const {fingerprint} = finding.message as {fingerprint?: number}
  return (finding.message.ruleId ?? '') + ':' + String(fingerprint ?? '') + ':' + (finding.message.actual ?? '')
}
