import {describe, expect, test} from 'vitest'
import type {Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'scraper-boilerplate'

const invalid: Case[] = [
  {
    text: 'The talks go on.\n\nTo see in video\n\n\nsource site-41',
    messages: [
      '3:1-3:16: Unexpected `To see in video` (video player caption), remove it',
      '6:1-6:15: Unexpected `source site-41` (scraper source tag), remove it'
    ],
    // Deleting text is left to the editor: `--fix` applies single replacements only.
    fixed: 'The talks go on.\n\nTo see in video\n\n\nsource site-41'
  },
  {
    text: 'Prices rose.\n\nRead also: Inflation hits a 30-year high\n\nWages fell.',
    messages: ['3:1-3:41: Unexpected `Read also: Inflation hits a 30-year high` (related-article link), remove it']
  },
  {
    text: 'Prices rose.\n  Lire aussi  \nWages fell.',
    messages: ['2:3-2:13: Unexpected `Lire aussi` (related-article link), remove it'],
  },
  {
    text: 'Prices rose.\n\nLire la suite de l’article',
    messages: ['3:1-3:27: Unexpected `Lire la suite de l’article` (related-article link), remove it']
  },
  {
    text: 'Prices rose.\n\nSubscribe to our newsletter\n\nFollow us on Twitter and Facebook',
    messages: [
      '3:1-3:28: Unexpected `Subscribe to our newsletter` (site widget text), remove it',
      '5:1-5:34: Unexpected `Follow us on Twitter and Facebook` (site widget text), remove it'
    ]
  }
]

const valid: Case[] = [
  {text: 'He wanted to see in video form what happened.', messages: []},
  {text: 'Read also the report, he said.', messages: []},
  {text: 'The source of site-41 contamination is unknown.', messages: []},
  {text: 'Readers can subscribe to our newsletter at the bottom of the page, the editor said.', messages: []},
  {text: 'See also chapter 3.', messages: []},
  {text: 'The options are listed below.\n\nSee also\n\nSee Also:\n\nThe API.', messages: []}
]

describe(id, () => {
  ruleTable(id, invalid, valid)

  test('message metadata', async () => {
    expect(await firstMessage(id, 'To see in video')).toEqual({
      name: '1:1-1:16',
      file: '',
      message: 'Unexpected `To see in video` (video player caption), remove it',
      reason: 'Unexpected `To see in video` (video player caption), remove it',
      line: 1,
      column: 1,
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 16, offset: 15}},
      ruleId: id,
      source: 'mtlint',
      fatal: false,
      actual: 'To see in video',
      expected: [],
      note: expect.stringContaining('À voir en vidéo'),
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/scraper-boilerplate.md'
    })
  })
})
