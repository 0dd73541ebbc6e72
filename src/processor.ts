import type {Root} from 'nlcst'
import {unified, type Plugin, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import type {Options} from './engine/config.js'
import {controlMessages} from './formats/control.js'
import {parseDocument} from './formats/document.js'
import {formatOf} from './formats/format.js'
import type {Markup} from './formats/markup.js'
import mtlint from './preset.js'

/** Where the CLI and the language server find mtlint’s configuration: `settings.mtlint` (see `cli/configuration.ts`). */
export interface Settings {
  mtlint?: Options
}

declare module 'unified' {
  interface Settings {
    /** mtlint’s options for `processor`: `processor().data('settings', {mtlint: {format: 'markdown'}})`. */
    mtlint?: import('./engine/config.js').Options
  }
}

declare module 'vfile' {
  interface DataMap {
    /** What the processor used for a file: the options in force and the number of words linted. */
    mtlint: {options: import('./engine/config.js').Options | undefined; words: number}
  }
}

const markups = new WeakMap<VFile, Markup>()

function optionsOf(processor: Processor<any, any, any, any, any>): Options | undefined {
  return (processor.data('settings') as Settings | undefined)?.mtlint
}

/** Parser: text, Markdown or HTML (by the `format` setting or the file extension) into nlcst. */
const mtlintParse: Plugin<[], string, Root> = function () {
  const format = optionsOf(this)?.format
  this.parser = function (_, file) {
    const parsed = parseDocument(file, formatOf(file, format))
    if (parsed.markup) markups.set(file, parsed.markup)
    return parsed.prose
  }
}

/** The preset, with the options of the configuration file in force for the file. */
const mtlintFromSettings: Plugin<[], Root> = function () {
  const options = optionsOf(this)
  const transform = mtlint.call(this, options)
  // Two parameters: unified runs this transformer synchronously (the preset’s is).
  return function (tree, file) {
    file.data.mtlint = {options, words: countWords(tree)}
    transform(tree, file, function () {})
  }
}

function countWords(node: {type: string; children?: unknown[]}): number {
  if (node.type === 'WordNode') return 1
  let count = 0
  for (const child of node.children ?? []) count += countWords(child as typeof node)
  return count
}

/** Disable comments of Markdown and HTML documents; then messages in document order. */
const mtlintControl: Plugin<[], Root> = function () {
  return function (_: Root, file: VFile) {
    const markup = markups.get(file)
    if (markup) controlMessages(file, markup)
    markups.delete(file)
    file.messages.sort(compareMessage)
  }
}

/**
 * Compiler: the document as it was. A linter does not rewrite documents (the
 * nlcst of Markdown and HTML holds the prose only), so `--stdout` and an
 * editor’s “format document” leave it as it is; fixes go through `fix`.
 */
const mtlintCompile: Plugin<[], Root, string> = function () {
  this.compiler = function (_, file) {
    return String(file)
  }
}

/** The processor the CLI and the language server share. */
export const processor = unified()
  .use(mtlintParse)
  .use(mtlintFromSettings)
  .use(mtlintControl)
  .use(mtlintCompile)
  .freeze()
