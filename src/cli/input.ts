import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {bytesProblem, textProblem} from '../input/bytes.js'

/**
 * The CLI’s check of what it reads, before parsing. unified-engine decodes
 * files as UTF-8 and puts U+FFFD in place of bytes that are not, which hides
 * them: a file whose text holds U+FFFD or a NUL is read again as bytes and
 * refused if binary or not UTF-8 (see `input/bytes.ts`). The parser’s error
 * becomes a one-line error on the file; the file is neither linted nor
 * fixed. stdin has no bytes to read again: it is only checked for binary.
 */
export const checkInput: Plugin<[], string, Root> = function () {
  const parse = this.parser!
  this.parser = function (document, file) {
    const problem = inputProblem(document, file)
    if (problem) throw new Error(problem)
    return parse(document, file)
  }
}

function inputProblem(text: string, file: VFile): string | undefined {
  if (!file.path || file.data.unifiedEngineStreamIn) return textProblem(text)
  if (!text.includes('\uFFFD') && !textProblem(text)) return undefined
  return bytesProblem(readFileSync(path.resolve(file.cwd, file.path)))
}
