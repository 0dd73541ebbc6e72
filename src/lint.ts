import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {VFile, type Compatible} from 'vfile'
import {bytesProblem} from './input/bytes.js'
import type {Options} from './options.js'
import {processor} from './processor.js'

type Linter = Processor<Root, Root, Root, Root, string>

// One frozen processor per options object: freezing resolves the options (and so checks them) once.
const linters = new WeakMap<object, Linter>()
let defaultLinter: Linter | undefined

/**
 * Lints English prose with the mtlint preset: plain text, Markdown or HTML
 * (`options.format`, else the extension of `file.path`, else plain text).
 * This is the processor of the CLI and the language server, with `options`
 * as its settings: plain text is parsed one block (paragraph) at a time,
 * which keeps linting linear where a whole-document retext parse is
 * quadratic; Markdown and HTML are parsed by remark and rehype and bridged to
 * nlcst, so that code and markup are left out, and their disable comments
 * apply. Resolves with the file; its `messages` are sorted by position.
 * Bytes (a `Uint8Array` or `Buffer`) that are not UTF-8 text (binary, or
 * with a byte sequence that is not UTF-8) are not linted: the file then
 * holds one fatal message, without `ruleId`, naming the first bad byte.
 * Anything else than a string, bytes, a VFile or VFile options is a
 * `TypeError`.
 */
export async function lint(input: Compatible, options?: Options | null): Promise<VFile> {
  const file = input instanceof VFile ? input : new VFile(checkInput(input))
  // Bytes are linted only when they are UTF-8 text; else one fatal message says why.
  const problem = file.value instanceof Uint8Array ? bytesProblem(file.value) : undefined
  if (problem) {
    const message = file.message('Cannot lint file: ' + problem, {source: 'mtlint'})
    message.fatal = true
    return file
  }
  const linter = linterFor(options)
  await linter.run(linter.parse(file), file)
  return file
}

function linterFor(options: Options | null | undefined): Linter {
  if (!options) return (defaultLinter ??= processor().freeze())
  let linter = linters.get(options)
  if (!linter) {
    linter = processor().data('settings', {mtlint: options}).freeze()
    linters.set(options, linter)
  }
  return linter
}

/** What `new VFile()` takes, or a `TypeError` that says what `lint()` takes. */
function checkInput(input: unknown): Compatible {
  const usable = typeof input === 'string' || input instanceof Uint8Array || (typeof input === 'object' && input !== null && !Array.isArray(input))
  if (usable) return input as Compatible
  const shown = Array.isArray(input) ? 'an array' : typeof input === 'function' ? 'a function' : '`' + String(input) + '`'
  throw new TypeError('lint() takes a string, a Uint8Array, a VFile or VFile options such as `{value, path}`, not ' + shown)
}
