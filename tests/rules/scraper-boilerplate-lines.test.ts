import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {anchored, singleLine, type FurnitureEntry} from '../../rules/scraper-boilerplate/entry.js'
import {lexicons} from '../../rules/scraper-boilerplate/lexicon/index.js'
import {gatesOf, longPrefixes, markBits, prefixLength} from '../../rules/scraper-boilerplate/line-gate.js'
import {asciiTailHint, beyondAscii, inlineHint, mayEndWithCredit, mayHoldInline, tailWordsIn} from '../../rules/scraper-boilerplate/hints.js'
import {factBits, fragment, holdsOne, lineFacts, lineMarks, lineTwice, other, readBlockFacts, soleBit} from '../../rules/scraper-boilerplate/line-facts.js'
import {lineMatcher} from '../../rules/scraper-boilerplate/line-matcher.js'
import {linesOf} from '../../rules/scraper-boilerplate/structure.js'
import {runs} from '../property-support.js'

const entries = Object.values(lexicons).flat()

/** The line matcher as one alternation of whole entries, tried at the line’s start: what the split one must equal. */
function reference(chosen: readonly FurnitureEntry[], cased: boolean): (text: string) => string | undefined {
  const regex = new RegExp(
    chosen.map((entry, index) => '(?<p' + index + '>' + anchored({...entry, pattern: singleLine(entry.pattern)}) + ')').join('|'),
    cased ? 'muy' : 'imuy'
  )
  return (text) => {
    regex.lastIndex = 0
    const match = regex.exec(text)
    if (!match || match[0].length === 0) return undefined
    const index = chosen.findIndex((_, index) => match.groups!['p' + index] !== undefined)
    return chosen[index]!.what + ': ' + match[0].replace(/[ \t\uFFFC]+$/, '')
  }
}

// Every line of every example, and invented lines that start with each kind of character.
const lines = [
  ...new Set([
    ...entries.flatMap((entry) => entry.example.split('\n')).map((line) => line.trim()),
    'The harvest came early this year.',
    'the harvest, in lower case',
    '12 comments',
    '«Quote» opens this line',
    '© Lighthouse Press 2031',
    'Ωmega is a Greek letter first',
    '\u212Aelvin sign first',
    '9f8e7d6c5b4a39281706f5e4d3c2b1a0 - Tide tables for the bay',
    '9f8e7d6c5b4a3928170 short hex run'
  ])
].filter(Boolean)

describe('scraper-boilerplate line matcher', () => {
  for (const places of [['line', 'start'], ['start']] as const) {
    for (const cased of [false, true]) {
      const chosen = entries.filter((entry) => places.includes(entry.place as never) && Boolean(entry.cased) === cased && !entry.keywords)
      test(`${places.join('+')}${cased ? ', cased' : ''}: the same findings as one alternation, on ${lines.length} lines`, () => {
        const split = lineMatcher(chosen, cased)
        const whole = reference(chosen, cased)
        const actual = lines.map((line) => {
          const found = split(line)
          return found && found.entry.what + ': ' + line.slice(0, found.length)
        })
        const expected = lines.map((line) => whole(line))
        expect(actual).toEqual(expected)
        // Not a vacuous comparison: the examples hold furniture.
        expect(expected.filter(Boolean).length).toBeGreaterThan(2)
      })
    }
  }

  // The gates (see `line-gate.ts`) let through every line an entry matches: lines made from the examples, cut, glued,
  // with their case changed and characters put in, matched by each matcher and by each entry with keywords alone.
  const starts = entries.filter((entry) => entry.place === 'line' || entry.place === 'start')
  const matchers = [
    ...[false, true].flatMap((cased) =>
      [['line', 'start'], ['start']].map((places) =>
        starts.filter((entry) => places.includes(entry.place) && Boolean(entry.cased) === cased && !entry.keywords)
      )
    ),
    ...starts.filter((entry) => entry.keywords).map((entry) => [entry])
  ]
    .filter((chosen) => chosen.length > 0)
    .map((chosen) => {
      const cased = Boolean(chosen[0]!.cased)
      return {split: lineMatcher(chosen, cased), whole: reference(chosen, cased)}
    })
  const pieces = [...lines, ...starts.map((entry) => entry.found.trim()), 'ſhare', '\u212Aeep reading', 'İn pictures', '7 May', '12:40', '«', 'x']
  const line = fc
    .tuple(
      fc.constantFrom(...pieces),
      fc.constantFrom(...pieces),
      fc.nat(),
      fc.nat(),
      fc.constantFrom('', ' ', ': ', '-', '(', ')', '/', '.', ' by ', '\r', '\uFFFC', 'é', 'K'),
      fc.constantFrom('keep', 'upper', 'lower', 'glue', 'cut', 'insert')
    )
    .map(([first, second, at, length, mark, how]) => {
      switch (how) {
        case 'upper':
          return first.toUpperCase()
        case 'lower':
          return first.toLowerCase()
        case 'glue':
          return first + mark + second
        case 'cut':
          return first.slice(at % (first.length + 1), (at % (first.length + 1)) + length)
        case 'insert':
          return first.slice(0, at % (first.length + 1)) + mark + first.slice(at % (first.length + 1))
        default:
          return first
      }
    })
    .map((text) => text.trim())
    .filter(Boolean)

  test('each matcher finds what one alternation of its entries finds, on lines made from the examples', () => {
    fc.assert(
      fc.property(line, (text) => {
        for (const {split, whole} of matchers) {
          const found = split(text)
          expect(found && found.entry.what + ': ' + text.slice(0, found.length)).toEqual(whole(text))
        }
      }),
      runs
    )
  })

  // The matcher marks the starts its gates' prefixes with text may meet, and reads any other start by its first character alone.
  test('a gate’s longer prefixes each start with one of its prefixes with text, or have none (a class starts them)', () => {
    const uncovered: string[] = []
    let read = 0
    for (const entry of entries.filter((entry) => entry.place === 'line' || entry.place === 'start')) {
      for (const cased of [false, true]) {
        for (const gate of gatesOf(singleLine(entry.pattern), cased) ?? []) {
          for (const {text} of (gate.prefixes && longPrefixes(gate)) ?? []) {
            read++
            const key = text.slice(0, prefixLength)
            const covered = key === '' || gate.prefixes!.some((prefix) => prefix.text !== '' && key.startsWith(prefix.text.slice(0, prefixLength)))
            if (!covered) uncovered.push(entry.what + ': ' + text)
          }
        }
      }
    }
    expect(uncovered).toEqual([])
    expect(read).toBeGreaterThan(1000)
  })
})

describe('scraper-boilerplate line gates: marks every match holds twice', () => {
  const bit = (character: string) => markBits[character.charCodeAt(0)]!
  // Invented sources: `twice` is what a line must hold two of before the entry’s regex runs.
  const cases: Array<{source: string; twice: number}> = [
    {source: String.raw`[a-z]+:[a-z]+:`, twice: bit(':')},
    {source: String.raw`(?:[a-z]+: ){2,}`, twice: bit(':') | bit(' ')},
    {source: String.raw`\d{2}`, twice: bit('0')},
    {source: String.raw`\(\d+\)`, twice: 0},
    {source: String.raw`(?:[a-z]:|[0-9])[a-z]:`, twice: 0},
    {source: String.raw`(?:[a-z]:|[0-9]:)[a-z]:`, twice: bit(':')},
    {source: String.raw`(?:[a-z]+:){0,3}[a-z]:`, twice: 0}
  ]
  for (const {source, twice} of cases) {
    test(source, () => {
      const actual = gatesOf(source, false)!.map((gate) => gate.twice)
      expect(actual).toEqual([twice])
    })
  }

  // Invented sources: `wordRun` is how many letters and digits a line must start with before the entry’s regex runs.
  const runCases: Array<{source: string; wordRun: number[]}> = [
    {source: String.raw`[0-9a-f]{12}(?:\s*-)?|tag \d+`, wordRun: [12, 3]},
    {source: String.raw`(?:port|dock)s?\b-\d`, wordRun: [4]},
    {source: String.raw`\p{Lu}{2,}(?=\s)x`, wordRun: [3]},
    {source: String.raw`\w{6}|[^.]{6}|[a-z_]{6}|.{6}`, wordRun: [0, 0, 0, 0]},
    {source: String.raw`(?:ab){0,2}cd`, wordRun: [2]}
  ]
  for (const {source, wordRun} of runCases) {
    test(`wordRun: ${source}`, () => {
      const actual = gatesOf(source, false)!.map((gate) => gate.wordRun)
      expect(actual).toEqual(wordRun)
    })
  }

  // Invented sources: `texts` is what a line’s block must hold (its runs of three characters) before the entry’s regex runs.
  const textCases: Array<{source: string; cased: boolean; texts: string[][]}> = [
    {source: String.raw`\p{Lu}{3,}-WIRE(?= \p{Lu})`, cased: true, texts: [['-wire']]},
    {source: String.raw`(?:[Ss]ee|SEE) ?(?:[Aa]lso|ALSO)\s*:`, cased: true, texts: [['see', 'also']]},
    {source: String.raw`[iI]nfo desk|tide\b table|ab\d+cd`, cased: false, texts: [['info desk'], ['tide table'], []]},
    {source: String.raw`(?:quay|pier) notes?|x{2}yyy`, cased: false, texts: [[' note'], ['yyy']]}
  ]
  // Invented sources: `choices` are sets of texts, the line's block holding one text of each (its runs of three characters).
  const choiceCases: Array<{source: string; cased: boolean; choices: string[][][]}> = [
    {source: String.raw`\p{L}+ \((?:kbc|ln|tide desk)\)`, cased: false, choices: [[[' (kbc)', ' (ln)', ' (tide desk)']]]},
    {source: String.raw`(?:with|via) (?:kbc|ln)\s*$`, cased: false, choices: [[['with kbc', 'with ln', 'via kbc', 'via ln']]]},
    {
      source: String.raw`(?:(?:to )?hear (?:more|again)|Also hear)\d`,
      cased: true,
      choices: [[['hear more', 'hear again', 'to hear more', 'to hear again', 'also hear']]]
    },
    // One text is no choice (see texts); a repeat of more than once, a class beyond ASCII or a text under three characters ends it.
    {source: String.raw`[Mm]ore news|(?:ab|cd)+x|[•>](?:ab|cd)|(?:a|b)c`, cased: true, choices: [[], [], [], []]}
  ]
  for (const {source, cased, choices} of choiceCases) {
    test(`choices: ${source}`, () => {
      const actual = gatesOf(source, cased)!.map((gate) => gate.choices)
      expect(actual).toEqual(choices)
    })
  }

  for (const {source, cased, texts} of textCases) {
    test(`texts: ${source}`, () => {
      const actual = gatesOf(source, cased)!.map((gate) => gate.texts)
      expect(actual).toEqual(texts)
    })
  }

  const lineCases: Array<{line: string; marks: number; twice: number}> = [
    {line: 'Fields: red: blue', marks: bit(':') | bit(' '), twice: bit(':') | bit(' ')},
    {line: 'one-two', marks: bit('-'), twice: 0},
    {line: 'Room 42', marks: bit(' ') | bit('0'), twice: bit('0')},
    {line: 'plain', marks: 0, twice: 0}
  ]
  // A line read alone is a block of one line (as the line matcher reads a line no block told it of).
  for (const {line, marks, twice} of lineCases) {
    test(`readBlockFacts, one line: ${line}`, () => {
      readBlockFacts([{text: line, start: 0, end: line.length}])
      expect({marks: lineMarks[0], twice: lineTwice[0]}).toEqual({marks, twice})
    })
  }
})

describe('scraper-boilerplate line facts: the gates before the hints and the keyword search', () => {
  const bit = (character: string) => markBits[character.charCodeAt(0)]!
  const read = (texts: readonly string[]) => readBlockFacts(texts.map((text) => ({text, start: 0, end: text.length})))

  const factCases: Array<{lines: string[]; marks: number[]; twice: number[]}> = [
    {lines: ['Fields: red: blue'], marks: [bit(':') | bit(' ')], twice: [bit(':') | bit(' ')]},
    {lines: ['one-two', 'plain'], marks: [bit('-'), 0], twice: [0, 0]},
    {lines: ['Caf\u00E9 open'], marks: [bit(' ') | other], twice: [0]},
    {lines: ['Ends with a return\r'], marks: [bit(' ') | other], twice: [bit(' ')]}
  ]
  for (const {lines, marks, twice} of factCases) {
    test(`readBlockFacts: ${JSON.stringify(lines)}`, () => {
      const all = read(lines)
      const actual = {marks: lineMarks.slice(0, lines.length), twice: lineTwice.slice(0, lines.length), all}
      expect(actual).toEqual({marks, twice, all: marks.reduce((one, two) => one | two)})
    })
  }

  const holdCases: Array<{lines: string[]; fragment: string; expected: boolean}> = [
    {lines: ['A PHOTO of the pier'], fragment: 'photo', expected: true},
    {lines: ['The harbour at dawn', 'Photographs below'], fragment: 'photo', expected: true},
    {lines: ['The harbour at dawn'], fragment: 'photo', expected: false},
    {lines: ['Follow us (@harbour)'], fragment: '(@', expected: true},
    {lines: ['Follow us @harbour'], fragment: '(@', expected: false}
  ]
  for (const {lines, fragment: text, expected} of holdCases) {
    test(`holdsOne: ${JSON.stringify(lines)} holds ${text}: ${expected}`, () => {
      const all = read(lines)
      expect(holdsOne(all, [fragment(text)])).toBe(expected)
    })
  }

  const glued = factBits['glued capital']
  const factsCases: Array<{line: string; facts: number}> = [
    {line: 'Maria LopesOur town will vote.', facts: glued},
    {line: 'Call getValue first', facts: glued},
    {line: 'Maria Lopes. Our town will vote.', facts: 0},
    {line: 'NASA and the ESA', facts: 0},
    {line: 'aB', facts: glued},
    {line: 'Ab', facts: 0},
    {line: 'Jos\u00E9 Silva', facts: 0},
    {line: 'Ren\u00E9eDupont said so', facts: glued},
    {line: 'la ma\u00EEtresse\u00C9cole', facts: glued},
    {line: '\u201CThe tide\u201D, \u00C9lodie wrote', facts: 0},
    {line: 'Ab\rcd', facts: glued},
    {line: 'x\u{1D44E}y', facts: glued}
  ]
  for (const {line, facts} of factsCases) {
    test(`readBlockFacts, facts: ${line}`, () => {
      read(['Plain line first', line])
      expect(lineFacts.slice(0, 2)).toEqual([0, facts])
    })
  }

  test('soleBit: a mark no other character shares', () => {
    const actual = ['/', ':', '-', 'a', '|', '—'].map((mark) => soleBit(mark) !== 0)
    expect(actual).toEqual([true, true, true, false, false, false])
  })

  // Lines made from the hints’ words and signs, the tail and inline entries’ examples, in any case, glued to prose.
  const tailAndInline = entries.filter((entry) => entry.place === 'end' || entry.place === 'inline')
  const hintPieces = [
    ...tailAndInline.flatMap((entry) => [entry.example, entry.found]),
    ...['photo', 'Image', 'CREDIT', 'share', 'print', 'also:', 'writes :', 'reports:', '/ afp', '- reuters/', '(ANSA)', ' (efe)', '. (XYZ)', 'Fin - done'],
    ...['note)', 'chars', 'pic.twitter', '© ap', '©Keystone', '<b>', 'metrika', 'hits: 3', 'partner', '(read ', '(to read ', ' here)', '\u212Aeystone'],
    'The tide turned late.',
    'plain words',
    '  indented',
    '\r'
  ]
  const hintLine = fc
    .tuple(fc.constantFrom(...hintPieces), fc.constantFrom(...hintPieces), fc.constantFrom('', ' ', '\n', ' \n  '), fc.constantFrom('as is', 'upper', 'lower'))
    .map(([first, second, between, how]) => {
      const text = first + between + second
      return how === 'upper' ? text.toUpperCase() : how === 'lower' ? text.toLowerCase() : text
    })

  test('a block or line the hints find something in gets through their gates', () => {
    fc.assert(
      fc.property(hintLine, (block) => {
        const lines = linesOf(block, 0)
        const all = readBlockFacts(lines)
        if (inlineHint.test(block)) expect(mayHoldInline(all)).toBe(true)
        for (const [index, line] of lines.entries()) {
          asciiTailHint.lastIndex = 0
          if (!beyondAscii.test(line.text) && asciiTailHint.test(line.text)) expect(mayEndWithCredit(line.text, lineMarks[index]!, tailWordsIn(all))).toBe(true)
        }
      }),
      runs
    )
  })

  test('the gates are not vacuous: a line of prose gets through none', () => {
    const lines = linesOf('The tide turned late, and the boats came home.', 0)
    const all = readBlockFacts(lines)
    expect({inline: mayHoldInline(all), tail: mayEndWithCredit(lines[0]!.text, lineMarks[0]!, tailWordsIn(all))}).toEqual({inline: false, tail: false})
  })
})
