import {describe, expect, test} from 'vitest'
import {fromRoman, ordinal} from '../../rules/french-dates/ordinals.js'
import {dates} from '../../rules/french-dates/data.js'
import {compilePatterns} from '../../src/engine/alternation.js'
import {check, type Case} from '../helpers.js'
import {firstMessage, ruleTable} from './table.js'

const id = 'french-dates'

const invalid: Case[] = [
  {
    text: 'Macron met Putin le 7 février.',
    messages: ['1:18-1:30: Unexpected `le 7 février` (French date), expected `on February 7`'],
    fixed: 'Macron met Putin on February 7.'
  },
  {
    text: 'Le 1er mars 2022, talks resumed.',
    messages: ['1:1-1:17: Unexpected `Le 1er mars 2022` (French date), expected `On March 1, 2022`'],
    fixed: 'On March 1, 2022, talks resumed.'
  },
  {
    text: 'The summit of lundi 7 février 2022 failed.',
    messages: ['1:15-1:35: Unexpected `lundi 7 février 2022` (French date), expected `Monday, February 7, 2022`'],
    fixed: 'The summit of Monday, February 7, 2022 failed.'
  },
  {
    text: 'From 3 juin to 31 décembre 2021, then in avril 2027.',
    messages: [
      '1:6-1:12: Unexpected `3 juin` (French date), expected `June 3`',
      '1:16-1:32: Unexpected `31 décembre 2021` (French date), expected `December 31, 2021`',
      '1:42-1:52: Unexpected `avril 2027` (French date), expected `April 2027`'
    ],
    fixed: 'From June 3 to December 31, 2021, then in April 2027.'
  },
  {
    text: 'The worst war of the XXe siècle; the XXIe siècle and the 19e siècle.',
    messages: [
      '1:22-1:32: Unexpected `XXe siècle` (French century), expected `20th century`',
      '1:38-1:49: Unexpected `XXIe siècle` (French century), expected `21st century`',
      '1:58-1:68: Unexpected `19e siècle` (French century), expected `19th century`'
    ],
    fixed: 'The worst war of the 20th century; the 21st century and the 19th century.'
  },
  {
    text: 'Art of the XIXe century and the XVe-XVIe siècles.',
    messages: [
      '1:12-1:24: Unexpected `XIXe century` (French century), expected `19th century`',
      '1:33-1:49: Unexpected `XVe-XVIe siècles` (French century), expected `15th–16th centuries`'
    ],
    fixed: 'Art of the 19th century and the 15th–16th centuries.'
  },
  {
    text: 'Under the IIIe République and the Ve République.',
    messages: [
      '1:11-1:26: Unexpected `IIIe République` (French ordinal), expected `Third Republic`',
      '1:35-1:48: Unexpected `Ve République` (French ordinal), expected `Fifth Republic`'
    ],
    fixed: 'Under the Third Republic and the Fifth Republic.'
  },
  {
    text: 'He finished 1er and she was 3ème, in la 1re division.',
    messages: [
      '1:13-1:16: Unexpected `1er` (French ordinal), expected `1st`',
      '1:29-1:33: Unexpected `3ème` (French ordinal), expected `3rd`',
      '1:41-1:44: Unexpected `1re` (French ordinal), expected `1st`'
    ],
    fixed: 'He finished 1st and she was 3rd, in la 1st division.'
  },
  {
    text: 'In the 2e round, the 11e, 12ème and 21ème.',
    messages: [
      '1:8-1:10: Unexpected `2e` (French ordinal), expected `2nd`',
      '1:22-1:25: Unexpected `11e` (French ordinal), expected `11th`',
      '1:27-1:32: Unexpected `12ème` (French ordinal), expected `12th`',
      '1:37-1:42: Unexpected `21ème` (French ordinal), expected `21st`'
    ],
    fixed: 'In the 2nd round, the 11th, 12th and 21st.'
  }
]

/** Dates and ordinals of other source languages, and of none. */
const otherLanguages: Case[] = [
  {
    text: 'The chancellor called him on 6. July and again on 7. Februar 2022.',
    messages: [
      '1:30-1:37: Unexpected `6. July` (German date), expected `July 6`',
      '1:51-1:66: Unexpected `7. Februar 2022` (German date), expected `February 7, 2022`'
    ],
    fixed: 'The chancellor called him on July 6 and again on February 7, 2022.'
  },
  {
    text: 'Bayern secured the title at 32. Round, in the 89. minute.',
    messages: ['1:29-1:32: Unexpected `32.` (German ordinal), expected `32nd`', '1:47-1:50: Unexpected `89.` (German ordinal), expected `89th`'],
    fixed: 'Bayern secured the title at 32nd Round, in the 89th minute.'
  },
  {
    text: 'The hearing is set for 16.10.2024 in Vienna.',
    messages: ['1:24-1:34: Unexpected `16.10.2024` (date of German, Russian, Ukrainian and 2 more languages), expected `October 16, 2024`'],
    fixed: 'The hearing is set for October 16, 2024 in Vienna.'
  },
  {
    text: 'The hearing is set for 16.10.2024 in Vienna.',
    options: {languages: ['ru']},
    messages: ['1:24-1:34: Unexpected `16.10.2024` (Russian date), expected `October 16, 2024`']
  },
  {text: 'The hearing is set for 16.10.2024 in Vienna.', options: {languages: ['fr']}, messages: []},
  {
    text: 'The 1.º of May parade and the 2.ª edition.',
    messages: [
      '1:5-1:8: Unexpected `1.º` (Spanish, Italian or Portuguese ordinal), expected `1st`',
      '1:31-1:34: Unexpected `2.ª` (Spanish, Italian or Portuguese ordinal), expected `2nd`'
    ],
    fixed: 'The 1st of May parade and the 2nd edition.'
  },
  {
    text: 'She spoke on Tuesday (Dec.27, 2022) and on Monday (19.Aug.2024).',
    messages: [
      '1:23-1:35: Unexpected `Dec.27, 2022` (date with the month glued to the day), expected `December 27, 2022`',
      '1:52-1:63: Unexpected `19.Aug.2024` (date with the month glued to the day), expected `August 19, 2024`'
    ],
    fixed: 'She spoke on Tuesday (December 27, 2022) and on Monday (August 19, 2024).'
  },
  {
    text: 'The measure applies from 1is March, on the 14and day.',
    messages: [
      '1:26-1:29: Unexpected `1is` (French ordinal garbled into a word), expected `1st`',
      '1:44-1:49: Unexpected `14and` (French ordinal garbled into a word), expected `14th`'
    ],
    fixed: 'The measure applies from 1st March, on the 14th day.'
  }
]

/** A text that writes its dates in both orders: the minority order is reported (on a tie, the order seen second). */
const dateOrder: Case[] = [
  {
    text: 'Talks began on January 19 and ended on 7 February.',
    messages: ['1:40-1:50: Unexpected `7 February` (date with the day first in a text that writes the month first), expected `February 7`'],
    fixed: 'Talks began on January 19 and ended on February 7.'
  },
  {
    text: 'Talks began on 19 January and ended on February 7, 2023, then 3 March.',
    messages: ['1:40-1:56: Unexpected `February 7, 2023` (date with the month first in a text that writes the day first), expected `7 February 2023`'],
    fixed: 'Talks began on 19 January and ended on 7 February 2023, then 3 March.'
  }
]

const validOtherLanguages: Case[] = [
  {text: 'He scored in 2006. July was calm; round 32. Round 33 was not.', messages: []},
  {text: 'Version 1.10.2024.1 shipped on 31.2 km of road at 20°C; step 1 is done.', messages: []},
  {text: 'She spoke on Tuesday (Dec. 27, 2022), on May 1st and on March 1.', messages: []},
  {text: 'Talks began on January 19, and ended on February 7, 2023. In May 2022 they met.', messages: []},
  {text: 'Talks began on 19 January and ended on 7 February 2023.', messages: []}
]

/** Every entry of the data, with where it comes from. */
const entries = [
  ...Object.entries(dates.byLanguage).flatMap(([language, data]) => data!.own.map((entry) => ({from: language, entry}))),
  ...dates.shared.map((entry) => ({from: 'shared', entry})),
  ...dates.common.map((entry) => ({from: 'common', entry}))
]

const valid: Case[] = [
  {text: 'Macron met Putin on February 7, 2022.', messages: []},
  {text: 'The D&D 5e rules, 2e-5, 1.2e3, 2e5, #2e2e2e, 0x2e and the 2e-5 tolerance.', messages: []},
  {text: 'The Mars 2020 rover, Avril Lavigne on 7 May and Juin 2019.', messages: []},
  {text: 'He was 1st, she was 3rd in the 20th century, the Fifth Republic.', messages: []},
  {text: 'Louis XIV and Henry VIII; World War II ended in 1945; the XXe festival.', messages: []},
  {text: 'It happened on 32 mai, or 2 mars2.', messages: []},
  {text: 'A 4e party and Paris 11e.', messages: []}
]

describe(id, () => {
  ruleTable(id, [...invalid, ...otherLanguages, ...dateOrder], [...valid, ...validOtherLanguages])

  test.each(entries.map(({from, entry}) => [from, entry.what, entry] as const))('%s %s: fires on its example, not on its near miss', async (_, __, entry) => {
    expect([...compilePatterns([entry], 'gu').find(entry.invalid, 0)].length, entry.invalid).toBeGreaterThan(0)
    expect((await check(id, entry.valid)).messages, entry.valid).toEqual([])
  })

  test('message metadata', async () => {
    expect(await firstMessage(id, 'Macron met Putin le 7 février.')).toEqual({
      name: '1:18-1:30',
      file: '',
      message: 'Unexpected `le 7 février` (French date), expected `on February 7`',
      reason: 'Unexpected `le 7 février` (French date), expected `on February 7`',
      line: 1,
      column: 18,
      place: {start: {line: 1, column: 18, offset: 17}, end: {line: 1, column: 30, offset: 29}},
      ruleId: id,
      source: 'mtlint',
      fatal: false,
      actual: 'le 7 février',
      expected: ['on February 7'],
      note: 'French writes the day before the month, in lower case (`le 7 février 2022`); English writes `February 7, 2022` (AP style), and `on` for the article `le`',
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/french-dates.md'
    })
  })

  test.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th']
  ])('ordinal(%i) is %s', (value, english) => {
    expect(ordinal(value)).toBe(english)
  })

  test.each([
    ['I', 1],
    ['IV', 4],
    ['IX', 9],
    ['XIV', 14],
    ['XIX', 19],
    ['XXI', 21]
  ])('fromRoman(%s) is %i', (numeral, value) => {
    expect(fromRoman(numeral)).toBe(value)
  })
})
