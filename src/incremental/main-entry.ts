import {loadTrees, preloadTrees, TreesNotLoaded} from '../engine/trees.js'
import {createLinter as createLinterWithTrees, type IncrementalLinter} from './linter.js'
import type {Options} from '../options.js'

/**
 * `createLinter` as the main entry exports it: the main entry does not load
 * the nlcst tree parser (see `engine/trees.ts`), so a linter made from it
 * starts loading it, and an update that needs a tree before it is loaded (a
 * block whose tokens are not read without one, a rule that reads
 * paragraphs) throws `TreesNotLoaded`; the linter then starts afresh, so the
 * same update can be made again once `error.loaded` settles. Loading takes a
 * microtask in a bundle, a few milliseconds in Node. The editor
 * integrations (`mtlint/prosemirror`, `mtlint/tiptap`, the language server)
 * load the parser with the incremental linter, and their updates never wait.
 */
export function createLinter(options?: Options | null): IncrementalLinter {
  let linter = createLinterWithTrees(options)
  preloadTrees()
  function guarded<Result>(run: () => Result): Result {
    try {
      return run()
    } catch (error) {
      // The update stopped half-way: what the linter kept of the blocks is not trusted.
      if (error instanceof TreesNotLoaded) linter = createLinterWithTrees(options)
      throw error
    }
  }
  return {
    update: (blocks) => guarded(() => linter.update(blocks)),
    lintText: (text, file) => guarded(() => linter.lintText(text, file))
  }
}

/**
 * Resolves once the main entry has loaded what a synchronous call may need
 * (the nlcst tree parser): after it, `createLinter()`’s updates and
 * `processSync` of plain text never throw for want of it.
 */
export function ready(): Promise<void> {
  return loadTrees()
}
