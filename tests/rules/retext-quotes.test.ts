import {describe, expect, test} from 'vitest'
import type {Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

/** `retext-quotes` through mtlint: its wording and fixes, at the right place in any paragraph. */
const id = 'retext-quotes'

const invalid: Case[] = [
  {
    text: 'He said "we will stay" and left.',
    messages: ['1:9-1:10: Unexpected straight quote `"`, expected `“`', '1:22-1:23: Unexpected straight quote `"`, expected `”`'],
    fixed: 'He said “we will stay” and left.'
  },
  // Each paragraph is checked on its own: the places must still be the document’s.
  {
    text: 'The talks ended.\n\nHe said "we will stay" and left.',
    messages: ['3:9-3:10: Unexpected straight quote `"`, expected `“`', '3:22-3:23: Unexpected straight quote `"`, expected `”`'],
    fixed: 'The talks ended.\n\nHe said “we will stay” and left.'
  },
  {
    text: "It's the minister's plan.",
    messages: ["1:3-1:4: Unexpected straight apostrophe `'`, expected `’`", "1:18-1:19: Unexpected straight apostrophe `'`, expected `’`"],
    fixed: 'It’s the minister’s plan.'
  },
  {
    text: 'He said “she said “no” twice”.',
    messages: ['1:19-1:20: Unexpected `“` at this level of nesting, expected `‘`', '1:22-1:23: Unexpected `”` at this level of nesting, expected `’`'],
    fixed: 'He said “she said ‘no’ twice”.'
  },
  {
    text: 'The talks ended.\n\nShe said “yes” and it’s done.',
    options: {preferred: 'straight'},
    messages: [
      '3:10-3:11: Unexpected smart quote `“`, expected `"`',
      '3:14-3:15: Unexpected smart quote `”`, expected `"`',
      "3:22-3:23: Unexpected smart apostrophe `’`, expected `'`"
    ],
    fixed: 'The talks ended.\n\nShe said "yes" and it\'s done.'
  }
]

const valid: Case[] = [
  {text: 'She said “yes”, and it’s done.', messages: []},
  {text: 'He said “she said ‘no’ twice”.', messages: []},
  {text: 'She said "yes", and it\'s done.', options: {preferred: 'straight'}, messages: []}
]

describe(id, () => {
  ruleTable(id, invalid, valid)

  test('message metadata', async () => {
    expect(await firstMessage(id, 'The talks ended.\n\nHe said "we will stay" and left.')).toEqual({
      name: '3:9-3:10',
      file: '',
      message: 'Unexpected straight quote `"`, expected `“`',
      reason: 'Unexpected straight quote `"`, expected `“`',
      line: 3,
      column: 9,
      place: {start: {line: 3, column: 9, offset: 26}, end: {line: 3, column: 10, offset: 27}},
      ruleId: 'retext-quotes',
      source: 'retext-quotes',
      fatal: false,
      actual: '"',
      expected: ['“'],
      url: 'https://github.com/retextjs/retext-quotes#readme'
    })
  })
})
