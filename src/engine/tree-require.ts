type TreeModule = typeof import('./parser.js')

/** What this module reads of Node’s `process` (the main entry stays browser-safe: no static Node built-in). */
interface NodeProcess {
  features?: {require_module?: boolean}
  getBuiltinModule?: (id: 'node:module') => {createRequire(url: string): (id: string) => unknown}
}

const nodeProcess = (globalThis as {process?: NodeProcess}).process

/**
 * Whether `requireTreeParser` can load the tree parser: Node ≥ 20.19 (and
 * 22.12) requires an ES module (`process.features.require_module`), and
 * reaches its `require` through `process.getBuiltinModule` (Node ≥ 20.16).
 */
export const treeParserRequirable = nodeProcess?.features?.require_module === true && typeof nodeProcess.getBuiltinModule === 'function'

/**
 * The tree parser’s module (`parser.ts`) loaded synchronously, or `undefined`
 * where that cannot be done (`treeParserRequirable`): the same module
 * instance an `import()` gives, in ~35 ms. The package’s library build keeps
 * `parser.ts` as `dist/parser.js`, beside its chunks (`tsup.config.ts`); the
 * bundles that hold the parser (the CLI’s, the browser bundle) replace this
 * module with one that reads their own copy (`scripts/build/tree-parser.ts`).
 */
export function requireTreeParser(): TreeModule | undefined {
  if (!treeParserRequirable) return undefined
  try {
    return nodeProcess!.getBuiltinModule!('node:module').createRequire(import.meta.url)('./parser.js') as TreeModule
  } catch {
    // Not where the build put it: the caller throws `TreesNotLoaded`, and an asynchronous run waits for `import()`.
    return undefined
  }
}
