import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {parseText} from '../engine/blocks.js'
import type {Format} from './format.js'
import {parseMarkup, type Markup, type MarkupOptions} from './markup.js'

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
