import type {Root} from 'nlcst'
import {unified, type Plugin, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import type {Options} from './engine/config.js'
import {setCollected} from './engine/emit.js'
import {runRules} from './engine/run.js'
import {controlMessages} from './formats/control.js'
import {parseDocument} from './formats/document.js'
import {formatOf} from './formats/format.js'
import type {Markup} from './formats/markup.js'
import mtlint, {setup} from './preset.js'

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

// Plain-text documents the parser left unparsed: the preset’s walk parses
// them block by block, so that no document is ever held as one tree.
const unparsed = new WeakSet<Root>()

function optionsOf(processor: Processor<any, any, any, any, any>): Options | undefined {
  return (processor.data('settings') as Settings | undefined)?.mtlint
}

/**
 * Parser: text, Markdown or HTML (by the `format` setting or the file
 * extension) into nlcst. Plain text is left unparsed (an empty root) for the
 * preset to parse block by block, dropping each block’s tree once linted,
 * unless other plugins (`--use`, `plugins` in a configuration file) need the
 * whole tree.
 */
const mtlintParse: Plugin<[], string, Root> = function () {
  const processor = this
  const format = optionsOf(this)?.format
  this.parser = function (_, file) {
    const documentFormat = formatOf(file, format)
    if (documentFormat === 'text' && !processor.attachers.some(([plugin]) => !own.has(plugin))) {
      const root: Root = {type: 'RootNode', children: []}
      unparsed.add(root)
      return root
    }
    const parsed = parseDocument(file, documentFormat)
    if (parsed.markup) markups.set(file, parsed.markup)
    return parsed.prose
  }
}

/** The preset, with the options of the configuration file in force for the file. */
const mtlintFromSettings: Plugin<[], Root> = function () {
  const options = optionsOf(this)
  const transform = mtlint.call(this, options)
  const {active} = setup(options)
  // Two parameters: unified runs this transformer synchronously (the preset’s is).
  return function (tree, file) {
    let words = 0
    if (unparsed.has(tree)) {
      // The preset finds these findings collected and reports them.
      const text = String(file)
      setCollected(file, runRules(text, text, active, [{sentence: (tokens) => (words += countTokenWords(tokens))}]))
    } else {
      words = countWords(tree)
    }
    file.data.mtlint = {options, words}
    transform(tree, file, function () {})
  }
}

function countTokenWords(tokens: ReadonlyArray<{kind: string}>): number {
  let count = 0
  for (const token of tokens) if (token.kind === 'word') count++
  return count
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

// The processor’s own plugins; any other needs a parsed tree.
const own = new Set<unknown>([mtlintParse, mtlintFromSettings, mtlintControl, mtlintCompile])

/** The processor the CLI and the language server share. */
export const processor = unified()
  .use(mtlintParse)
  .use(mtlintFromSettings)
  .use(mtlintControl)
  .use(mtlintCompile)
  .freeze()
