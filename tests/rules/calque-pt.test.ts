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
  },
  {
    text: 'The fans vibrated with another Santos goal in the last minute.',
    messages: ['1:10-1:23: Unexpected `vibrated with` (calque of Portuguese `vibrou com`), expected `celebrated`'],
    fixed: 'The fans celebrated another Santos goal in the last minute.'
  },
  {
    text: 'Lower fares were one of the main banners of the governor’s campaign.',
    messages: [
      '1:29-1:41: Unexpected `main banners` (calque of Portuguese `uma das principais bandeiras da campanha (bandera, bandiera)`), write `flagship pledge`, `signature policy`'
    ]
  },
  {
    text: '“The group is ready for the final”, completed the coach.',
    messages: ['1:37-1:46: Unexpected `completed` (calque of Portuguese `completou o jogador (completó)`), expected `added`'],
    fixed: '“The group is ready for the final”, added the coach.'
  },
  {
    text: 'The midfielder must see where the pass lines are before he receives the ball.',
    messages: ['1:35-1:45: Unexpected `pass lines` (calque of Portuguese `as linhas de passe`), expected `passing options`']
  },
  {
    text: 'Backstage images released by the club show the coach’s speech.',
    messages: ['1:1-1:17: Unexpected `Backstage images` (calque of Portuguese `as imagens de bastidores`), write `behind-the-scenes footage`']
  }
]

const valid: Case[] = [
  {text: 'The vote passed by 2 to 1 margins in both houses.', messages: []},
  {text: 'Prosecutors appealed the ruling of the ministry.', messages: []},
  {text: 'The classification of species is old.', messages: []},
  {text: 'Palmeiras won 2-0.', messages: []},
  {text: 'The fans vibrated with excitement before the final.', messages: []},
  {text: 'Protesters waved banners at the main gate of the campaign office.', messages: []},
  {text: '“We are done”, the coach said, and completed the session.', messages: []},
  {text: 'The fans queued for backstage passes and images of the band.', messages: []}
]

describe('calque: Portuguese phrases', () => {
  ruleTable('calque', invalid, valid)
})
