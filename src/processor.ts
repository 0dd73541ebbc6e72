import type {Root} from 'nlcst'
import {unified, type Plugin, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {parseText} from './engine/blocks.js'
import {loadTrees, TreesNotLoaded} from './engine/trees.js'
import {unparsed} from './engine/unparsed.js'
import type {Controlled} from './disable-comments.js'
import {formatOf, type Format} from './formats/format.js'
import type {Options} from './options.js'
import mtlint, {ruleNames} from './preset.js'

/** Where the CLI and the language server find mtlint’s configuration: `settings.mtlint` (see `cli/configuration.ts`). */
export interface Settings {
  mtlint?: Options
}

declare module 'unified' {
  interface Data {
    /** The incremental linter of a document of plain text (see `language-server/incremental.ts`): only its changed blocks are parsed again. */
    textLinter?: (file: VFile, options: Options | undefined) => import('./incremental/linter.js').IncrementalLinter
  }
  interface Settings {
    /** mtlint’s options for `processor`: `processor().data('settings', {mtlint: {format: 'markdown'}})`. */
    mtlint?: import('./options.js').Options
  }
}

declare module 'vfile' {
  interface DataMap {
    /** What the disable comments of a Markdown or HTML document are read from, from the parser to `mtlintControl`, which drops it. */
    markup: Controlled
  }
}

function optionsOf(processor: Processor<any, any, any, any, any>): Options | undefined {
  return (processor.data('settings') as Settings | undefined)?.mtlint
}

/** What reads Markdown and HTML (remark, rehype, their bridges to nlcst, disable comments): loaded by the first document that needs it. */
interface MarkupStack {
  document: typeof import('./formats/document.js')
  reading: typeof import('./formats/reading.js')
  control: typeof import('./disable-comments.js')
}

let markupStack: MarkupStack | undefined
let loadingMarkup: Promise<MarkupStack> | undefined

function loadMarkup(): Promise<MarkupStack> {
  loadingMarkup ??= Promise.all([import('./formats/document.js'), import('./formats/reading.js'), import('./disable-comments.js')]).then(
    ([document, reading, control]) => (markupStack = {document, reading, control})
  )
  return loadingMarkup
}

// Markdown and HTML documents parsed before the stack that reads them was loaded: `mtlintReadMarkup` reads them.
const awaitingMarkup = new WeakSet<Root>()
// Plain text that other plugins read, parsed before the tree parser was loaded (see `engine/trees.ts`): `mtlintReadMarkup` parses it.
const awaitingTrees = new WeakSet<Root>()

/**
 * Parser: text, Markdown or HTML (by the `format` setting or the file
 * extension) into nlcst. The document is left unparsed (see
 * `engine/unparsed.ts`) when no other plugin is attached to read a tree:
 * mtlint’s rules then parse plain text block by block, and take Markdown and
 * HTML as their bridge yields them chunk by chunk, dropping each block once
 * linted, so that memory stays bounded. What the disable comments of
 * Markdown and HTML are read from goes to them through `file.data.markup`.
 * Until a Markdown or HTML document is first linted, the stack that reads
 * them is not loaded (a run over plain text never loads it): such a document
 * is read by the transformer after this parser, once it is loaded.
 */
const mtlintParse: Plugin<[], string, Root> = function () {
  const options = optionsOf(this)
  const format = options?.format
  const processor = this
  this.parser = function (_, file) {
    const fileFormat = formatOf(file, format)
    if (fileFormat === 'text') {
      const text = String(file)
      if (!othersAttached(processor)) return unparsed({source: text, text})
      try {
        return parseText(text)
      } catch (error) {
        if (!(error instanceof TreesNotLoaded)) throw error
        const waiting: Root = {type: 'RootNode', children: []}
        awaitingTrees.add(waiting)
        return waiting
      }
    }
    if (!markupStack) {
      const waiting: Root = {type: 'RootNode', children: []}
      awaitingMarkup.add(waiting)
      return waiting
    }
    return readMarkup(markupStack, processor, file, fileFormat, options)
  }
}

/** Reads a Markdown or HTML document its parser left for the stack to be loaded. */
const mtlintReadMarkup: Plugin<[], Root> = function () {
  const options = optionsOf(this)
  const processor = this
  // Not async for other documents: plain text still runs synchronously (`processSync`).
  return function (tree, file) {
    if (awaitingTrees.has(tree)) return loadTrees().then(() => parseText(String(file)))
    if (!awaitingMarkup.has(tree)) return undefined
    return loadMarkup().then((stack) => readMarkup(stack, processor, file, formatOf(file, options?.format), options))
  }
}

function readMarkup(stack: MarkupStack, processor: Processor<any, any, any, any, any>, file: VFile, format: Format, options: Options | undefined): Root {
  if (!othersAttached(processor)) {
    const walk = stack.document.walkOf(file, format, options)
    if (walk.controlled) file.data.markup = walk.controlled
    return unparsed(walk)
  }
  const parsed = stack.document.parseDocument(file, format, options)
  if (parsed.markup) file.data.markup = parsed.markup
  return parsed.prose
}

/** The preset, with the options of the configuration file in force for the file. */
const mtlintFromSettings: Plugin<[], Root> = function () {
  const options = optionsOf(this)
  const transform = mtlint(options)
  const processor = this
  return function (tree, file) {
    // Plain text, with a linter that keeps each document's blocks between runs (the language server's).
    const text = tree.data?.unparsed?.source
    const textLinter = processor.data('textLinter')
    if (textLinter && typeof text === 'string') {
      textLinter(file, options).lintText(text, file)
      return
    }
    try {
      transform(tree, file, () => undefined)
    } catch (error) {
      // Plain text read block by block, stopped before anything was reported: run again once the tree parser is loaded.
      if (!(error instanceof TreesNotLoaded) || typeof text !== 'string') throw error
      return error.loaded.then(() => {
        transform(tree, file, () => undefined)
        placeRead(tree)
      })
    }
    placeRead(tree)
  }
}

/** The rules read Markdown and HTML as read (references decoded); the plugins after them get the file’s places. */
function placeRead(tree: Root): void {
  const reading = tree.data?.reading
  if (reading) markupStack!.reading.placeInSource(tree, reading)
}

/** Disable comments of Markdown and HTML documents; then messages in document order. */
const mtlintControl: Plugin<[], Root> = function () {
  return function (_: Root, file: VFile) {
    const markup = file.data.markup
    if (!markup) return
    delete file.data.markup
    markupStack!.control.controlMessages(file, markup, ruleNames)
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
const ownPlugins = new Set<unknown>([mtlintParse, mtlintReadMarkup, mtlintFromSettings, mtlintControl, mtlintCompile])

/** Marks a plugin as one that reads no tree (the CLI’s input check), so that plain text still needs none. */
export function readsNoTree(plugin: Plugin<any[], any, any>): void {
  ownPlugins.add(plugin)
}

/** Whether a plugin other than mtlint’s own (from `plugins` in a configuration file, or `--use`) may read the tree. */
function othersAttached(processor: Processor<any, any, any, any, any>): boolean {
  return processor.attachers.some(([plugin]) => !ownPlugins.has(plugin))
}

/** The processor of `lint()`, the CLI and the language server: parse, lint, apply disable comments, print as is. */
export const processor = unified().use(mtlintParse).use(mtlintReadMarkup).use(mtlintFromSettings).use(mtlintControl).use(mtlintCompile).freeze()
