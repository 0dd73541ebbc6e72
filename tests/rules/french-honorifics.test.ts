import {describe, expect, test} from 'vitest'
import type {Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'french-honorifics'

const invalid: Case[] = [
  {
    text: 'MM. Blinken and Lavrov are due to meet.',
    messages: ['1:1-1:4: Unexpected `MM.` (French plural honorific), expected `Messrs.`'],
    fixed: 'Messrs. Blinken and Lavrov are due to meet.'
  },
  {
    text: 'The talks between M. Macron and M. Le Drian ended.',
    messages: ['1:19-1:21: Unexpected `M.` (French honorific), expected `Mr.`', '1:33-1:35: Unexpected `M.` (French honorific), expected `Mr.`'],
    fixed: 'The talks between Mr. Macron and Mr. Le Drian ended.'
  },
  {
    text: 'According to M. Jean-Yves Le Drian, talks go on.',
    messages: ['1:14-1:16: Unexpected `M.` (French honorific), expected `Mr.`']
  },
  {
    text: 'Mme Zibrova stays at home; Mlle Durand left.',
    messages: [
      '1:1-1:4: Unexpected `Mme` (French honorific), expected `Ms.` or `Mrs.`',
      '1:28-1:32: Unexpected `Mlle` (French honorific), expected `Ms.` or `Miss`'
    ]
  },
  {
    // After a bracket or a quote mark, a title starts; one inside a word before it (`GMme`) does not stop the search.
    text: 'The GMme list (Mme Okafor) was read.',
    messages: ['1:16-1:19: Unexpected `Mme` (French honorific), expected `Ms.` or `Mrs.`']
  },
  {
    text: 'Mmes Dupont and Martin spoke.',
    messages: ['1:1-1:5: Unexpected `Mmes` (French plural honorific), write `Ms.` before each name']
  },
  {
    text: 'Her lawyer, Me Dupont, appealed.',
    messages: ['1:13-1:15: Unexpected `Me` (French lawyer’s title), name the person as a lawyer (`lawyer Marie Dupont`)']
  }
]

const more: Case[] = [
  // Every source language’s titles, named in the message.
  {
    text: 'Herr Merz and Frau Baerbock spoke.',
    messages: ['1:1-1:5: Unexpected `Herr` (German honorific), expected `Mr.`', '1:15-1:19: Unexpected `Frau` (German honorific), expected `Ms.`'],
    fixed: 'Mr. Merz and Ms. Baerbock spoke.'
  },
  {
    text: 'Sr. Sánchez met Sra. Díaz in Madrid.',
    messages: [
      '1:1-1:4: Unexpected `Sr.` (Spanish or Portuguese honorific), expected `Mr.`',
      '1:17-1:21: Unexpected `Sra.` (Spanish or Portuguese honorific), expected `Ms.`'
    ]
  },
  {
    text: 'The Dott. Rossi and On. Meloni met Sig.ra Bianchi.',
    messages: [
      '1:5-1:10: Unexpected `Dott.` (Italian graduate’s title), drop it: in Italy it is any graduate’s title, not a doctor’s',
      '1:21-1:24: Unexpected `On.` (Italian parliamentary title), name the person as an MP (`MP Giulia Rossi`)',
      '1:36-1:42: Unexpected `Sig.ra` (Italian honorific), write `Mr.` or `Ms.`, or drop it'
    ]
  },
  {
    text: 'Dona Maria and Exmo. Silva arrived.',
    messages: ['1:1-1:5: Unexpected `Dona` (Portuguese honorific), drop it, or write `Ms.`', '1:16-1:21: Unexpected `Exmo.` (Portuguese honorific), drop it']
  },
  {
    // `Mme la Présidente` half translated.
    text: 'Mr.me Speaker, the House is sitting.',
    messages: ['1:1-1:6: Unexpected `Mr.me` (French honorific half translated), write `Ms.` before a name, `Madam` before an office']
  },
  {
    // English courtesy titles carried over from a source title: house style, an option.
    text: 'Abdel Tebboune met Mr. Speaker Smith; later Mr. Tebboune and Mrs. Merkel spoke.',
    options: {courtesyTitles: true},
    messages: [
      '1:45-1:48: Unexpected `Mr.` (courtesy title carried over), drop it: name the person by surname',
      '1:62-1:66: Unexpected `Mrs.` (courtesy title carried over), drop it: name the person by surname'
    ]
  },
  {
    // A courtesy title before an office that English addresses alone (Polish `Pan Marszałek`, German `Herr Professor`).
    text: 'Mr. Marshal, the bill is ready, and Mr Professor Nowak agreed.',
    messages: [
      '1:1-1:12: Unexpected `Mr. Marshal` (courtesy title before an office, as a form of address), address the office alone (`Marshal`), or name the person',
      '1:37-1:49: Unexpected `Mr Professor` (courtesy title before an office, as a form of address), address the office alone (`Professor`), or name the person'
    ]
  },
  {
    text: 'I told her: Mr. Prosecutor, with respect, Mrs. Doctor knows best.',
    messages: [
      '1:13-1:27: Unexpected `Mr. Prosecutor` (courtesy title before an office, as a form of address), address the office alone (`Prosecutor`), or name the person',
      '1:43-1:54: Unexpected `Mrs. Doctor` (courtesy title before an office, as a form of address), address the office alone (`Doctor`), or name the person'
    ]
  },
  {
    // A woman in office is `Madam Speaker` in English (French `Madame la présidente`, German `Frau Präsidentin`).
    text: 'Mrs. Speaker, I yield. Thank you, Ms. Minister, for the answer.',
    messages: [
      '1:1-1:5: Unexpected `Mrs.` (courtesy title before an office, as a form of address), expected `Madam`',
      '1:35-1:38: Unexpected `Ms.` (courtesy title before an office, as a form of address), expected `Madam`'
    ],
    fixed: 'Madam Speaker, I yield. Thank you, Madam Minister, for the answer.'
  },
  {
    // With `courtesyTitles` on, an address form gets its own message, not a second one.
    text: 'Mr. Marshal, the bill is ready.',
    options: {courtesyTitles: true},
    messages: [
      '1:1-1:12: Unexpected `Mr. Marshal` (courtesy title before an office, as a form of address), address the office alone (`Marshal`), or name the person'
    ]
  }
]

const valid: Case[] = [
  {text: 'John Smith Sr. Paul left, and Sr. Mary Smith Jr. stayed.', options: {languages: ['fr', 'de', 'it', 'pt']}, messages: []},
  {text: 'John Smith Sr. Paul left.', messages: []},
  {text: 'Herr Merz spoke.', options: {languages: ['fr']}, messages: []},
  {text: 'Mr. Putin said he wanted to talk.', messages: []},
  {text: 'Michael M. Smith and J. M. Coetzee wrote books.', messages: []},
  {text: 'M. Night Shyamalan and M. C. Escher are famous.', messages: []},
  {text: 'Messrs. Blinken and Lavrov will meet.', messages: []},
  {text: 'Call Me Maybe topped the charts; the Me Too movement grew.', messages: []},
  {text: 'Give me Dupont’s number. Me, I stay.', messages: []},
  {text: 'The 20 MM. Rounds were found.', messages: []},
  {text: 'In MMA, fighters train hard.', messages: []},
  // A title inside a word, after a period or after a letter of a surrogate pair: none starts there (the search goes on at the next character).
  {text: 'The GMM. Forsyth report and the e.Sr. Vance file were filed.', messages: []},
  {text: 'Signed \u{1D400}Mme Olsen and 7Herr Lind.', messages: []},
  // English forms of address, and names that look like offices.
  {text: 'Mr. Speaker, Mr. President, Madam Speaker, Mr. Minister: the bill passed.', messages: []},
  {text: 'Mr. Marshall Smith met Mrs. Secretaries and Ms. Chairs at the Mayors’ meeting.', messages: []},
  {text: 'The Marshal of the Sejm and Professor Nowak met the prosecutor.', messages: []}
]

describe(id, () => {
  ruleTable(id, [...invalid, ...more], valid)

  test('message metadata', async () => {
    expect(await firstMessage(id, 'Her lawyer, Me Dupont, appealed.')).toEqual({
      name: '1:13-1:15',
      file: '',
      message: 'Unexpected `Me` (French lawyer’s title), name the person as a lawyer (`lawyer Marie Dupont`)',
      reason: 'Unexpected `Me` (French lawyer’s title), name the person as a lawyer (`lawyer Marie Dupont`)',
      line: 1,
      column: 13,
      place: {start: {line: 1, column: 13, offset: 12}, end: {line: 1, column: 15, offset: 14}},
      ruleId: id,
      source: 'mtlint',
      actual: 'Me',
      note: '`Me` abbreviates the French `Maître, the title of a lawyer`; English copy uses English titles (or none, in AP style)',
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/french-honorifics.md'
    })
  })
})
