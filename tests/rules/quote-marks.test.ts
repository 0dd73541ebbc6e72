import {describe, expect, test} from 'vitest'
import type {Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'quote-marks'

const invalid: Case[] = [
  {
    text: 'He called for a ” immediate ceasefire”.',
    messages: ['1:17-1:19: Unexpected `” ` (closing quote mark opening a quotation, with a space inside the quotation marks), expected `“`'],
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
    messages: ['1:9-1:10: Unexpected `“` (quotation never closed), close the quotation or remove the mark']
  },
  {
    text: 'He said “we will stay and left.',
    messages: ['1:9-1:10: Unexpected `“` (quotation never closed), close the quotation or remove the mark']
  },
  {
    text: 'Residents must remain “ extremely careful.\n\nThe storm moved on.',
    messages: ['1:23-1:25: Unexpected `“ ` (quotation never closed, with a space inside the quotation marks), close the quotation or remove the mark']
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

/** Since issue 11: quotation marks as real machine-translated copy mangles them. */
const invalidInCopy: Case[] = [
  {
    // Changed on purpose: this row was valid before the comma-order check (European order before a speech verb).
    text: '“This shelter is not fitted out”, he says. “A lot of people leave.”',
    messages: ['1:32-1:34: Unexpected `”,` (comma outside the closing quote mark), expected `,”`'],
    fixed: '“This shelter is not fitted out,” he says. “A lot of people leave.”'
  },
  {
    text: '“The strike will go on”, said the union leader. “We stay”, – stated the governor.',
    messages: [
      '1:23-1:25: Unexpected `”,` (comma outside the closing quote mark), expected `,”`',
      '1:57-1:59: Unexpected `”,` (comma outside the closing quote mark), expected `,”`'
    ],
    fixed: '“The strike will go on,” said the union leader. “We stay,” – stated the governor.'
  },
  {
    text: '“Is it over?”, he asked. “Not yet!,” she replied.',
    messages: [
      '1:14-1:15: Unexpected `,` (comma after a quoted question or exclamation), remove it',
      '1:35-1:36: Unexpected `,` (comma after a quoted question or exclamation), remove it'
    ]
  },
  {
    text: '“The strike will go on”, Said the union leader.',
    messages: ['1:26-1:30: Unexpected `Said` (speech verb with a capital), expected `said`'],
    fixed: '“The strike will go on”, said the union leader.'
  },
  {
    text: 'He called it “the end”and left; she called it the“start”.',
    messages: [
      '1:22-1:23: Unexpected `”` (closing quote mark glued to the next word), expected `” `',
      '1:50-1:51: Unexpected `“` (opening quote mark glued to the word before it), expected ` “`'
    ],
    fixed: 'He called it “the end” and left; she called it the “start”.'
  },
  {
    text: 'The correspondent wrote about it “”.',
    messages: ['1:34-1:36: Unexpected `“”` (empty quotation marks), restore the quoted words or remove the marks']
  },
  {
    // `„` opens (french-typography reports it); the German closing `“` faces the wrong way.
    text: 'He said „we will stay“ and left.',
    messages: ['1:22-1:23: Unexpected `“` (opening quote mark closing a quotation), expected `”`'],
    fixed: 'He said „we will stay” and left.'
  },
  {
    text: '"We stay," he said. "We fight," she said. He called it “the end”.',
    messages: [
      '1:56-1:57: Unexpected `“` (curly quote mark in a text quoted with straight ones), expected `"`',
      '1:64-1:65: Unexpected `”` (curly quote mark in a text quoted with straight ones), expected `"`'
    ],
    fixed: '"We stay," he said. "We fight," she said. He called it "the end".'
  },
  {
    // A tie reports the straight quotations: news copy is typeset with curly quotes.
    text: '“We stay,” he said. He called it "the end".',
    messages: [
      '1:34-1:35: Unexpected `"` (straight quote mark in a text quoted with curly ones), expected `“`',
      '1:42-1:43: Unexpected `"` (straight quote mark in a text quoted with curly ones), expected `”`'
    ],
    fixed: '“We stay,” he said. He called it “the end”.'
  },
  {
    // The first style is the minority: its marks are reported, and the quotation where the text switches, as info.
    text: '“We stay,” she said. "We leave," he said. "We vote," they said.',
    messages: [
      '1:1-1:2: Unexpected `“` (curly quote mark in a text quoted with straight ones), expected `"`',
      '1:10-1:11: Unexpected `”` (curly quote mark in a text quoted with straight ones), expected `"`',
      '1:22-1:23: Unexpected `"` (straight quotation after curly ones), use one style of quote marks throughout'
    ],
    fixed: '"We stay," she said. "We leave," he said. "We vote," they said.'
  },
  {
    text: '"We need an "iron fist" here," the general said.',
    messages: [
      '1:13-1:14: Unexpected `"` (double quote mark inside a quotation), expected `\'`',
      '1:23-1:24: Unexpected `"` (double quote mark inside a quotation), expected `\'`'
    ],
    fixed: '"We need an \'iron fist\' here," the general said.'
  },
  {
    text: '“We need an “iron fist” here,” she said.',
    messages: [
      '1:13-1:14: Unexpected `“` (double quote mark inside a quotation), expected `‘`',
      '1:23-1:24: Unexpected `”` (double quote mark inside a quotation), expected `’`'
    ],
    fixed: '“We need an ‘iron fist’ here,” she said.'
  },
  {
    // One quotation opened twice on a line: the second opening is the stray mark.
    text: '“It is hard. “We hold on,” he said.',
    messages: ['1:14-1:15: Unexpected `“` (opening quote mark inside an open quotation), remove the mark, or close the quotation before it']
  },
  {
    // After a colon, or on a line of its own, the second opening starts a quotation of its own: the first is left open.
    text: 'He told us: “It is hard. He said: “We hold on,” and left.\n“It was cold.\n“We stayed,” she said.',
    messages: [
      '1:13-1:14: Unexpected `“` (quotation never closed), close the quotation or remove the mark',
      '2:1-2:2: Unexpected `“` (quotation never closed), close the quotation or remove the mark'
    ]
  },
  {
    // A quotation opened inside another that never closes: no nesting, the first one is left open.
    text: '"First "second" third. "Go," she said.',
    messages: ['1:1-1:2: Unexpected `"` (quotation never closed), close the quotation or remove the mark']
  },
  {
    text: 'He said as follows: "We are attacking” and left.',
    messages: ['1:21-1:22: Unexpected `"` (straight quote mark in a text quoted with curly ones), expected `“`'],
    fixed: 'He said as follows: “We are attacking” and left.'
  }
]

const attributions: Case[] = [
  {
    // A whole quoted sentence before a speaker named by a title: the comma goes inside in British copy too.
    text: 'The dam held. “We were lucky this time”, the regional governor says.',
    messages: ['1:39-1:41: Unexpected `”,` (comma outside the closing quote mark), expected `,”`'],
    fixed: 'The dam held. “We were lucky this time,” the regional governor says.'
  },
  {
    text: 'He said it was “the end of the road.” he said.',
    messages: ['1:36-1:37: Unexpected `.` (full stop before the speech verb), expected `,`'],
    fixed: 'He said it was “the end of the road,” he said.'
  },
  {
    text: '“It is my life” he said at a press conference.',
    messages: ['1:15-1:16: Unexpected `”` (no comma before the speech verb), expected `,”`'],
    fixed: '“It is my life,” he said at a press conference.'
  },
  {
    text: '“The vote was ours” “Tomorrow we start again,” the mayor added.',
    messages: ['1:19-1:22: Unexpected `” “` (two quotations run together), say who speaks, or join the quotations']
  },
  {
    text: 'The office wished that “The protection lasts” and left.',
    messages: ['1:25-1:28: Unexpected `The` (capital at the start of a quoted fragment), expected `the`'],
    fixed: 'The office wished that “the protection lasts” and left.'
  }
]

const validInCopy: Case[] = [
  {text: '“We stay,” he said, and “we fight,” she said.', messages: []},
  // British copy puts the comma outside a quoted fragment and names the speaker first.
  {text: 'He came “to thank the teams”, the ministry said; “Everything was in order”, Mrs Gaskell wrote.', messages: []},
  {text: 'She called it “The Last Harvest”, the museum said.', messages: []},
  {text: 'She said: “We stay.” (“Nobody leaves,” he added.)', messages: []},
  {text: 'He said ,,we will stay” and left.', messages: []},
  {text: 'The 6" pipe and the "so-called" plan.', messages: []},
  {text: '“We stay,” he said. “We fight.” She said “The end is near.” He read “The Times” with care.', messages: []},
  {text: 'He called it “a success.” He said more later. “It works.” “Really?” she asked.', messages: []}
]

const valid: Case[] = [
  {text: 'Russia was “on the verge” of invading Ukraine.', messages: []},
  {text: 'He said "we will stay" and left.', messages: []},
  {text: 'It’s the ’90s, Kovalenko’s shop, the students’ union.', messages: []},
  {text: 'He is 5\'10" tall and the pipe is 6" wide.', messages: []},
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
  ruleTable(id, [...invalid, ...invalidInCopy, ...attributions], [...valid, ...validInCopy])

  test('message metadata', async () => {
    expect(await firstMessage(id, 'He called for a ” immediate ceasefire”.')).toEqual({
      name: '1:17-1:19',
      file: '',
      message: 'Unexpected `” ` (closing quote mark opening a quotation, with a space inside the quotation marks), expected `“`',
      reason: 'Unexpected `” ` (closing quote mark opening a quotation, with a space inside the quotation marks), expected `“`',
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
