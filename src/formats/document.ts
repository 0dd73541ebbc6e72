import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {parseText} from '../engine/blocks.js'
import type {Block} from '../engine/types.js'
import type {Unparsed} from '../engine/unparsed.js'
import type {Controlled} from '../disable-comments.js'
import type {Format} from './format.js'
import {parseMarkup, readMarkup, type Markup, type MarkupOptions} from './markup.js'

/** A parsed document: its prose as nlcst and, for Markdown and HTML, the markup tree. */
export interface Parsed {
  prose: Root
  markup?: Markup
}

/** Parses `file` in `format` into nlcst (Markdown and HTML through their own parsers and bridges). */
export function parseDocument(file: VFile, format: Format, options?: MarkupOptions | null): Parsed {
  if (format === 'text') return {prose: parseText(String(file))}
  const markup = parseMarkup(file, format, options)
  return {prose: markup.prose, markup}
}

/**
 * A document read for one walk of the rules (`runRules(source, text, active,
 * observers, sourceText)`), with no tree of the whole: plain text is parsed
 * block by block, Markdown and HTML are bridged chunk by chunk, as the walk
 * goes, and each block’s tree is dropped once linted.
 */
export interface Walk extends Unparsed {
  /** The text itself (plain text) or the blocks of Markdown or HTML. */
  source: string | Iterable<Block>
  /** What the document’s disable comments are read from (Markdown and HTML), complete once the walk is done. */
  controlled?: Controlled
}

/** Reads `file` in `format` for one walk of the rules. */
export function walkOf(file: VFile, format: Format, options?: MarkupOptions | null): Walk {
  if (format === 'text') {
    const text = String(file)
    return {source: text, text}
  }
  const markup = readMarkup(file, format, options)
  return {source: markup.blocks, text: markup.reading.text, sourceText: markup.reading, controlled: markup.controlled}
}
