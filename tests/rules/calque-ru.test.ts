import {describe} from 'vitest'
import type {Case} from '../helpers.js'
import {ruleTable} from './table.js'

/** Rows for the Russian phrase table of `calque` (`rules/calque/ru.ts`); every entry is also held to its own examples in `calque.test.ts`. */
const invalid: Case[] = [
  {
    text: 'The mayor wrote in his Telegram channel that power was restored.',
    messages: ['1:17-1:19: Unexpected `in` (calque of Russian `в своём Telegram-канале`), expected `on`'],
    fixed: 'The mayor wrote on his Telegram channel that power was restored.'
  },
  {
    text: 'Rescuers worked on the territory of a kindergarten.',
    messages: ['1:20-1:36: Unexpected `the territory of` (calque of Russian `на территории школы`), write `in Crimea`, `a school compound`, `the school grounds`']
  },
  {
    text: 'The Russians launched missiles this night.',
    messages: ['1:32-1:42: Unexpected `this night` (calque of Russian `этой ночью`), expected `overnight`'],
    fixed: 'The Russians launched missiles overnight.'
  }
]

const valid: Case[] = [
  {text: 'The mayor wrote on his Telegram channel.', messages: []},
  {text: 'They crossed into the territory of a neighbouring state.', messages: []},
  {text: 'On the eve of the vote, the Russians launched missiles.', messages: []}
]

describe('calque: Russian phrases', () => {
  ruleTable('calque', invalid, valid)
})
