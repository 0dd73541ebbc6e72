/**
 * The layers of the code base, lowest first: a file imports from its own
 * layer or from those below, never from above. So the engine knows no input
 * format and no rule, rules know the engine only (and never each other),
 * only the preset imports the rule list, and scripts never import tests.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Each layer: what it is, and the paths (folders end in `/`) it holds. */
const layers: ReadonlyArray<{name: string; paths: readonly string[]}> = [
  {name: 'engine: the walk, rule definitions, messages, matchers', paths: ['src/engine/']},
  {name: 'rules: declarations, data, shared language knowledge', paths: ['rules/']},
  {
    name: 'formats, input checks, disable comments, reporters and options',
    paths: ['src/formats/', 'src/input/', 'src/disable-comments.ts', 'src/reporters/', 'src/options.ts', 'src/package-info.ts']
  },
  {name: 'preset: the owner of the rule list', paths: ['src/preset.ts']},
  {name: 'pipeline: processor, lint(), fixes, the incremental linter', paths: ['src/processor.ts', 'src/lint.ts', 'src/fix.ts', 'src/incremental/']},
  {
    name: 'entry points: the API, the CLI, the language server, records, the server, the ProseMirror plugin and the TipTap extension',
    paths: [
      'src/index.ts',
      'src/index-static.ts',
      'src/cli.ts',
      'src/cli/',
      'src/language-server.ts',
      'src/language-server/',
      'src/records/',
      'src/serve/',
      'src/prosemirror/',
      'src/tiptap/'
    ]
  },
  {name: 'tools: scripts and the playground', paths: ['scripts/', 'playground/']},
  {name: 'tests', paths: ['tests/']}
]

function layerOf(file: string): number {
  return layers.findIndex((layer) => layer.paths.some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry)))
}

function sources(folder: string): string[] {
  return readdirSync(path.join(root, folder)).flatMap((name) => {
    const relative = folder + name
    if (statSync(path.join(root, relative)).isDirectory()) return name === 'node_modules' ? [] : sources(relative + '/')
    return /\.m?ts$/.test(name) && !name.endsWith('.d.ts') ? [relative] : []
  })
}

/** Relative imports of a file (static, dynamic, type-only and re-exports), as repository paths. */
function imports(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8')
  const found: string[] = []
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)'(\.[^']*)'/gm)) {
    found.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]!)).replace(/\.js$/, '.ts'))
  }
  return found
}

/** The rule a file of `rules/` belongs to (`place-names` for `rules/place-names.data.ts`, `calque` for `rules/calque/fr.ts`); none for the list and shared data. */
function ruleOf(file: string): string | undefined {
  const match = /^rules\/([a-z-]+)(?:\.data\.ts|\.ts|\/.+\.ts)$/.exec(file)
  return match && match[1] !== 'index' ? match[1] : undefined
}

const files = ['src/', 'rules/', 'scripts/', 'playground/', 'tests/'].flatMap(sources)

test('every source file is in a layer', () => {
  expect(files.filter((file) => layerOf(file) === -1)).toEqual([])
})

test('no file imports from a layer above its own', () => {
  const violations: string[] = []
  for (const file of files) {
    for (const target of imports(file)) {
      if (layerOf(target) > layerOf(file)) {
        violations.push(file + ' imports ' + target + ' (' + layers[layerOf(target)]!.name + ')')
      }
    }
  }
  expect(violations).toEqual([])
})

test('only the preset imports rules/ from src/', () => {
  const importers = files.filter((file) => file.startsWith('src/') && imports(file).some((target) => target.startsWith('rules/')))
  expect(importers).toEqual(['src/preset.ts'])
})

test('rules do not import each other (overlap is declared to the engine, shared knowledge lives in rules/shared/)', () => {
  const violations: string[] = []
  for (const file of files.filter((file) => file.startsWith('rules/') && file !== 'rules/index.ts')) {
    for (const target of imports(file).filter((target) => target.startsWith('rules/'))) {
      const shared = target.startsWith('rules/shared/')
      if (!(shared || ruleOf(target) === ruleOf(file)) || (file.startsWith('rules/shared/') && !shared)) {
        violations.push(file + ' imports ' + target)
      }
    }
  }
  expect(violations).toEqual([])
})

test('the check has teeth: an import from above is found', () => {
  expect(layerOf('src/engine/run.ts')).toBeLessThan(layerOf('src/formats/format.ts'))
  expect(imports('src/preset.ts')).toContain('rules/index.ts')
  expect(imports('tests/layers.test.ts')).toEqual([])
  expect([ruleOf('rules/calque/fr.ts'), ruleOf('rules/place-names.data.ts'), ruleOf('rules/index.ts')]).toEqual(['calque', 'place-names', undefined])
})
