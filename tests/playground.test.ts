import {describe, expect, test} from 'vitest'
import {groupByRule, findingsOf, isSafe, replacementsOf} from '../playground/findings.js'
import {nest, type Piece} from '../playground/nest.js'
import {lint} from '../src/index.js'

/** Pieces as a string: text as is, marks as `[id:…]`, continuations as `[id+:…]`. */
function show(text: string, pieces: readonly Piece[]): string {
  return pieces
    .map((piece) =>
      piece.type === 'text' ? text.slice(piece.start, piece.end) : '[' + piece.id + (piece.head ? '' : '+') + ':' + show(text, piece.children) + ']'
    )
    .join('')
}

describe('nest(): findings as well-nested marks', () => {
  const text = 'abcdefghij'
  test.each([
    {name: 'no spans', spans: [], shown: 'abcdefghij'},
    {
      name: 'disjoint',
      spans: [
        {id: 0, start: 1, end: 3},
        {id: 1, start: 5, end: 6}
      ],
      shown: 'a[0:bc]de[1:f]ghij'
    },
    {
      name: 'adjacent',
      spans: [
        {id: 0, start: 0, end: 2},
        {id: 1, start: 2, end: 4}
      ],
      shown: '[0:ab][1:cd]efghij'
    },
    {
      name: 'one inside another',
      spans: [
        {id: 1, start: 3, end: 5},
        {id: 0, start: 2, end: 8}
      ],
      shown: 'ab[0:c[1:de]fgh]ij'
    },
    {
      name: 'same span twice',
      spans: [
        {id: 0, start: 2, end: 4},
        {id: 1, start: 2, end: 4}
      ],
      shown: 'ab[0:[1:cd]]efghij'
    },
    {
      name: 'crossing: the outer one goes on as a continuation',
      spans: [
        {id: 0, start: 1, end: 5},
        {id: 1, start: 3, end: 8}
      ],
      shown: 'a[0:bc[1:de]][1+:fgh]ij'
    },
    {name: 'empty span: an insertion point', spans: [{id: 0, start: 4, end: 4}], shown: 'abcd[0:]efghij'},
    {name: 'whole text', spans: [{id: 0, start: 0, end: 10}], shown: '[0:abcdefghij]'},
    {name: 'out of range is left out', spans: [{id: 0, start: 8, end: 12}], shown: 'abcdefghij'}
  ])('$name', ({spans, shown}) => {
    const pieces = nest(text.length, spans)
    expect(show(text, pieces)).toBe(shown)
  })

  test('every span has exactly one head mark, whatever the overlaps', () => {
    const spans = [
      {id: 0, start: 0, end: 6},
      {id: 1, start: 2, end: 9},
      {id: 2, start: 4, end: 5},
      {id: 3, start: 5, end: 10},
      {id: 4, start: 7, end: 7}
    ]
    const heads: number[] = []
    const walk = (pieces: readonly Piece[]) => {
      for (const piece of pieces) {
        if (piece.type === 'mark') {
          if (piece.head) heads.push(piece.id)
          walk(piece.children)
        }
      }
    }
    const pieces = nest(text.length, spans)
    walk(pieces)
    expect(heads.sort()).toEqual([0, 1, 2, 3, 4])
    expect(show(text, pieces).replace(/\[\d+\+?:|\]/g, '')).toBe(text)
  })
})

describe('findings of the playground', () => {
  test('peers are found by their package (retext-repeated-words names its `ruleId` after the word)', async () => {
    const file = await lint('MM. Blinken said the the talks were over.')
    const findings = findingsOf(file)
    expect(findings.map((finding) => [finding.ruleKey, finding.category, finding.start, finding.end])).toEqual([
      ['french-honorifics', 'names', 0, 3],
      ['retext-repeated-words', 'language', 17, 24]
    ])
    expect(groupByRule(findings).map((group) => [group.ruleKey, group.findings.length])).toEqual([
      ['french-honorifics', 1],
      ['retext-repeated-words', 1]
    ])
  })

  test('replacements: each `expected`; a deletion offers the empty string; “fix all safe” takes single ones only', async () => {
    const file = await lint('To see in video\n\nMoscow and Kiev met. Westerners fear it.')
    expect(findingsOf(file).map((finding) => [finding.message.actual, replacementsOf(finding), isSafe(finding)])).toEqual([
      ['To see in video', [''], false],
      ['Kiev', ['Kyiv'], true],
      ['Westerners', ['Western countries', 'The West'], false]
    ])
  })
})
