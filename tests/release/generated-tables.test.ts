import {readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import {readmePath, withRulesTable} from '../../scripts/readme.js'

test('the README’s rule table is generated from the rules and their measured false alarms (run `npm run docs`)', async () => {
  const readme = readFileSync(readmePath, 'utf8')
  expect(readme).toBe(await withRulesTable(readme))
})
