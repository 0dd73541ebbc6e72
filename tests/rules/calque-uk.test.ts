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
  },
  {
    text: 'It will be recalled that the dam was blown up last year.',
    messages: ['1:1-1:25: Unexpected `It will be recalled that` (calque of Ukrainian `Нагадаємо, що`), expected `As a reminder,`'],
    fixed: 'As a reminder, the dam was blown up last year.'
  },
  {
    text: 'Many homes were left without light after the strike.',
    messages: ['1:17-1:35: Unexpected `left without light` (calque of Ukrainian `відключення світла`), write `power cuts`, `electricity`']
  },
  {
    text: 'He vowed to defend the “Russian peace” at any cost.',
    messages: ['1:24-1:39: Unexpected `“Russian peace”` (calque of Ukrainian `руський мір, русский мир`), expected `Russian world`']
  },
  {
    text: 'The Wagnerites left their camp at dawn.',
    messages: ['1:5-1:15: Unexpected `Wagnerites` (calque of Ukrainian `вагнерівці, вагнеровцы`), expected `Wagner fighters`'],
    fixed: 'The Wagner fighters left their camp at dawn.'
  },
  {
    text: 'Shells hit homes and forest belts near the river.',
    messages: ['1:22-1:34: Unexpected `forest belts` (calque of Ukrainian `лісосмуга`), expected `tree line`']
  },
  {
    text: 'The consequences of the strike are still being established.',
    messages: ['1:42-1:59: Unexpected `being established` (calque of Russian `последствия уточняются`), expected `being assessed`'],
    fixed: 'The consequences of the strike are still being assessed.'
  },
  {
    text: 'The occupiers’ drone fell into a private house.',
    messages: ['1:22-1:31: Unexpected `fell into` (calque of Ukrainian `влучання в житловий будинок, попадание в дом`), expected `hit`'],
    fixed: 'The occupiers’ drone hit a private house.'
  },
  {
    text: 'Three people were wounded in the region per day.',
    messages: ['1:41-1:48: Unexpected `per day` (calque of Ukrainian `за добу`), expected `over the past day`'],
    fixed: 'Three people were wounded in the region over the past day.'
  },
  {
    text: 'This is how Lavrov answered the journalists.',
    messages: [
      '1:1-1:12: Unexpected `This is how` (calque of Ukrainian `Так прокоментував, так відповів на запитання`), put the speaker with the quotation: `…, the spokesman told reporters`'
    ]
  },
  {
    text: 'The rashists shelled the village again.',
    messages: ['1:5-1:13: Unexpected `rashists` (calque of Ukrainian `рашисти, рашизм`), expected `Russian forces`'],
    fixed: 'The Russian forces shelled the village again.'
  }
]

const valid: Case[] = [
  {text: 'The notorious blogger was detained for odious remarks.', messages: []},
  {text: 'We will remind you of the deadline.', messages: []},
  {text: 'The lamp was left without light bulbs.', messages: []},
  {text: 'The Wagner fighters left their camp at dawn.', messages: []},
  {text: 'The drone hit a private house; a child fell into the river.', messages: []},
  {text: 'The plant makes 300 cars per day.', messages: []},
  {text: 'This is how the system works.', messages: []},
  {text: 'The racists were condemned by the court.', messages: []}
]

describe('calque: Ukrainian phrases', () => {
  ruleTable('calque', invalid, valid)
})
