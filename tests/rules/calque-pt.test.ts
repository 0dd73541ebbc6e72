import {describe} from 'vitest'
import type {Case} from '../helpers.js'
import {ruleTable} from './table.js'

/** Rows for the Portuguese phrase table of `calque` (`rules/calque/pt.ts`); every entry is also held to its own examples in `calque.test.ts`. */
const invalid: Case[] = [
  {
    text: 'Palmeiras beat Santos by 2 to 0 on Sunday.',
    messages: ['1:23-1:32: Unexpected `by 2 to 0` (calque of Portuguese `venceu o Santos por 2 a 0`), expected `2-0`'],
    fixed: 'Palmeiras beat Santos 2-0 on Sunday.'
  },
  {
    text: 'Flamengo won by 3 to 1 at home.',
    messages: ['1:14-1:23: Unexpected `by 3 to 1` (calque of Portuguese `venceu por 3 a 1`), expected `3-1`'],
    fixed: 'Flamengo won 3-1 at home.'
  },
  {
    text: 'The Public Ministry appealed the ruling.',
    messages: ['1:1-1:20: Unexpected `The Public Ministry` (calque of Portuguese `o Ministério Público`), expected `Prosecutors`'],
    fixed: 'Prosecutors appealed the ruling.'
  },
  {
    text: 'The team celebrated its classification in the Libertadores.',
    messages: ['1:25-1:39: Unexpected `classification` (calque of Portuguese `a classificação para a final`), expected `qualification`']
  },
  {
    text: 'Palmeiras won by 2 to 0.',
    messages: ['1:15-1:25: Unexpected `by 2 to 0.` (calque of Portuguese `venceu por 3 a 1`), expected `2-0.`'],
    fixed: 'Palmeiras won 2-0.'
  }
]

const valid: Case[] = [
  {text: 'The vote passed by 2 to 1 margins in both houses.', messages: []},
  {text: 'Prosecutors appealed the ruling of the ministry.', messages: []},
  {text: 'The classification of species is old.', messages: []},
  {text: 'Palmeiras won 2-0.', messages: []}
]

describe('calque: Portuguese phrases', () => {
  ruleTable('calque', invalid, valid)
})
