import {existsSync, readFileSync} from 'node:fs'
import {inspect} from 'node:util'
import {describe, expect, test} from 'vitest'
import {lint, rules} from '../src/index.js'
import {readmePath} from '../scripts/readme.js'
import {withExampleMessages} from '../scripts/rule-docs.js'
import {only} from './helpers.js'

const own = rules.filter((rule) => !rule.peer)
const root = new URL('../', import.meta.url).pathname

/** The `text wrong` and `text right` examples of a rule doc. */
function examples(doc: string, kind: 'wrong' | 'right'): string[] {
  return [...doc.matchAll(new RegExp('```text ' + kind + '\\n([\\s\\S]*?)\\n```', 'g'))].map((match) => match[1]!)
}

describe('rule docs', () => {
  test.each(own.map((rule) => [rule.id, rule] as const))('%s has a doc that matches its metadata', (_, rule) => {
    const path = root + rule.doc
    expect(existsSync(path), rule.doc).toBe(true)
    const doc = readFileSync(path, 'utf8')
    expect(doc.startsWith('# ' + rule.id + '\n\n' + rule.description + '.\n')).toBe(true)
    expect(doc).toContain('| ' + rule.category + ' | `' + rule.severity + '` |')
    expect(examples(doc, 'wrong').length).toBeGreaterThan(0)
    expect(examples(doc, 'right').length).toBeGreaterThan(0)
  })

  test.each(own.map((rule) => [rule.id, rule] as const))('%s: its doc’s examples are reported, or not, as they say', async (_, rule) => {
    const doc = readFileSync(root + rule.doc, 'utf8')
    for (const text of examples(doc, 'wrong')) {
      expect((await lint(text, {rules: only(rule.id)})).messages.length, text).toBeGreaterThan(0)
    }
    for (const text of examples(doc, 'right')) {
      expect((await lint(text, {rules: only(rule.id)})).messages.map(String), text).toEqual([])
    }
  })

  test.each(own.map((rule) => [rule.id, rule] as const))('%s: its doc shows exactly the messages of each wrong example (`npm run docs`)', async (_, rule) => {
    const doc = readFileSync(root + rule.doc, 'utf8')
    expect(doc).toBe(await withExampleMessages(rule, doc))
  })

  test('the README’s API section documents every export of the package, and its Types section every type', async () => {
    const readme = readFileSync(readmePath, 'utf8')
    const api = readme.slice(readme.indexOf('\n## API\n'), readme.indexOf('\n## Rules\n'))
    const types = readme.slice(readme.indexOf('\n## Types\n'), readme.indexOf('\n## Compatibility\n'))
    const values = Object.keys(await import('../src/index.js')).filter((name) => name !== 'default')
    expect(values.length).toBeGreaterThan(10)
    expect(values.filter((name) => !api.includes('`' + name + '`'))).toEqual([])
    const index = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8')
    const typeNames = [...index.matchAll(/export type \{([^}]*)\}/g), ...index.matchAll(/\btype (\w+)\b/g)].flatMap((match) =>
      match[1]!
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
    )
    expect(typeNames).toContain('AutofixResult')
    expect(typeNames.filter((name) => !types.includes('* `' + name + '`'))).toEqual([])
  })

  test('the README’s usage example shows what lint() really prints', async () => {
    const readme = readFileSync(readmePath, 'utf8')
    const example = /```js\n[^`]*?await lint\('([^']*)'\)[^`]*?```\n\nYields:\n\n```txt\n([\s\S]*?)\n```\n/.exec(readme)
    expect(example, 'README lacks the lint() example and its output').not.toBeNull()
    const file = await lint(example![1]!)
    expect(inspect(file.messages.map(String))).toBe(example![2])
  })
})
