import {describe} from 'vitest'
import type {Case} from '../helpers.js'
import {ruleTable} from './table.js'

/** Rows for the German phrase table of `calque` (`rules/calque/de.ts`); every entry is also held to its own examples in `calque.test.ts`. */
const invalid: Case[] = [
  {
    text: 'Police found the car in the night to Saturday near Kassel.',
    messages: ['1:22-1:46: Unexpected `in the night to Saturday` (calque of German `in der Nacht zu Sonntag`), expected `overnight into Saturday`'],
    fixed: 'Police found the car overnight into Saturday near Kassel.'
  },
  {
    text: 'Many pensioners gave their voice to the BSW.',
    messages: ['1:17-1:36: Unexpected `gave their voice to` (calque of German `ihre Stimme gegeben`), expected `voted for`'],
    fixed: 'Many pensioners voted for the BSW.'
  },
  {
    text: 'The mayor warned in front of panic after the flood.',
    messages: ['1:11-1:29: Unexpected `warned in front of` (calque of German `warnte vor`), expected `warned against` or `warned of`']
  },
  {
    text: 'The FDP top candidate conceded defeat.',
    messages: ['1:9-1:22: Unexpected `top candidate` (calque of German `der Spitzenkandidat`), expected `lead candidate`'],
    fixed: 'The FDP lead candidate conceded defeat.'
  }
]

const valid: Case[] = [
  {text: 'She warned the crowd in front of the town hall.', messages: []},
  {text: 'The top candidate for the post withdrew.', messages: []},
  {text: 'Many pensioners gave their votes to the BSW.', messages: []}
]

describe('calque: German phrases', () => {
  ruleTable('calque', invalid, valid)
})
