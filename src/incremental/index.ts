/**
 * mtlint as an editor types: `createLinter(options)` keeps each block’s
 * tokens and findings between updates and parses only the blocks that changed.
 */
import * as treeModule from '../engine/parser.js'
import {provideTrees} from '../engine/trees.js'
import type {Options} from '../options.js'
import {createLinter as createLinterOf, type IncrementalLinter} from './linter.js'

export type {BlockInput, IncrementalLinter} from './linter.js'

/**
 * `createLinter` of the editor integrations (`mtlint/prosemirror`,
 * `mtlint/tiptap`, the language server), which update synchronously: they
 * import the tree parser with it (the main entry loads it when a run first
 * needs it: `engine/trees.ts`, `src/incremental/main-entry.ts`).
 */
export function createLinter(options?: Options | null): IncrementalLinter {
  provideTrees(treeModule)
  return createLinterOf(options)
}
