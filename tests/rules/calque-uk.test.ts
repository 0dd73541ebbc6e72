import {describe} from 'vitest'
import type {Case} from '../helpers.js'
import {ruleTable} from './table.js'

/** Rows for the Ukrainian phrase table of `calque` (`rules/calque/uk.ts`); every entry is also held to its own examples in `calque.test.ts`. */
const invalid: Case[] = [
  {
    text: 'Light outages are expected in Kharkiv.',
    messages: ['1:1-1:14: Unexpected `Light outages` (calque of Ukrainian `відключення світла`), write `power cuts`, `electricity`']
  },
  {
    text: 'The odious blogger was detained.',
    messages: ['1:5-1:11: Unexpected `odious` (calque of Ukrainian `одіозний`), expected `notorious`'],
    fixed: 'The notorious blogger was detained.'
  },
  {
    text: 'We will remind, the bridge was hit in May.',
    messages: ['1:1-1:15: Unexpected `We will remind` (calque of Ukrainian `Нагадаємо`), expected `As a reminder`'],
    fixed: 'As a reminder, the bridge was hit in May.'
  }
]

const valid: Case[] = [
  {text: 'The notorious blogger was detained for odious remarks.', messages: []},
  {text: 'We will remind you of the deadline.', messages: []}
]

describe('calque: Ukrainian phrases', () => {
  ruleTable('calque', invalid, valid)
})
