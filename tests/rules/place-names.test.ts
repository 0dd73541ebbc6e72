import {describe, expect, test} from 'vitest'
import type {Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'place-names'

const invalid: Case[] = [
  {
    text: 'Moscow and Kiev accuse each other.',
    messages: ['1:12-1:16: Unexpected `Kiev` (outdated spelling), expected `Kyiv`'],
    fixed: 'Moscow and Kyiv accuse each other.'
  },
  {
    text: 'From Kiev’s suburbs to Kharkov, Odessa and the Donbass.',
    messages: [
      '1:6-1:10: Unexpected `Kiev` (outdated spelling), expected `Kyiv`',
      '1:24-1:31: Unexpected `Kharkov` (outdated spelling), expected `Kharkiv`',
      '1:33-1:39: Unexpected `Odessa` (outdated spelling), expected `Odesa`',
      '1:48-1:55: Unexpected `Donbass` (outdated spelling), expected `Donbas`'
    ],
    fixed: 'From Kyiv’s suburbs to Kharkiv, Odesa and the Donbas.'
  },
  {
    text: 'A Kiev-based analyst in Zaporozhye.',
    messages: [
      '1:3-1:7: Unexpected `Kiev` (outdated spelling), expected `Kyiv`',
      '1:25-1:35: Unexpected `Zaporozhye` (outdated spelling), expected `Zaporizhzhia`'
    ]
  },
  {
    // A year after independence keeps the sentence current.
    text: 'In 2022 the army defended Kiev, and Kharkov held in 2023.',
    messages: ['1:27-1:31: Unexpected `Kiev` (outdated spelling), expected `Kyiv`', '1:37-1:44: Unexpected `Kharkov` (outdated spelling), expected `Kharkiv`']
  },
  {
    // Quotation marks alone are no mention; both spellings in one sentence are mixed, not discussed.
    text: 'The “Donbass” militias shelled Kyiv, and the Kiev regime answered.',
    messages: ['1:6-1:13: Unexpected `Donbass` (outdated spelling), expected `Donbas`', '1:46-1:50: Unexpected `Kiev` (outdated spelling), expected `Kyiv`']
  },
  {
    text: 'The Donbass, or the Donbass basin, is shelled.',
    messages: [
      '1:5-1:12: Unexpected `Donbass` (outdated spelling), expected `Donbas`',
      '1:21-1:28: Unexpected `Donbass` (outdated spelling), expected `Donbas`'
    ]
  },
  {
    text: 'Kyiv is the capital. Kyiv said no. Kiev said yes.',
    options: {prefer: 'consistent'},
    messages: ['1:36-1:40: Unexpected `Kiev` (inconsistent spelling), expected `Kyiv`']
  },
  {
    text: 'Kiev is the capital. Kiev said no. Kyiv said yes.',
    options: {prefer: 'consistent'},
    messages: ['1:36-1:40: Unexpected `Kyiv` (inconsistent spelling), expected `Kiev`']
  },
  {
    text: 'Troops left Smallville for Gotham.',
    options: {names: {Smallville: 'Metropolis'}},
    messages: ['1:13-1:23: Unexpected `Smallville` (outdated spelling), expected `Metropolis`']
  }
]

const valid: Case[] = [
  {text: 'Kyiv, Kharkiv, Odesa, Lviv and the Donbas.', messages: []},
  {text: 'He ordered Chicken Kiev in Kievan Rus’ style.', messages: []},
  {text: 'She grew up in Odessa, Texas.', messages: []},
  {text: 'The Battle of Kiev in 1941.', messages: []},
  {text: 'Kiev is the capital. Kiev said no.', options: {prefer: 'consistent'}, messages: []},
  {text: 'The Kievskaya station and kiev in lower case.', messages: []},
  // Historical use: a year before 1991 or a marker of the period in the sentence.
  {text: 'In 1986 the cloud from the reactor drifted toward Kiev and Minsk.', messages: []},
  {text: 'Vladimir the Great made Kiev the seat of Rus’ and its church.', messages: []},
  {text: 'Under the Soviet Union, Kharkov was the first capital of the Ukrainian SSR.', messages: []},
  // A mention: the name discussed as a word.
  {text: 'Many outlets dropped the spelling “Kiev” after the invasion.', messages: []},
  {text: 'Kyiv is the capital; Kiev is the older spelling from Russian.', messages: []},
  {text: 'The Russian-language name of the city gives Odessa.', messages: []}
]

describe(id, () => {
  ruleTable(id, invalid, valid)

  test('message metadata', async () => {
    expect(await firstMessage(id, 'Moscow and Kiev accuse each other.')).toEqual({
      name: '1:12-1:16',
      file: '',
      message: 'Unexpected `Kiev` (outdated spelling), expected `Kyiv`',
      reason: 'Unexpected `Kiev` (outdated spelling), expected `Kyiv`',
      line: 1,
      column: 12,
      place: {start: {line: 1, column: 12, offset: 11}, end: {line: 1, column: 16, offset: 15}},
      ruleId: id,
      source: 'mtlint',
      fatal: false,
      actual: 'Kiev',
      expected: ['Kyiv'],
      note: expect.stringContaining('Chicken Kiev'),
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/place-names.md'
    })
  })

  test('refuses unknown and mistyped options, naming the rule and the key', async () => {
    const {lint} = await import('../../src/index.js')
    await expect(lint('Kiev.', {rules: {'place-names': ['warn', {prefer: 'old'}]}})).rejects.toThrow(
      'Invalid option `prefer` for rule `place-names`: expected `current` or `consistent`, not `"old"`'
    )
    await expect(lint('Kiev.', {rules: {'place-names': ['warn', {prefered: 'current'}]}})).rejects.toThrow(
      'Unknown option `prefered` for rule `place-names`, expected one of `prefer`, `names`'
    )
  })
})
