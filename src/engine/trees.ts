import type {ParseAt} from './parser.js'
import {requireTreeParser, treeParserRequirable} from './tree-require.js'

type TreeModule = typeof import('./parser.js')

/**
 * The nlcst tree parser (`ParseAt`, on parse-english, parse-latin and the
 * unist utilities they import: some 30 modules) is loaded when a run first
 * needs a tree, not by the main entry’s import (`src/index.ts`): the rules of
 * the default preset read plain text as tokens, without a tree
 * (`sentence-tokens.ts`). A run needs one for a rule that reads paragraphs (a
 * retext plugin’s), for plugins that read the document’s tree, for a block
 * longer than a piece (`pieces.ts`), and for the few blocks whose tokens are
 * not read without a tree. Such a run requires it synchronously where the
 * platform can (`tree-require.ts`); where it cannot, a synchronous run throws
 * `TreesNotLoaded`, and `processor` (and so `lint()`) waits for it and runs
 * again. A module graph that imports `parser.ts` statically hands it over at
 * once (`provideTrees`: `src/index-static.ts`, what the package resolves to
 * where Node cannot require an ES module; the editor integrations’
 * `createLinter`, `src/incremental/index.ts`).
 */
let trees: TreeModule | undefined
let loading: Promise<void> | undefined

/** Hands the engine the tree parser’s module, imported statically. */
export function provideTrees(module: TreeModule): void {
  trees = module
}

/** Whether the tree parser is loaded. */
export function treesLoaded(): boolean {
  return trees !== undefined
}

/** Loads the tree parser (once). */
export function loadTrees(): Promise<void> {
  loading ??= trees ? Promise.resolve() : import('./parser.js').then(provideTrees)
  return loading
}

/**
 * Starts loading the tree parser where a synchronous run could not load it
 * itself (see `tree-require.ts`): `dist/index.js` imported by its path on an
 * older Node, or bundled for a browser.
 */
export function preloadTrees(): void {
  if (!trees && !treeParserRequirable) loadTrees().catch(() => undefined)
}

/** Thrown by a synchronous run that needs an nlcst tree before the tree parser is loaded. */
export class TreesNotLoaded extends Error {
  /** Settles once the tree parser is loaded (a run may then be tried again). */
  readonly loaded: Promise<void>

  constructor() {
    super(
      'mtlint: this text needs the nlcst tree parser, which this platform cannot load synchronously (no `require` of ES modules): `lint()` and `process()` wait for it; import `mtlint` by its package name (whose entry here loads it at import), or make this call again once `error.loaded` settles'
    )
    this.name = 'TreesNotLoaded'
    this.loaded = loadTrees()
  }
}

/** A new tree parser, or `TreesNotLoaded` (which starts loading it). */
export function treeParser(): ParseAt {
  return new (loaded().ParseAt)()
}

/** The points of `text` (vfile-location), which a tree’s positions are made of: loaded with the tree parser. */
export function pointsOf(text: string): ReturnType<TreeModule['location']> {
  return loaded().location(text)
}

function loaded(): TreeModule {
  trees ??= requireTreeParser()
  if (!trees) throw new TreesNotLoaded()
  return trees
}
