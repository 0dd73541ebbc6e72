/**
 * The main entry loads the nlcst tree parser (parse-english and parse-latin)
 * only when a run needs a tree (`src/engine/trees.ts`): synchronously where
 * Node can require an ES module (`src/engine/tree-require.ts`), so that no
 * synchronous call throws for want of it; where it cannot, the package
 * resolves to `src/index-static.ts`, which loads it at import. Each case runs in a fresh process,
 * from source: the tests of this process have it loaded
 * (`tests/setup/trees.ts`). A run that needs it is held to the messages of
 * this process’s `lint()`.
 */
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import type {VFile} from 'vfile'
import {lint} from '../src/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))

// One sentence of plain text: its tokens are read without a tree.
const plain = 'The talks were held in Kiev on Monday.'
// Each kind of plain text whose tokens are not read without a tree.
const needsTree: ReadonlyArray<{kind: string; text: string}> = [
  {
    kind: 'a block over 8 KB',
    text: Array.from({length: 130}, (_, day) => `Delegates met in Kiev on day ${day + 1} to talk about the grain corridor.`).join(' ')
  },
  // A no-break space keeps the block whole.
  {kind: 'a white space run of two line breaks inside a block', text: 'The council met in Kiev on Monday.\n\u00A0\nThe mayor spoke after lunch.'},
  {kind: 'a closing mark outside ASCII where a sentence may end', text: 'The mayor said: “The harbour stays closed.” The ferry left Kiev at noon.'}
]
const parsed = needsTree[1]!.text

/** Runs `body` (an async function body, given `mtlint` and `trees`) in a fresh process with `flags`; its return value, as JSON. */
function fresh(body: string, flags: string[] = []): unknown {
  const script = [
    `const mtlint = await import(${JSON.stringify(root + 'src/index.ts')})`,
    `const trees = await import(${JSON.stringify(root + 'src/engine/trees.ts')})`,
    'const shown = (file) => file.messages.map((message) => [message.place?.start?.offset, message.place?.end?.offset, message.ruleId, message.reason])',
    `const result = await (async () => {${body}})()`,
    'console.log(JSON.stringify(result))'
  ].join('\n')
  return JSON.parse(execFileSync(process.execPath, [...flags, '--import', 'tsx', '--input-type=module', '-e', script], {cwd: root, encoding: 'utf8'}))
}

function shown(file: VFile) {
  return file.messages.map((message) => [
    message.place && 'start' in message.place ? message.place.start.offset : undefined,
    message.place && 'end' in message.place ? message.place.end.offset : undefined,
    message.ruleId,
    message.reason
  ])
}

describe('the tree parser loads when a run needs it', () => {
  test('lint(): not for a sentence of plain text; for a block read as a tree, waited for', async () => {
    const actual = fresh(`
      const atImport = trees.treesLoaded()
      const first = shown(await mtlint.lint(${JSON.stringify(plain)}))
      const afterPlain = trees.treesLoaded()
      const second = shown(await mtlint.lint(${JSON.stringify(parsed)}))
      return {atImport, first, afterPlain, second, afterParsed: trees.treesLoaded()}`)
    const expected = {atImport: false, first: shown(await lint(plain)), afterPlain: false, second: shown(await lint(parsed)), afterParsed: true}
    expect(actual).toEqual(expected)
    expect(expected.second.length).toBeGreaterThan(0)
  })

  test('processor with a plugin that reads the tree: the tree handed on', async () => {
    const actual = fresh(`
      let words = 0
      const counting = () => (tree) => { const visit = (node) => { if (node.type === 'WordNode') words++; for (const child of node.children ?? []) visit(child) }; visit(tree) }
      const file = await mtlint.processor().use(counting).process(${JSON.stringify(parsed)})
      return {words, messages: shown(file)}`)
    expect(actual).toEqual({words: 12, messages: shown(await lint(parsed))})
  })
})

describe('right after import, a synchronous call that needs a tree loads the parser itself', () => {
  test.each(needsTree)('processSync: $kind', async ({text}) => {
    const actual = fresh(`
      const atImport = trees.treesLoaded()
      const messages = shown(mtlint.processor().processSync(${JSON.stringify(text)}))
      return {atImport, messages, loaded: trees.treesLoaded()}`)
    const expected = {atImport: false, messages: shown(await lint(text)), loaded: true}
    expect(actual).toEqual(expected)
  })

  test.each(needsTree)('createLinter(): lintText and update, $kind', async ({text}) => {
    const actual = fresh(`
      const atImport = trees.treesLoaded()
      const linted = shown(mtlint.createLinter().lintText(${JSON.stringify(text)}))
      const updated = shown(mtlint.createLinter().update([{key: 'a', text: 'The ferry was late.'}, {key: 'b', text: ${JSON.stringify(text)}}]))
      return {atImport, linted, updated, loaded: trees.treesLoaded()}`)
    const expected = {atImport: false, linted: shown(await lint(text)), updated: shown(await lint('The ferry was late.\n\n' + text)), loaded: true}
    expect(actual).toEqual(expected)
  })
})

// As on Node < 20.19: `import()` only.
describe('where Node cannot require an ES module', () => {
  const noRequire = ['--no-experimental-require-module']

  test('createLinter() from the main entry: an update that needs a tree before it is loaded throws, and can be made again', async () => {
    const actual = fresh(
      `
      const linter = mtlint.createLinter()
      const first = shown(linter.lintText(${JSON.stringify(plain)}))
      let thrown
      try { linter.lintText(${JSON.stringify(parsed)}) } catch (error) { thrown = error }
      await thrown.loaded
      return {first, thrown: thrown.name, again: shown(linter.lintText(${JSON.stringify(parsed)}))}`,
      noRequire
    )
    expect(actual).toEqual({first: shown(await lint(plain)), thrown: 'TreesNotLoaded', again: shown(await lint(parsed))})
  })

  // What the package resolves to there (`package.json`: `default`, not `module-sync`).
  test.each(needsTree)('the entry with the parser loaded at import: processSync and createLinter(), $kind', async ({text}) => {
    const actual = fresh(
      `
      const entry = await import(${JSON.stringify(root + 'src/index-static.ts')})
      const atImport = trees.treesLoaded()
      const processed = shown(entry.processor().processSync(${JSON.stringify(text)}))
      const linted = shown(entry.createLinter().lintText(${JSON.stringify(text)}))
      return {atImport, processed, linted}`,
      noRequire
    )
    const expected = shown(await lint(text))
    expect(actual).toEqual({atImport: true, processed: expected, linted: expected})
  })
})
