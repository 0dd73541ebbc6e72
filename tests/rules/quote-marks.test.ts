import {describe, expect, test} from 'vitest'
import type {Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'quote-marks'

const invalid: Case[] = [
  {
    text: 'He called for a ” immediate ceasefire”.',
    messages: [
      '1:17-1:19: Unexpected `” ` (closing quote mark opening a quotation, with a space inside the quotation marks), expected `“`'
    ],
    fixed: 'He called for a “immediate ceasefire”.'
  },
  {
    text: 'It blamed “Ukrainian” provocations “, while others fled.',
    messages: [
      '1:35-1:37: Unexpected ` “` (opening quote mark that closes no quotation, with a space inside the quotation marks), open the quotation or remove the mark'
    ]
  },
  {
    text: 'She said “ we will stay” and left.',
    messages: ['1:10-1:12: Unexpected `“ ` (space inside the quotation marks), expected `“`'],
    fixed: 'She said “we will stay” and left.'
  },
  {
    text: 'She said “we will stay ” and left.',
    messages: ['1:23-1:25: Unexpected ` ”` (space inside the quotation marks), expected `”`'],
    fixed: 'She said “we will stay” and left.'
  },
  {
    text: 'She said ”we will stay“ and left.',
    messages: [
      '1:10-1:11: Unexpected `”` (closing quote mark opening a quotation), expected `“`',
      '1:23-1:24: Unexpected `“` (opening quote mark closing a quotation), expected `”`'
    ],
    fixed: 'She said “we will stay” and left.'
  },
  {
    text: 'He said “we will stay and left.\n\nThe army moved in.',
    messages: [
      '1:9-1:10: Unexpected `“` (quotation never closed), close the quotation or remove the mark'
    ]
  },
  {
    text: 'He said “we will stay and left.',
    messages: [
      '1:9-1:10: Unexpected `“` (quotation never closed), close the quotation or remove the mark'
    ]
  },
  {
    text: 'Residents must remain “ extremely careful.\n\nThe storm moved on.',
    messages: [
      '1:23-1:25: Unexpected `“ ` (quotation never closed, with a space inside the quotation marks), close the quotation or remove the mark'
    ]
  },
  {
    text: 'The talks failed.” Then silence.',
    messages: ['1:18-1:19: Unexpected `”` (quote mark that closes no quotation), open the quotation or remove the mark']
  },
  {
    text: '“First “second” third.',
    messages: ['1:1-1:2: Unexpected `“` (quotation never closed), close the quotation or remove the mark']
  },
  {
    text: 'A "straight " quote.',
    messages: ['1:12-1:14: Unexpected ` "` (space inside the quotation marks), expected `"`'],
    fixed: 'A "straight" quote.'
  }
]

const valid: Case[] = [
  {text: 'Russia was “on the verge” of invading Ukraine.', messages: []},
  {text: '“This shelter is not fitted out”, he says. “A lot of people leave.”', messages: []},
  {text: 'He said "we will stay" and left.', messages: []},
  {text: 'It’s the ’90s, Kovalenko’s shop, the students’ union.', messages: []},
  {text: 'He is 5\'10" tall and the pipe is 6" wide.', messages: []},
  {text: 'She said: “We stay.” (“Nobody leaves”, he added.)', messages: []},
  {text: 'Nested: “she told me ‘go’ and I went”.', messages: []},
  {
    text: '“We will not leave,” he said. “Our children were born here.\n\n“We will rebuild,” he added.',
    messages: []
  },
  {text: 'The “so-called” plan—“a farce”—failed.', messages: []},
  {text: 'A coup d’état, he said.', messages: []},
  {text: 'Pass commands as strings (e.g. "command arg0 arg1"), as before.', messages: []},
  {text: 'Use ":" to separate features, and “,” between items.', messages: []},
  {text: 'The separator (string used to separate errors, ", " by default) and "*" or " - " work.', messages: []},
  {text: 'The license (SPDX: "CC-BY-3.0").  "SPDX" is a trademark.', messages: []}
]

describe(id, () => {
  ruleTable(id, invalid, valid)

  test('message metadata', async () => {
    expect(await firstMessage(id, 'He called for a ” immediate ceasefire”.')).toEqual({
      name: '1:17-1:19',
      file: '',
      message:
        'Unexpected `” ` (closing quote mark opening a quotation, with a space inside the quotation marks), expected `“`',
      reason:
        'Unexpected `” ` (closing quote mark opening a quotation, with a space inside the quotation marks), expected `“`',
      line: 1,
      column: 17,
      place: {start: {line: 1, column: 17, offset: 16}, end: {line: 1, column: 19, offset: 18}},
      ruleId: 'quote-marks',
      source: 'mtlint',
      fatal: false,
      actual: '” ',
      expected: ['“'],
      note: expect.stringContaining('guillemet'),
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/quote-marks.md'
    })
  })
})
