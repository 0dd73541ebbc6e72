import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {withoutStackTraces} from './messages.js'
import type {Report, Visitor} from './types.js'

/** A retext plugin’s transformer, as a rule of another package runs it. */
export type RetextTransformer = (tree: Root, file: VFile) => void

/**
 * Runs a retext plugin’s transformer paragraph by paragraph (cheap and linear
 * where a whole-document parse is not; fine for plugins that work within a
 * paragraph), turning its messages into reports with its own wording
 * (`reason`) and replacements, in document offsets. The plugin’s messages
 * never reach the file: the engine makes the rule’s, with the rule’s id
 * (not the plugin’s finer `ruleId`, such as `quote` or `apostrophe`).
 */
export function paragraphByParagraph(transform: RetextTransformer, report: (report: Report) => void): Visitor {
  // One scratch file per document; the plugin’s messages are moved out of it after each paragraph.
  const scratch = new VFile()
  return {
    paragraph(paragraph, block) {
      withoutStackTraces(() => transform({type: 'RootNode', children: [paragraph]}, scratch))
      const messages = scratch.messages.splice(0)
      for (const message of messages) {
        const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
        const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
        if (start === undefined || end === undefined) continue
        const finding: Report = {
          start: start + block.nodeBase,
          end: end + block.nodeBase,
          note: message.note ?? '',
          reason: message.reason
        }
        if (message.expected) finding.expected = message.expected
        report(finding)
      }
    }
  }
}
