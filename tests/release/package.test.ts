/**
 * The package as users get it: `npm pack`, then installed from the tarball
 * into a fresh project and used from JavaScript, TypeScript, `npx`, an
 * editor (the language server) and a browser bundler.
 */
import {execFile} from 'node:child_process'
import {readFile, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {build} from 'esbuild'
import {retext} from 'retext'
import retextEnglish from 'retext-english'
import {beforeAll, describe, expect, test} from 'vitest'
import mtlint, {fix, lint, rules} from '../../src/index.js'
import {mtlint as cli, root} from '../e2e/cli/run.js'
import {LspClient} from '../e2e/lsp-client.js'

const run = promisify(execFile)
const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
  version: string
  bin: Record<string, string>
}
const article = await readFile(path.join(root, 'fixtures/afp-ukraine-2022.txt'), 'utf8')

/**
 * What may ship: built code, its types and maps, rule docs and the rule
 * sources and data they link to, the docs the README links to, README,
 * license, changelog.
 */
const shippable = /^(?:package\.json|README\.md|LICENSE|CHANGELOG\.md|rules\/[\w/.-]+\.(?:md|ts)|docs\/[\w-]+\.(?:md|png)|dist\/[\w-]+\.(?:js|js\.map|d\.ts))$/

let tarball: string
let packed: string[]
let consumer: string

beforeAll(async () => {
  // `dist/` is fresh (tests/global-setup.ts), so skip the `prepare` build.
  const out = await mkdtemp(path.join(tmpdir(), 'mtlint-pack-'))
  const {stdout} = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], {cwd: root})
  const [info] = JSON.parse(stdout) as Array<{filename: string; files: Array<{path: string}>}>
  tarball = path.join(out, info!.filename)
  packed = info!.files.map((file) => file.path).sort()

  // A new project, as a user starts one; dependencies come from npm’s cache where it has them.
  consumer = await mkdtemp(path.join(tmpdir(), 'mtlint-consumer-'))
  await writeFile(path.join(consumer, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
  await writeFile(path.join(consumer, 'article.txt'), article)
  const prosemirror = ['prosemirror-model@1', 'prosemirror-state@1', 'prosemirror-view@1']
  const tiptap = ['@tiptap/core@3', '@tiptap/pm@3', '@tiptap/starter-kit@3', 'happy-dom@20']
  await run('npm', ['install', tarball, 'retext@9', 'retext-english@5', ...prosemirror, ...tiptap, '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: consumer
  })
}, 240_000)

describe('npm pack', () => {
  test('ships only built code, types, rule docs, README, LICENSE and CHANGELOG', () => {
    expect(packed.filter((file) => !shippable.test(file))).toEqual([])
    const needed = [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/index.js',
      'dist/index.d.ts',
      ...Object.values(manifest.bin).map((bin) => path.posix.normalize(bin)),
      ...rules.filter((rule) => !rule.peer).map((rule) => rule.doc)
    ]
    expect(needed.filter((file) => !packed.includes(file))).toEqual([])
  })

  // A reader of node_modules/mtlint (or of the package page) follows the links
  // of the README and the rule docs: each relative one names a packed file or folder.
  test('every relative link in the shipped Markdown resolves to a shipped file', async () => {
    const broken: string[] = []
    for (const document of packed.filter((file) => file.endsWith('.md'))) {
      const text = await readFile(path.join(root, document), 'utf8')
      for (const [, target] of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z][a-z+.-]*:/i.test(target!)) continue
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(document), target!))
        const found = packed.includes(resolved) || packed.some((file) => file.startsWith(resolved.replace(/\/?$/, '/')))
        if (!found) broken.push(document + ' → ' + target)
      }
    }
    expect(broken).toEqual([])
  })

  test('the CHANGELOG has a section for the version in package.json', async () => {
    const changelog = await readFile(path.join(root, 'CHANGELOG.md'), 'utf8')
    expect(changelog).toMatch(new RegExp('^## ' + manifest.version.replace(/\./g, '\\.') + '(?: |$)', 'm'))
  })
})

describe('installed from the tarball', () => {
  test('an ESM JavaScript consumer gets what the API gives: lint(), the preset, fix() and the rules', async () => {
    await writeFile(
      path.join(consumer, 'use.js'),
      [
        "import {readFile} from 'node:fs/promises'",
        "import {retext} from 'retext'",
        "import retextEnglish from 'retext-english'",
        "import mtlint, {fix, lint, rules} from 'mtlint'",
        "const text = await readFile('article.txt', 'utf8')",
        'const file = await lint(text)',
        'const preset = await retext().use(retextEnglish).use(mtlint).process(text)',
        'console.log(JSON.stringify({lint: file.messages.map(String), preset: preset.messages.map(String), fixed: fix(text, file.messages), rules: rules.map((rule) => rule.id)}))'
      ].join('\n')
    )
    const {stdout} = await run(process.execPath, ['use.js'], {cwd: consumer})
    const file = await lint(article)
    const preset = await retext().use(retextEnglish).use(mtlint).process(article)
    expect(file.messages.length).toBeGreaterThan(0)
    expect(JSON.parse(stdout)).toEqual({
      lint: file.messages.map(String),
      preset: preset.messages.map(String),
      fixed: fix(article, file.messages),
      rules: rules.map((rule) => rule.id)
    })
  })

  test('right after import, processSync and createLinter() read a text that needs a tree: the parser required mid-run where Node can require an ES module, loaded at import where it cannot', async () => {
    // A closing mark outside ASCII after a full stop: its tokens are not read without a tree.
    const text = 'The mayor said: “The harbour stays closed.” The ferry left Kiev at noon.'
    await writeFile(
      path.join(consumer, 'sync.js'),
      [
        "import {createLinter, processor} from 'mtlint'",
        `const text = ${JSON.stringify(text)}`,
        "const entry = import.meta.resolve('mtlint').replace(/^.*\\/dist\\//, '')",
        'console.log(JSON.stringify({entry, processed: processor().processSync(text).messages.map(String), linted: createLinter().lintText(text).messages.map(String)}))'
      ].join('\n')
    )
    const expected = (await lint(text)).messages.map(String)
    expect(expected.length).toBeGreaterThan(0)
    for (const [flags, entry] of [
      [[], 'index.js'],
      [['--no-experimental-require-module'], 'index-static.js']
    ] as const) {
      const {stdout} = await run(process.execPath, [...flags, 'sync.js'], {cwd: consumer})
      expect(JSON.parse(stdout)).toEqual({entry, processed: expected, linted: expected})
    }
  })

  test('a ProseMirror editor built with the real prosemirror-* packages gets lint()’s findings from `mtlint/prosemirror`', async () => {
    await writeFile(
      path.join(consumer, 'editor.js'),
      [
        "import {readFile} from 'node:fs/promises'",
        "import {Schema} from 'prosemirror-model'",
        "import {EditorState} from 'prosemirror-state'",
        "import {mtlintPlugin, mtlintPluginKey} from 'mtlint/prosemirror'",
        "const schema = new Schema({nodes: {doc: {content: 'paragraph+'}, paragraph: {content: 'text*'}, text: {}}})",
        "const paragraphs = (await readFile('article.txt', 'utf8')).split(/\\n\\s*\\n/).filter((text) => text !== '')",
        "const doc = schema.node('doc', null, paragraphs.map((text) => schema.node('paragraph', null, [schema.text(text)])))",
        'const state = EditorState.create({doc, plugins: [mtlintPlugin({sync: true})]})',
        'const {findings} = mtlintPluginKey.getState(state)',
        "console.log(JSON.stringify({text: paragraphs.join('\\n\\n'), actual: findings.map((finding) => [finding.message.ruleId, state.doc.textBetween(finding.from, finding.to) === finding.message.actual])}))"
      ].join('\n')
    )
    const {stdout} = await run(process.execPath, ['editor.js'], {cwd: consumer})
    const {text, actual} = JSON.parse(stdout) as {text: string; actual: Array<[string, boolean]>}
    const file = await lint(text)
    expect(actual.length).toBeGreaterThan(0)
    expect(actual).toEqual(file.messages.map((message) => [message.ruleId, true]))
  })

  test('a TipTap editor (in happy-dom’s DOM) gets lint()’s findings in its storage from `mtlint/tiptap`, and fixes one', async () => {
    await writeFile(
      path.join(consumer, 'tiptap.js'),
      [
        "import {readFile} from 'node:fs/promises'",
        "import {Window} from 'happy-dom'",
        'const window = new Window()',
        "for (const name of ['window', 'document', 'navigator']) Object.defineProperty(globalThis, name, {configurable: true, value: name === 'window' ? window : window[name]})",
        "const {Editor} = await import('@tiptap/core')",
        "const {default: StarterKit} = await import('@tiptap/starter-kit')",
        "const {Mtlint} = await import('mtlint/tiptap')",
        "const paragraphs = (await readFile('article.txt', 'utf8')).split(/\\n\\s*\\n/).filter((text) => text !== '')",
        "const content = {type: 'doc', content: paragraphs.map((text) => ({type: 'paragraph', content: [{type: 'text', text}]}))}",
        "const editor = new Editor({element: document.createElement('div'), extensions: [StarterKit, Mtlint.configure({sync: true})], content})",
        'const {findings} = editor.storage.mtlint',
        "const kiev = findings.find((finding) => finding.message.actual === 'Kiev')",
        "const fixed = editor.commands.applyFix(kiev, 'Kyiv')",
        "console.log(JSON.stringify({text: paragraphs.join('\\n\\n'), ids: findings.map((finding) => finding.message.ruleId), fixed, after: editor.storage.mtlint.findings.length}))",
        'editor.destroy()',
        'await window.happyDOM.close()'
      ].join('\n')
    )
    const {stdout} = await run(process.execPath, ['tiptap.js'], {cwd: consumer})
    const {text, ids, fixed, after} = JSON.parse(stdout) as {text: string; ids: string[]; fixed: boolean; after: number}
    const file = await lint(text)
    expect(ids).toEqual(file.messages.map((message) => message.ruleId))
    expect(fixed).toBe(true)
    expect(after).toBe(ids.length - 1)
  })

  // A Node.js project (with Node’s types, from this repository) and a web app (with the DOM’s).
  test.each([
    {module: 'node16', moduleResolution: 'node16', lib: ['es2022'], types: ['node'], typeRoots: [path.join(root, 'node_modules/@types')]},
    {module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: []}
  ])('a TypeScript consumer type-checks against the shipped types ($moduleResolution)', async (resolution) => {
    await writeFile(path.join(consumer, 'types.ts'), typedConsumer)
    const config = 'tsconfig.' + resolution.moduleResolution + '.json'
    await writeFile(
      path.join(consumer, config),
      JSON.stringify({
        // No skipLibCheck: the shipped declarations and those they import must check too.
        compilerOptions: {...resolution, target: 'es2022', strict: true, noEmit: true},
        files: ['types.ts']
      })
    )
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc')
    const result = await run(process.execPath, [tsc, '-p', config], {cwd: consumer}).catch((error: {stdout: string}) => error)
    expect(result.stdout).toBe('')
  })

  test('`npx mtlint` runs the installed CLI and reports as the repository’s does', async () => {
    const installed = await run('npx', ['--no', 'mtlint', 'article.txt'], {cwd: consumer, env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}})
    const local = await cli(['article.txt'], consumer)
    expect(local.code).toBe(0)
    expect(local.stderr).toContain('article.txt')
    expect({stdout: installed.stdout, stderr: installed.stderr}).toEqual({stdout: local.stdout, stderr: local.stderr})
  })

  test('the installed language server publishes the API’s diagnostics', async () => {
    const client = new LspClient('language-server', path.join(consumer, 'node_modules/mtlint', manifest.bin['mtlint-language-server']!))
    const workspace = pathToFileURL(consumer).href
    const uri = workspace + '/article.txt'
    await client.request('initialize', {processId: process.pid, rootUri: workspace, capabilities: {}})
    client.notify('initialized', {})
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: article}})
    const published = await client.notification((message) => message.method === 'textDocument/publishDiagnostics')
    const diagnostics = (published.params as {diagnostics: Array<{code?: string}>}).diagnostics
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual((await lint(article)).messages.map((message) => message.ruleId))
    await client.request('shutdown', null)
    client.notify('exit', null)
    expect(await client.exited()).toBe(0)
  })

  test('the installed main entry bundles for the browser: no Node built-in, no CLI or language-server code', async () => {
    const result = await build({
      absWorkingDir: consumer,
      stdin: {contents: "export * from 'mtlint'; export {default} from 'mtlint'", resolveDir: consumer},
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent'
    })
    const inputs = Object.keys(result.metafile.inputs)
    // Bundlers get the entry that loads the tree parser with the rest (`package.json`: `default`).
    expect(inputs).toContain('node_modules/mtlint/dist/index-static.js')
    expect(
      inputs.filter((input) => /unified-(?:args|engine|language-server)|node_modules\/mtlint\/dist\/(?:cli|finish|language-server)\.js/.test(input))
    ).toEqual([])
  })
})

/** Uses every exported type and a typed processor setting; one deliberate error must be caught. */
const typedConsumer = `import mtlint, {autofix, fix, lint, placeNames, processor, rules} from 'mtlint'
import type {AutofixResult, Category, Fixable, Format, Options, Rule, RuleSetting, SeverityLabel} from 'mtlint'

const options: Options = {format: 'markdown', rules: {'place-names': ['warn', {prefer: 'consistent'}], calque: 'off'}}
const file = await lint({value: '# Talks in Kiev', path: 'brief.md'}, options)
const reasons: string[] = file.messages.map((message) => message.reason)
const fixable: readonly Fixable[] = file.messages
const fixed: string = fix('Kiev', fixable)
const result: AutofixResult = await autofix('Kiev', options)
const rule: Rule = placeNames
const category: Category = rule.category
const severity: SeverityLabel = rule.severity
const format: Format = 'html'
const ids: string[] = rules.map((entry) => entry.id)
const counted = await processor().data('settings', {mtlint: {format}}).process('Kiev')
const words: number | undefined = counted.data.mtlint?.words
const setting: RuleSetting = ['error', {}]
export const preset: typeof mtlint = mtlint
// @ts-expect-error: \`loud\` is no severity
const wrong: RuleSetting = 'loud'
console.log(reasons, fixed, result.stable, category, severity, ids, words, setting, wrong)
`
