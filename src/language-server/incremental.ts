import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {createLinter, type IncrementalLinter} from '../incremental/index.js'
import type {Options} from '../options.js'
import {readsNoTree} from '../processor.js'

// Documents whose linters are kept: those being edited; the least recently linted goes first.
const kept = 32

/**
 * A plugin the language server hands unified-engine with every document: a
 * document of plain text is linted by a linter that keeps its blocks from
 * one change to the next (`createLinter`), so that a keystroke parses one
 * paragraph again, not the whole document. One linter per document path and
 * options, for the last `kept` documents linted.
 */
export const lintTextIncrementally: Plugin<[], undefined> = function () {
  this.data('textLinter', linterOf)
}

// It reads no tree: plain text is still linted block by block, without one.
readsNoTree(lintTextIncrementally)

const linters = new Map<string, IncrementalLinter>()

function linterOf(file: VFile, options: Options | undefined): IncrementalLinter {
  const key = JSON.stringify([file.path, options ?? null])
  let linter = linters.get(key)
  if (linter) linters.delete(key)
  else {
    linter = createLinter(options)
    if (linters.size >= kept) linters.delete(linters.keys().next().value!)
  }
  linters.set(key, linter)
  return linter
}
