import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import * as dates from '../../rules/french-dates/data.js'
import * as typography from '../../rules/french-typography/data.js'
import {languageNaming, languages} from '../../rules/shared/languages.js'
import {entriesFor} from '../../src/engine/language-patterns.js'
import {compilePatterns, type PatternEntry, type PatternOptions} from '../../src/engine/alternation.js'
import {wordBefore} from '../../src/engine/regex-parts.js'
import {nativeCorpus} from '../native-corpus.js'
import {runs} from '../property-support.js'

/**
 * `first` only lets the regex skip ahead: with it, a rule must find exactly
 * what it finds without it. If an entry can start with something `first`
 * leaves out, these tests find the match that goes missing.
 */
const sets: Array<[string, readonly PatternEntry[], string, PatternOptions]> = [
  ['french-typography', entriesFor(typography.typography, languages, languageNaming), 'gu', {}],
  ['french-dates', entriesFor(dates.dates, languages, languageNaming), 'gu', {first: dates.first, lead: wordBefore}]
]

const fixtures = new URL('../../fixtures/', import.meta.url).pathname
const texts = [
  ...readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(fixtures + name, 'utf8')),
  ...readdirSync(fixtures + 'mt')
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(fixtures + 'mt/' + name, 'utf8')),
  ...nativeCorpus().documents.map((document) => document.text)
]

// Pieces of every pattern of both rules, and whole artifacts, to build hostile text from.
// prettier-ignore
const fragments = [
  'février 2022', 'aout 1914', 'lundi 7 février', 'le 1er mars', 'Le 14 juillet 1789', 'XXe siècle', 'XVe-XVIe siècles',
  'Ve République', '3ème', 'the 2e', '150 000', '14h30', '3,5 %', ' : ', ' !', '« ', ' »',
  '«', '»', '‹', '›', ' ', '\u00a0', '\u202f', ';', ':', '!', '?', '%', ',', '.', '-', '–', 'h', 'e', 'è', 'ème', 'er', 're',
  '1', '2', '7', '14', '150', '000', '2022', 'I', 'V', 'X', 'XX', 'le', 'Le', 'lundi', 'février', 'aout', 'siècle',
  'century', 'République', 'the', 'its', 'million', 'km', 'word',
  // Other languages’ marks and the damage of none.
  '„', '‚', '»Text«', ',,', '15.000', '16.10.2024', '6. July', '32. Round', '1.º', '2:1 (1:0)', '05:28h', '(l.)', '¿', '،', '%25',
  ' .', ' ,', ' )', '( ', '. ,', ':.', 'part.Schools', 'said. to', '16 p.m.', '6:55 p.m', '3000 billion', '10 th', '51the',
  'French -speaking', '€ 1', '40° C', 'km /h', '+ 0.6%', '[…]to', 'singer‘s', '‘tax\'', 'Ã©', 'â€™', '·', '– ', '\n',
  ',” — said', 'close, - Shoigu', '<...>', 'the + New Wave +', 'this Monday (30)', 'Dec.27, 2022', '19.Aug.2024', '1is', '3and',
  'A', 'B', 'c', '"', '”', '“', '«', '»',
  // What the triggers of french-dates stop at: a month before or after a number, suffixes, dotted and glued dates.
  'February 7', '7 March', 'May ', ' 9', 'juin 2021', 'décembre', '07 août', 'Ière', 'XVIème', '5è', '2nd', ', 2023', '12.', 'Aug.',
  // What the triggers of french-typography stop at, and a surrogate pair their scans without `u` may stop inside.
  'theyre', 'cant be', 'Its great to', 'Champs Elysées', 'Seine Saint Denis', 'LEntrepot', 'NThe', '1 euro 99', '1’30', '2 min 5 s',
  'Rafi’ ran', '9 p.m.', '21:00', '👉', '\u{1F600}', '$ 5', '+ 2%', ' - ', '\n- ', ' ( x )', 'Monday (30)', ',,Wij', '(l.)', 'a,b',
  // Where the triggers of a plus sign, a straight quote, an elided article, `cant` and `its` hold or not.
  'C++', '(+', '+', 'a+b', '"', ' "', '\u00a0"', 'channel', 'LICENSE', 'LÉon', 'DAfter', 'Lé', 'cant', 'its', 'Its', 'afford', 'time', 'great', 'that',
  // Where `\b` sees a word edge before a stripped contraction or not (an underscore, a digit, a letter beyond ASCII).
  '_', 'x_', '_dont', 'didnt', 'é', 'e\u0301', '5', 'wasnt_', "'", 'é_', '\u00a0_', '«_'
]

/** Each entry without its trigger: the pattern is its own, and a set without any runs as one alternation. */
const untriggered = (entries: readonly PatternEntry[]) => entries.map((entry) => ({...entry, trigger: undefined}))

describe.each(sets)('%s: the `first` class and the triggers keep every match', (_, entries, flags, options) => {
  const fast = compilePatterns(entries, flags, options)
  const plain = compilePatterns(untriggered(entries), flags, {...options, first: undefined})
  const find = (set: typeof fast, text: string) => [...set.find(text, 0)].map(({start, end, text}) => [start, end, text])

  test('on the fixtures and the native English corpus', () => {
    let found = 0
    for (const text of texts) {
      const expected = find(plain, text)
      found += expected.length
      expect(find(fast, text)).toEqual(expected)
    }
    expect(found).toBeGreaterThan(0)
  })

  test('on generated text', () => {
    const documents = fc.array(fc.constantFrom(...fragments), {maxLength: 30}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(documents, (text) => {
        expect(find(fast, text)).toEqual(find(plain, text))
      }),
      runs
    )
  })

  // A text where a set finds a match holds one of its gates (the trigger scans, or the alternation): see `blockGates`.
  test('its gates find something wherever it finds a match', () => {
    const holds = (set: typeof fast, text: string) => set.gates().some((gate) => new RegExp(gate.source, gate.flags.replace('g', '')).test(text))
    expect(fast.gates().length).toBeGreaterThan(0)
    const documents = fc.array(fc.constantFrom(...fragments), {maxLength: 30}).map((parts) => parts.join(''))
    let held = 0
    for (const text of [...texts, ...fc.sample(documents, 300)]) {
      for (const set of [fast, plain]) {
        if (find(set, text).length === 0) continue
        held++
        expect(holds(set, text)).toBe(true)
      }
    }
    expect(held).toBeGreaterThan(0)
    expect(holds(fast, 'the talks went on')).toBe(false)
  })
})

describe('triggers', () => {
  const entry = (pattern: string, trigger?: string): PatternEntry => ({pattern, trigger, what: pattern, note: ''})
  const cases: Array<[string, readonly PatternEntry[], string, string, Array<[number, number, string]>]> = [
    // The first entry in order wins at a place, whichever scanner stopped there.
    [
      'order at a place',
      [entry('ab', 'a'), entry('a', 'a'), entry('b', 'b')],
      'gu',
      'xab b',
      [
        [1, 3, 'ab'],
        [4, 5, 'b']
      ]
    ],
    // Scanners stopping at one place: the alternation of both sets of entries, in order.
    ['two scanners at a place', [entry('a', 'a'), entry('ab', '[a-z]')], 'gu', 'ab', [[0, 1, 'a']]],
    // A trigger that holds only at a word's edge stops at an underscore before the word: where an entry may start with
    // an underscore and none matches there, the word after it is tried.
    ['an underscore before a word', [entry('_x', '_'), entry('dont', '\\bdont|_')], 'gu', ' _dont', [[2, 6, 'dont']]],
    // A scan that stopped at the character before the underscore (where nothing matched: `x` may start no entry), or one
    // underscore of a run, does not take the next one's place.
    ['a stop before an underscore', [entry('é', '[éx]|_'), entry('dont', '\\bdont|_')], 'gu', 'x_dont', [[2, 6, 'dont']]],
    ['a run of underscores', [entry('_x', '_'), entry('dont', '\\bdont|_')], 'gu', 'x__dont', [[3, 7, 'dont']]],
    // An entry without a trigger is scanned for with its pattern.
    [
      'untriggered',
      [entry('c'), entry('d', 'd')],
      'gu',
      'dcd',
      [
        [0, 1, 'd'],
        [1, 2, 'c'],
        [2, 3, 'd']
      ]
    ],
    // A scan without `u` stops inside a surrogate pair, where no match of the `u` alternation starts.
    [
      'surrogate pair',
      [entry('[^\\x00-\\x7F]', '[\\u0080-\\uFFFF]')],
      'gu',
      'a\u{1F600}é',
      [
        [1, 3, '\u{1F600}'],
        [3, 4, 'é']
      ]
    ],
    // A trigger that misses a match loses it: triggers only let the scan skip.
    ['a trigger that misses', [entry('ab', 'b')], 'gu', 'ab', []],
    // Where no entry may start, the next character is tried: a trigger may stop one character early.
    [
      'one character early',
      [entry('ab', '_'), entry('c', 'c')],
      'gu',
      '_ab _xab c_ab',
      [
        [1, 3, 'ab'],
        [9, 10, 'c'],
        [11, 13, 'ab']
      ]
    ]
  ]
  test.each(cases)('%s', (_, entries, flags, text, expected) => {
    expect([...compilePatterns(entries, flags).find(text, 0)].map(({start, end, text}) => [start, end, text])).toEqual(expected)
  })
})
