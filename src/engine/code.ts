import type {Paragraph} from 'nlcst'
import type {Block} from './types.js'
import {countAtOrBelow} from './sorted.js'

/**
 * Keeps messages off inline code. Code is masked in the text rules read, so
 * no rule matches inside it, but a rule that reports a whole line or a whole
 * sentence (`Read also: … `code` …`) would cover it. A finding whose span
 * meets the inline code of its block is not the text’s to fix, and is dropped.
 */

/** Document spans of the `SourceNode`s (inline code of Markdown and HTML) of `paragraphs`, in order. */
export function codeSpans(paragraphs: readonly Paragraph[], nodeBase: number): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const visit = (node: {type: string; position?: {start: {offset?: number}; end: {offset?: number}}; children?: unknown[]}) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'SourceNode' && start !== undefined && end !== undefined) spans.push([start + nodeBase, end + nodeBase])
    else for (const child of node.children ?? []) visit(child as typeof node)
  }
  for (const paragraph of paragraphs) visit(paragraph)
  return spans
}

/** Whether `[start, end)` meets inline code of `block`. */
export function coversCode(block: Block, start: number, end: number): boolean {
  const spans = block.code
  if (!spans || spans.length === 0) return false
  // The first span that ends after `start` (spans are in document order and do not overlap).
  const span = spans[countAtOrBelow(spans, start, (span) => span[1])]
  return span !== undefined && (span[0] < end || (start === end && span[0] <= start))
}
