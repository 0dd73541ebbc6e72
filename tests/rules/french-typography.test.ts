import {describe, expect, test} from 'vitest'
import type {Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'french-typography'

const invalid: Case[] = [
  {
    text: 'They called it « a farce ».',
    messages: [
      '1:16-1:18: Unexpected `« ` (French opening guillemet), expected `“`',
      '1:25-1:27: Unexpected ` »` (French closing guillemet), expected `”`'
    ],
    fixed: 'They called it “a farce”.'
  },
  {
    text: 'Men fit to fight. »',
    messages: ['1:18-1:20: Unexpected ` »` (French closing guillemet), expected `”`'],
    fixed: 'Men fit to fight.”'
  },
  {
    text: 'He said «\u00a0no\u00a0».',
    messages: [
      '1:9-1:11: Unexpected `«\u00a0` (French opening guillemet), expected `“`',
      '1:13-1:15: Unexpected `\u00a0»` (French closing guillemet), expected `”`'
    ],
    fixed: 'He said “no”.'
  },
  {
    text: 'He said: ‹ no ›.',
    messages: [
      '1:10-1:12: Unexpected `‹ ` (French single guillemet), expected `‘`',
      '1:14-1:16: Unexpected ` ›` (French single guillemet), expected `’`'
    ],
    fixed: 'He said: ‘no’.'
  },
  {
    text: 'Why ? Because : they left !',
    messages: [
      '1:4-1:6: Unexpected ` ?` (space before punctuation), expected `?`',
      '1:14-1:16: Unexpected ` :` (space before punctuation), expected `:`',
      '1:26-1:28: Unexpected ` !` (space before punctuation), expected `!`'
    ],
    fixed: 'Why? Because: they left!'
  },
  {
    text: 'Prices rose\u202f; wages fell.',
    messages: ['1:12-1:14: Unexpected `\u202f;` (space before punctuation), expected `;`'],
    fixed: 'Prices rose; wages fell.'
  },
  {
    text: 'A banner read “Glory to Ukraine !” and the water reached 1,50 m.',
    messages: [
      '1:32-1:34: Unexpected ` !` (space before punctuation), expected `!`',
      '1:58-1:62: Unexpected `1,50` (French decimal comma), expected `1.50`'
    ],
    fixed: 'A banner read “Glory to Ukraine!” and the water reached 1.50 m.'
  },
  {
    text: 'Turnout was 48 %.',
    messages: ['1:15-1:17: Unexpected ` %` (space before percent sign), expected `%`'],
    fixed: 'Turnout was 48%.'
  },
  {
    text: 'Russia has massed 150 000 troops and 1\u202f200 tanks.',
    messages: [
      '1:19-1:26: Unexpected `150 000` (French thousands separator), expected `150,000`',
      '1:38-1:43: Unexpected `1\u202f200` (French thousands separator), expected `1,200`'
    ],
    fixed: 'Russia has massed 150,000 troops and 1,200 tanks.'
  },
  {
    text: 'Growth reached 3,5% and debt 2,25 billion euros.',
    messages: [
      '1:16-1:19: Unexpected `3,5` (French decimal comma), expected `3.5`',
      '1:30-1:34: Unexpected `2,25` (French decimal comma), expected `2.25`'
    ],
    fixed: 'Growth reached 3.5% and debt 2.25 billion euros.'
  },
  {
    text: 'The meeting starts at 14h30 and ends at 18 h 00.',
    messages: [
      '1:23-1:28: Unexpected `14h30` (French time), expected `14:30`',
      '1:41-1:48: Unexpected `18 h 00` (French time), expected `18:00`'
    ],
    fixed: 'The meeting starts at 14:30 and ends at 18:00.'
  }
]

const valid: Case[] = [
  {text: 'Russia has massed 150,000 troops near the border.', messages: []},
  {text: 'He said “no” and left.', messages: []},
  {text: 'Growth reached 3.5% in 2021; debt rose to 2.25 billion.', messages: []},
  {text: 'Why? Because: they left!', messages: []},
  {text: "- `'white'`      : white skin\n- `'brown'`      : brown skin", messages: []},
  {text: 'In 2014 100 people died; 1,5 and 7 were numbered.', messages: []},
  {text: 'Pages 1,2 and 3,000 copies.', messages: []},
  {text: 'The 8h battery and the H2O molecule at 10:30.', messages: []},
  {text: 'Call 020 7946 0958 now.', messages: []},
  {text: 'A coup d’état is not “a farce”.', messages: []}
]

describe(id, () => {
  ruleTable(id, invalid, valid)

  test('message metadata', async () => {
    expect(await firstMessage(id, 'Men fit to fight. »')).toEqual({
      name: '1:18-1:20',
      file: '',
      message: 'Unexpected ` »` (French closing guillemet), expected `”`',
      reason: 'Unexpected ` »` (French closing guillemet), expected `”`',
      line: 1,
      column: 18,
      place: {start: {line: 1, column: 18, offset: 17}, end: {line: 1, column: 20, offset: 19}},
      ruleId: id,
      source: 'mtlint',
      fatal: false,
      actual: ' »',
      expected: ['”'],
      note: 'French quotes with guillemets `« … »` and spaces inside them; English uses curly quotes with no inner space',
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/french-typography.md'
    })
  })
})
