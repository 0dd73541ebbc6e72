import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {retext} from 'retext'
import type {Processor} from 'unified'
import {VFile, type Compatible} from 'vfile'
import {compareMessage} from 'vfile-sort'
import type {Options} from './engine/config.js'
import {setCollected} from './engine/emit.js'
import {runRules, type ActiveRule} from './engine/run.js'
import {bytesProblem} from './formats/bytes.js'
import {formatOf} from './formats/format.js'
import {walkOf} from './formats/document.js'
import mtlint, {setup} from './preset.js'

interface Linter {
  active: ActiveRule[]
  processor: Processor<Root, Root, Root, Root, string>
}

const linters = new WeakMap<object, Linter>()
let defaultLinter: Linter | undefined

/**
 * Lints English prose with the mtlint preset: plain text, Markdown or HTML
 * (`options.format`, else the extension of `file.path`, else plain text).
 *
 * Plain text is parsed one block (paragraph) at a time, which keeps linting
 * linear where a whole-document retext parse is quadratic; Markdown and HTML
 * are parsed by remark and rehype and bridged to nlcst, so that code and
 * markup are left out, and their disable comments apply. The findings go
 * through the same preset and rule plugins as in a unified pipeline.
 * Resolves with the file; its `messages` are sorted by position. Bytes (a
 * `Uint8Array` or `Buffer`) that are not UTF-8 text (binary, or with a byte
 * sequence that is not UTF-8) are not linted: the file then holds one fatal
 * message, without `ruleId`, naming the first bad byte.
 */
export async function lint(input: Compatible, options?: Options | null): Promise<VFile> {
  const file = input instanceof VFile ? input : new VFile(input)
  // Bytes are linted only when they are UTF-8 text; else one fatal message says why.
  const problem = file.value instanceof Uint8Array ? bytesProblem(file.value) : undefined
  if (problem) {
    const message = file.message('Cannot lint file: ' + problem, {source: 'mtlint'})
    message.fatal = true
    return file
  }
  const {active, processor} = linterFor(options)
  const format = formatOf(file, options?.format)
  // Parsed (Markdown and HTML: bridged) block by block as the rules walk it; no tree of the whole.
  const walk = walkOf(file, format, options)
  setCollected(file, runRules(walk.source, walk.text, active, [], walk.sourceText))
  await processor.run({type: 'RootNode', children: []}, file)
  walk.control?.(file)
  file.messages.sort(compareMessage)
  return file
}

function linterFor(options: Options | null | undefined): Linter {
  if (!options) return (defaultLinter ??= createLinter(undefined))
  let linter = linters.get(options)
  if (!linter) {
    linter = createLinter(options)
    linters.set(options, linter)
  }
  return linter
}

function createLinter(options: Options | undefined): Linter {
  return {
    active: setup(options).active,
    processor: retext().use(retextEnglish).use(mtlint, options).freeze()
  }
}
