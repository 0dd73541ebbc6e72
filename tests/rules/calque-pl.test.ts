import {describe} from 'vitest'
import type {Case} from '../helpers.js'
import {ruleTable} from './table.js'

/** Rows for the Polish phrase table of `calque` (`rules/calque/pl.ts`); every entry is also held to its own examples in `calque.test.ts`. */
const invalid: Case[] = [
  {
    text: 'The president of Kraków opened the bridge.',
    messages: ['1:1-1:17: Unexpected `The president of` (calque of Polish `prezydent miasta`), expected `The mayor of`'],
    fixed: 'The mayor of Kraków opened the bridge.'
  },
  {
    text: 'Her remark made a quick career online.',
    messages: ['1:12-1:31: Unexpected `made a quick career` (calque of Polish `zrobił szybką karierę`), write `went viral`, `spread fast`']
  }
]

const valid: Case[] = [
  {text: 'The mayor of Kraków met the president of Poland.', messages: []},
  {text: 'She made a quick career change in 2020.', messages: []}
]

describe('calque: Polish phrases', () => {
  ruleTable('calque', invalid, valid)
})
