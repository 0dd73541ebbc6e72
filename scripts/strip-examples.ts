/**
 * The rules’ data entries carry invented example sentences (`invalid`,
 * `valid`) that only the tests and the docs read. The package builds drop
 * them (`tsup.config.ts`), so that a process does not compile and build some
 * 200 KB of sentences it never reads; the source modules keep them.
 */
import {readFileSync} from 'node:fs'
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
