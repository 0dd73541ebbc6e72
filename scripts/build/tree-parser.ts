/**
 * An esbuild plugin for the bundles that hold the nlcst tree parser
 * themselves (the CLI’s, the language server’s, the browser bundle): their
 * `src/engine/tree-require.ts` reads the bundled `parser.ts` through a
 * `require` that esbuild resolves when it bundles (the module is set up at the
 * first call, synchronously), where the library’s requires `dist/parser.js`
 * from Node at run time.
 */
import path from 'node:path'
import type {Plugin} from 'esbuild'

export const bundledTreeParser: Plugin = {
  name: 'mtlint-bundled-tree-parser',
  setup(build) {
    build.onLoad({filter: /[/\\]src[/\\]engine[/\\]tree-require\.ts$/}, (args) => ({
      contents: "export const treeParserRequirable = true\nexport const requireTreeParser = () => require('./parser.js')",
      resolveDir: path.dirname(args.path),
      loader: 'js'
    }))
  }
}
