import {describe} from 'vitest'
import type {Case} from '../helpers.js'
import {ruleTable} from './table.js'

/** Rows for the Italian phrase table of `calque` (`rules/calque/it.ts`); every entry is also held to its own examples in `calque.test.ts`. */
const invalid: Case[] = [
  {
    text: 'The premier Meloni will travel to Brussels.',
    messages: ['1:1-1:12: Unexpected `The premier` (calque of Italian `il premier Meloni`), expected `Prime Minister`'],
    fixed: 'Prime Minister Meloni will travel to Brussels.'
  },
  {
    text: 'A water bomb struck Genoa overnight.',
    messages: ['1:3-1:13: Unexpected `water bomb` (calque of Italian `una bomba d’acqua`), expected `cloudburst`'],
    fixed: 'A cloudburst struck Genoa overnight.'
  },
  {
    text: 'The investigated denied every charge.',
    messages: ['1:1-1:17: Unexpected `The investigated` (calque of Italian `l’indagato`), expected `The suspect`'],
    fixed: 'The suspect denied every charge.'
  }
]

const valid: Case[] = [
  {text: 'The premier event of the season starts today.', messages: []},
  {text: 'Children threw a water bomb at the teacher.', messages: []},
  {text: 'The investigated claims were false.', messages: []}
]

describe('calque: Italian phrases', () => {
  ruleTable('calque', invalid, valid)
})
