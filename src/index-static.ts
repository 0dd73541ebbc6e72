/**
 * The main entry with the nlcst tree parser imported with it, as every entry
 * had it before the parser loaded when a run first needs a tree: what
 * `mtlint` resolves to (`package.json`: the `default` condition) where Node
 * cannot require an ES module, so cannot load the parser in the middle of a
 * synchronous call (Node < 20.19: `module-sync` is unmatched), and in
 * bundlers, whose bundles have no Node `require`. `processSync` and
 * `createLinter()` then never wait for it, whatever the text.
 */
import * as treeModule from './engine/parser.js'
import {provideTrees} from './engine/trees.js'

provideTrees(treeModule)

export * from './index.js'
export {default} from './index.js'
