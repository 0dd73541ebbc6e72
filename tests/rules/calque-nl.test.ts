import {describe} from 'vitest'
import type {Case} from '../helpers.js'
import {ruleTable} from './table.js'

/** Rows for the Dutch phrase table of `calque` (`rules/calque/nl.ts`); every entry is also held to its own examples in `calque.test.ts`. */
const invalid: Case[] = [
  {
    text: 'The demissionary cabinet cannot sign the treaty.',
    messages: ['1:5-1:17: Unexpected `demissionary` (calque of Dutch `demissionair`), expected `caretaker`'],
    fixed: 'The caretaker cabinet cannot sign the treaty.'
  },
  {
    text: 'The cabinet Rutte presented its plans.',
    messages: ['1:1-1:12: Unexpected `The cabinet` (calque of Dutch `het kabinet-Rutte`), write `the Rutte cabinet`']
  },
  {
    text: 'The goalkeeper kept zero again on Sunday.',
    messages: ['1:21-1:25: Unexpected `zero` (calque of Dutch `de nul houden`), expected `a clean sheet`']
  },
  {
    text: 'PSV have the title won after a long season.',
    messages: [
      '1:5-1:23: Unexpected `have the title won` (calque of Dutch `Ajax heeft het kampioenschap verloren`), put the participle before its object: `has lost the championship`'
    ]
  },
  {
    text: 'The top match between Twente and AZ ended goalless.',
    messages: ['1:1-1:14: Unexpected `The top match` (calque of Dutch `de topper (das Topspiel)`), write `the top-of-the-table clash`, `the big game`']
  }
]

const valid: Case[] = [
  {text: 'The caretaker cabinet cannot sign the treaty.', messages: []},
  {text: 'The cabinet presented its plans to Rutte.', messages: []},
  {text: 'The counter kept zero values in memory.', messages: []},
  {text: 'PSV have won the title after a long season.', messages: []},
  {text: 'The coach played the top players against Twente.', messages: []}
]

describe('calque: Dutch phrases', () => {
  ruleTable('calque', invalid, valid)
})
