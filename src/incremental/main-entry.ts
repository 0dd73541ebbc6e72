import {preloadTrees, TreesNotLoaded} from '../engine/trees.js'
import {createLinter as createLinterWithTrees, type IncrementalLinter} from './linter.js'
import type {Options} from '../options.js'

/**
 * `createLinter` as the main entry exports it: the main entry does not load
 * the nlcst tree parser at import (see `engine/trees.ts`). An update that
 * needs a tree loads it synchronously where it can (Node ≥ 20.19, the
 * bundles that hold it: `engine/tree-require.ts`). Where it cannot, the
 * linter starts loading it, and an update that needs a tree before it is
 * loaded throws `TreesNotLoaded`; the linter then starts afresh, so the same
 * update can be made again once `error.loaded` settles (the package resolves
 * to `index-static.ts` there, which has it loaded). The editor integrations
 * (`mtlint/prosemirror`, `mtlint/tiptap`, the language server) load the
 * parser with the incremental linter, and their updates never wait.
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
