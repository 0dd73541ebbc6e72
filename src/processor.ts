import type {Root} from 'nlcst'
import {unified, type Plugin, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import type {Options} from './engine/config.js'
import {setCollected} from './engine/emit.js'
import {runRules} from './engine/run.js'
import type {Visitor} from './engine/types.js'
import {controlMessages} from './formats/control.js'
import {parseDocument, walkOf, type Walk} from './formats/document.js'
import {formatOf} from './formats/format.js'
import {readingOf} from './formats/markup.js'
import {placeInSource} from './formats/reading.js'
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

// Files parsed to no tree: the rules parse (or bridge) them block by block themselves.
const walks = new WeakMap<VFile, Walk>()
// Disable comments of Markdown and HTML files, applied once the rules have run.
const controls = new WeakMap<VFile, (file: VFile) => void>()

function optionsOf(processor: Processor<any, any, any, any, any>): Options | undefined {
  return (processor.data('settings') as Settings | undefined)?.mtlint
}

/**
 * Parser: text, Markdown or HTML (by the `format` setting or the file
 * extension) into nlcst. A file gets no tree when no other plugin is attached
 * to read one: the rules then parse (or bridge) it block by block and drop
 * each block once linted, as `lint()` does, so that memory stays bounded
 * (the tree of a 50 MB file takes gigabytes).
 */
const mtlintParse: Plugin<[], string, Root> = function () {
  const options = optionsOf(this)
  const format = options?.format
  const processor = this
  this.parser = function (_, file) {
    const fileFormat = formatOf(file, format)
    if (!othersAttached(processor)) {
      const walk = walkOf(file, fileFormat, options)
      walks.set(file, walk)
      if (walk.control) controls.set(file, walk.control)
      return {type: 'RootNode', children: []}
    }
    const {prose, markup} = parseDocument(file, fileFormat, options)
    if (markup) controls.set(file, (file) => controlMessages(file, markup))
    return prose
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
    const walk = walks.get(file)
    if (walk) {
      walks.delete(file)
      setCollected(file, runRules(walk.source, walk.text, active, [wordCounter((count) => (words += count))], walk.sourceText))
    } else words = countWords(tree)
    file.data.mtlint = {options, words}
    const reading = readingOf(tree)
    transform(tree, file, function () {})
    // The rules read Markdown and HTML as read (references decoded); the plugins after them get the file’s places.
    if (reading) placeInSource(tree, reading)
  }
}

function countWords(node: {type: string; children?: unknown[]}): number {
  if (node.type === 'WordNode') return 1
  let count = 0
  for (const child of node.children ?? []) count += countWords(child as typeof node)
  return count
}

/** Counts the words of each sentence the rules’ walk reaches (the words a tree would hold). */
function wordCounter(add: (count: number) => void): Visitor {
  return {
    sentence(tokens) {
      let count = 0
      for (const token of tokens) if (token.kind === 'word') count++
      add(count)
    }
  }
}

/** Disable comments of Markdown and HTML documents; then messages in document order. */
const mtlintControl: Plugin<[], Root> = function () {
  return function (_: Root, file: VFile) {
    controls.get(file)?.(file)
    controls.delete(file)
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

// mtlint’s own plugins, and those registered with `readsNoTree`: none reads the tree of plain text.
const ownPlugins = new Set<unknown>([mtlintParse, mtlintFromSettings, mtlintControl, mtlintCompile])

/** Marks a plugin as one that reads no tree (the CLI’s input check), so that plain text still needs none. */
export function readsNoTree(plugin: Plugin<any[], any, any>): void {
  ownPlugins.add(plugin)
}

/** Whether a plugin other than mtlint’s own (from `plugins` in a configuration file, or `--use`) may read the tree. */
function othersAttached(processor: Processor<any, any, any, any, any>): boolean {
  return processor.attachers.some(([plugin]) => !ownPlugins.has(plugin))
}

/** The processor the CLI and the language server share. */
export const processor = unified()
  .use(mtlintParse)
  .use(mtlintFromSettings)
  .use(mtlintControl)
  .use(mtlintCompile)
  .freeze()
