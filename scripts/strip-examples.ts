/**
 * The rules’ data entries carry invented example sentences (`invalid`,
 * `valid`) that only the tests and the docs read. The package’s and the
 * browser’s bundles drop them (`tsup.config.ts`, `browser-bundle.ts`), so
 * that a process does not compile and build some 200 KB of sentences it
 * never reads, and take calque’s entry tables as JSON; the source modules
 * keep them as they are.
 */
import {readFileSync} from 'node:fs'
import * as esbuild from 'esbuild'
import type {Plugin} from 'esbuild'
import ts from 'typescript'

const exampleKeys = new Set(['invalid', 'valid'])

/** Whether an initializer is sentences: a string, a template, a string joined with `+`, or an array of them. */
function isSentences(node: ts.Expression): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) return true
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return isSentences(node.left) || isSentences(node.right)
  return ts.isArrayLiteralExpression(node) && node.elements.every((element) => isSentences(element))
}

/**
 * The source of a module without the `invalid` and `valid` properties of its
 * object literals whose values are sentences, or `undefined` when it has none.
 */
export function withoutExamples(source: string, fileName: string): string | undefined {
  if (!/^\s+(?:invalid|valid):/m.test(source)) return undefined
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const cuts: Array<[number, number]> = []
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isObjectLiteralExpression(node.parent) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
      exampleKeys.has(node.name.text) &&
      isSentences(node.initializer)
    ) {
      // The property with the line break and comments before it, and the comma after it (a property last
      // without one leaves the comma before it, which is valid).
      const comma = /^\s*,/.exec(source.slice(node.end))
      cuts.push([node.getFullStart(), node.end + (comma ? comma[0].length : 0)])
      return
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  if (cuts.length === 0) return undefined
  let kept = ''
  let from = 0
  for (const [start, end] of cuts) {
    kept += source.slice(from, start)
    from = end
  }
  return kept + source.slice(from)
}

/** The esbuild plugin of the package’s and the browser’s bundles: the rules’ modules without their examples. */
export const noExamples: Plugin = {
  name: 'mtlint-no-examples',
  setup(build) {
    build.onLoad({filter: /[/\\]rules[/\\].*\.ts$/}, (args) => {
      const contents = withoutExamples(readFileSync(args.path, 'utf8'), args.path)
      return contents === undefined ? undefined : {contents, loader: 'ts'}
    })
  }
}

/** calque’s entry tables, one module per source language (phrases, periphrases): strings only, some 400 KB. */
const entryTables = /[/\\]rules[/\\]calque[/\\](?:periphrasis[/\\])?[a-z]{2}\.ts$/

/** Whether a value is what `JSON.parse` gives back as it is: strings, finite numbers, booleans, null, arrays and plain objects of them. */
export function isJsonData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(isJsonData)
  return typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isJsonData)
}

/**
 * calque’s entry tables as JSON text parsed at import, without their
 * examples: V8 parses and builds JSON faster than it compiles and runs the
 * same object literals as code (~11 -> ~6 CPU ms for the tables of every
 * language). Each module is bundled and run here; a module with anything
 * else than JSON data among its exports is left as code, with a warning.
 */
export const jsonEntryTables: Plugin = {
  name: 'mtlint-json-entry-tables',
  setup(build) {
    build.onLoad({filter: entryTables}, async (args) => {
      const built = await esbuild.build({
        entryPoints: [args.path],
        bundle: true,
        format: 'esm',
        platform: 'node',
        write: false,
        plugins: [noExamples],
        logLevel: 'silent'
      })
      const exports: Record<string, unknown> = await import('data:text/javascript;base64,' + Buffer.from(built.outputFiles[0]!.text).toString('base64'))
      if (!Object.values(exports).every(isJsonData)) return {warnings: [{text: 'not JSON data: left as code'}]}
      const contents = Object.entries(exports).map(
        ([name, value]) => (name === 'default' ? 'export default ' : `export const ${name} = `) + `JSON.parse(${JSON.stringify(JSON.stringify(value))})`
      )
      return {contents: contents.join('\n') + '\n', loader: 'js'}
    })
  }
}
