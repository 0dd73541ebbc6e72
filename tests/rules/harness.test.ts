import {existsSync, readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import {rules} from '../../src/index.js'

test.each(rules.map((rule) => rule.id))('%s has a table run by the rule harness (tests/rules/<id>.test.ts)', (id) => {
  const path = new URL(id + '.test.ts', import.meta.url)
  expect(existsSync(path), 'tests/rules/' + id + '.test.ts').toBe(true)
  const source = readFileSync(path, 'utf8')
  expect(source).toContain("const id = '" + id + "'")
  expect(source).toMatch(/ruleTable\(id, /)
})
