import {readFileSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {defineConfig, type Options} from 'tsup'
import {serializedGates} from './rules/scraper-boilerplate/built-gates.js'
import {jsonEntryTables, noExamples} from './scripts/strip-examples.js'
import {firstLintTables} from './scripts/build/first-lint-tables.js'
import {bundledTreeParser} from './scripts/build/tree-parser.js'

/**
 * In the bundles, `src/cli/engine-internals.ts` takes unified-engine’s
 * `Ignore` and `FileSet` from the engine’s files at build time, so that they
 * are the bundled engine’s own modules (the file queue patches the very
 * `FileSet` the engine runs), not a second copy loaded from `node_modules`.
 * Unbundled (tests, tsx), it loads them from the engine’s folder at run time.
 */
const engineInternals: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'mtlint-engine-internals',
  setup(build) {
    const engineLib = path.join(path.dirname(createRequire(import.meta.url).resolve('unified-engine')), 'lib')
    build.onLoad({filter: /[/\\]src[/\\]cli[/\\]engine-internals\.ts$/}, () => ({
      contents: [
        'export {Ignore} from ' + JSON.stringify(path.join(engineLib, 'ignore.js')),
        'export {FileSet} from ' + JSON.stringify(path.join(engineLib, 'file-set.js'))
      ].join('\n'),
      loader: 'js'
    }))
  }
}

/**
 * unified-engine and unified-language-server import `yaml` (for YAML
 * configuration files) and `load-plugin` (with `@npmcli/config` and semver,
 * for plugins and reporters named in configuration), ~600 KB that V8 would
 * scan at every start; they only call them in async functions, when a run
 * needs them. In the bundles those imports get a module that loads the real
 * one on the first call, from the importer’s own folder.
 */
const deferredDependencies: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'mtlint-deferred-dependencies',
  setup(build) {
    const stubs: Record<string, string> = {
      yaml: "export default {parse: async (...parameters) => (await import('yaml')).default.parse(...parameters)}",
      'load-plugin': [
        "export const loadPlugin = async (...parameters) => (await import('load-plugin')).loadPlugin(...parameters)",
        "export const resolvePlugin = async (...parameters) => (await import('load-plugin')).resolvePlugin(...parameters)"
      ].join('\n')
    }
    build.onResolve({filter: /^(?:yaml|load-plugin)$/}, (args) =>
      /[/\\]node_modules[/\\]unified-(?:engine|language-server)[/\\]/.test(args.importer)
        ? {path: args.path, namespace: 'mtlint-deferred', pluginData: path.dirname(args.importer)}
        : undefined
    )
    build.onLoad({filter: /.*/, namespace: 'mtlint-deferred'}, (args) => ({
      contents: stubs[args.path],
      resolveDir: args.pluginData as string,
      loader: 'js'
    }))
  }
}

/**
 * unified-engine reads stdin with `concat-stream` (`{encoding: 'string'}`),
 * which brings `readable-stream` and four more packages, ~90 KB that every
 * start of the CLI compiled and evaluated. In the bundles it gets Node’s own
 * `Writable`, which gathers the chunks and hands over their text.
 */
const concatString: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'mtlint-concat-string',
  setup(build) {
    build.onResolve({filter: /^concat-stream$/}, (args) => ({path: args.path, namespace: 'mtlint-concat-string'}))
    build.onLoad({filter: /.*/, namespace: 'mtlint-concat-string'}, () => ({
      contents: [
        "import {Writable} from 'node:stream'",
        'export default function concatStream(options, done) {',
        '  const chunks = []',
        '  return new Writable({',
        '    objectMode: true,',
        '    write(chunk, encoding, next) { chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk); next() },',
        '    final(next) { done(Buffer.concat(chunks).toString("utf8")); next() }',
        '  })',
        '}'
      ].join('\n'),
      loader: 'js'
    }))
  }
}

/** unified-engine’s `glob` import gets `src/cli/glob.ts`, which loads glob when a path can be a glob. */
const globWhenNeeded: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'mtlint-glob-when-needed',
  setup(build) {
    build.onResolve({filter: /^glob$/}, (args) =>
      /[/\\]node_modules[/\\]unified-engine[/\\]/.test(args.importer) ? {path: path.resolve('src/cli/glob.ts')} : undefined
    )
  }
}

/**
 * The CLI’s bundle is compiled as a script (`src/cli/code-cache.ts`), and a
 * script’s `import()` has no loader in Node 20 (vm’s own is experimental and
 * warns): the `import()` of a path computed at run time (plugins, `.mjs`
 * configuration) calls `importFromCli`, which `dist/cli.js` hands to the bundle.
 * Every other import is bundled; a native `import(` left in the bundle fails the build.
 */
const importThroughCli: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'mtlint-import-through-cli',
  setup(build) {
    build.onLoad({filter: /[/\\]node_modules[/\\](?:load-plugin|unified-engine)[/\\].*\.js$/}, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/(?<![\w$.])import\((?!['"])/g, 'importFromCli('),
      loader: 'js'
    }))
    build.onEnd((result) => {
      for (const file of result.outputFiles ?? []) {
        if (/[/\\]cli-bundle\.js$/.test(file.path) && /(?<![\w$.])import\(/.test(file.text)) throw new Error(file.path + ': an import() the loader cannot run')
      }
    })
  }
}

/**
 * `rules/scraper-boilerplate/line-matcher.ts` gets a `./line-gate.js` whose
 * `gatesOf` reads the gates of the lexicon’s line and start entries built
 * here (`rules/scraper-boilerplate/built-gates.ts`, by the function the rule runs from source),
 * and the rest of `line-gate.ts` as it is: a process reads one string at its
 * first line instead of reading some 50 patterns for their gates.
 */
const scraperGates: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'mtlint-scraper-gates',
  setup(build) {
    let gates: string | undefined
    build.onEnd(() => {
      // The rule’s files changed so that this plugin no longer applies: say so rather than fall back to reading the gates at run time unnoticed.
      if (gates === undefined)
        console.warn('mtlint-scraper-gates: no import of ./line-gate.js from line-matcher.ts, the bundles read the line gates at run time')
    })
    build.onResolve({filter: /^\.\/line-gate\.js$/}, (args) =>
      /[/\\]rules[/\\]scraper-boilerplate[/\\]line-matcher\.ts$/.test(args.importer)
        ? {path: path.join(path.dirname(args.importer), 'line-gate.ts'), namespace: 'mtlint-scraper-gates'}
        : undefined
    )
    build.onLoad({filter: /.*/, namespace: 'mtlint-scraper-gates'}, (args) => ({
      contents: [
        'export * from ' + JSON.stringify(args.path),
        'import {gatesOf as scanGates} from ' + JSON.stringify(args.path),
        'import {gatesWithBuilt} from ' + JSON.stringify(path.resolve('rules/scraper-boilerplate/built-gates.ts')),
        'export const gatesOf = gatesWithBuilt(scanGates, ' + JSON.stringify((gates ??= serializedGates())) + ')'
      ].join('\n'),
      resolveDir: path.dirname(args.path),
      loader: 'js'
    }))
  }
}

const shared: Options = {
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  // Both builds write to `dist/`: it is emptied once, before them (they run side by side).
  clean: false,
  splitting: true,
  esbuildPlugins: [scraperGates, firstLintTables, jsonEntryTables, noExamples]
}

export default defineConfig((): Options[] => {
  rmSync('dist', {recursive: true, force: true})
  return [
    {
      ...shared,
      // The library: its dependencies stay external, shared with the host’s, as a library’s should.
      entry: {
        index: 'src/index.ts',
        // Many documents, with worker threads: Node only, so not in the (browser-safe) main entry.
        records: 'src/records/index.ts',
        // mtlint in a ProseMirror editor; prosemirror-* are peer dependencies, left out of the bundle.
        prosemirror: 'src/prosemirror/index.ts',
        // The TipTap extension around that plugin; `@tiptap/core` is a peer dependency.
        tiptap: 'src/tiptap/index.ts',
        // The nlcst tree parser, which the main entry loads when a run first needs a tree: at a path of its own,
        // so that a synchronous run can require it (`src/engine/tree-require.ts`).
        parser: 'src/engine/parser.ts',
        // The main entry with the parser imported with it: where Node cannot require an ES module, and in bundlers (`package.json` exports).
        'index-static': 'src/index-static.ts'
      },
      dts: {entry: {index: 'src/index.ts', records: 'src/records/index.ts', prosemirror: 'src/prosemirror/index.ts', tiptap: 'src/tiptap/index.ts'}}
    },
    {
      ...shared,
      // The CLI: one CommonJS file, which `dist/cli.js` (below) compiles through V8’s code cache (`dist/cli-bundle.js`).
      entry: {'cli-bundle': 'src/cli/start.ts'},
      format: ['cjs'],
      // `.js`, as the package ships its built code (`files`); nothing imports it as a module.
      outExtension: () => ({js: '.js'}),
      splitting: false,
      // `import.meta.url` from the `__filename` that `src/cli/code-cache.ts` hands to the bundle.
      shims: true,
      noExternal: [/./],
      minifyWhitespace: true,
      minifySyntax: true,
      // calque’s tables stay code here: from the code cache, V8 builds their literals faster than it parses them as JSON.
      esbuildPlugins: [
        scraperGates,
        firstLintTables,
        noExamples,
        bundledTreeParser,
        engineInternals,
        deferredDependencies,
        concatString,
        globWhenNeeded,
        importThroughCli
      ],
      // Node’s own wrapper of a CommonJS module, written in the file (the loader compiles the file as it is read), and `importFromCli`.
      banner: {js: '(function (exports, require, module, __filename, __dirname, importFromCli) {'},
      footer: {js: '})'}
    },
    {
      ...shared,
      // mtlint’s own processes, started once per commit or per file: each reads a few bundled
      // files instead of resolving and loading hundreds of modules from `node_modules`.
      entry: {
        cli: 'src/cli.ts',
        'language-server': 'src/language-server.ts',
        // The worker threads of `--jsonl --jobs` and `lintRecords({jobs})`, loaded by file URL.
        'records-worker': 'src/records/worker.ts'
      },
      noExternal: [/./],
      // Less for V8 to scan at every start; names are kept (stack traces), and the source maps map back.
      minifyWhitespace: true,
      minifySyntax: true,
      esbuildPlugins: [
        scraperGates,
        firstLintTables,
        jsonEntryTables,
        noExamples,
        bundledTreeParser,
        engineInternals,
        deferredDependencies,
        concatString,
        globWhenNeeded
      ],
      // Bundled CommonJS dependencies (vscode-languageserver, ignore…) call `require`, which ES modules lack.
      banner: {js: "import {createRequire as createRequireOfBundle} from 'node:module';\nconst require = createRequireOfBundle(import.meta.url);"},
      esbuildOptions(options) {
        options.chunkNames = 'bin-[hash]'
      }
    }
  ]
})
