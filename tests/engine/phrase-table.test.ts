import {ParseEnglish} from 'parse-english'
import {describe, expect, test} from 'vitest'
import {compilePhraseTable, compilePhraseTables, serializeAnchors, type PhraseMatch} from '../../src/engine/phrase-table.js'
import {sentenceTokens} from '../../src/engine/tokens.js'
import type {Token} from '../../src/engine/types.js'
import type {Sentence} from 'nlcst'

interface Entry {
  id: string
  phrases: string[]
}

function find(entries: Entry[], text: string): string[] {
  const table = compilePhraseTable(entries, (entry) => entry.phrases)
  return findWith((tokens) => table.match(tokens), text)
}

/**
 * What the tables that read a phrase only once a sentence holds its anchor find (`compilePhraseTables`);
 * `caller`: the tokens looked up by the caller, which hands `match` the anchors' positions and places (`at`, `placesAt`).
 */
function findLazily(entries: Entry[], text: string, built = false, caller = false): string[] {
  const phrasesOf = (entry: Entry) => entry.phrases
  const tables = compilePhraseTables([entries], phrasesOf, undefined, built ? serializeAnchors([entries], phrasesOf) : undefined)
  return findWith((tokens) => {
    const matches: Array<PhraseMatch<Entry>> = []
    const words = tables.words()
    if (!caller || !words) {
      tables.match(tokens, (_, match) => matches.push(match))
      return matches
    }
    const anchors = new Set(words)
    const at = tokens.flatMap((token, index) => (anchors.has(token.lower) && tables.mayStartAt(tables.placesOf(token.lower)!, tokens, index) ? [index] : []))
    tables.match(
      tokens,
      (_, match) => matches.push(match),
      at,
      at.map((index) => tables.placesOf(tokens[index]!.lower)!)
    )
    return matches
  }, text)
}

function findWith(matchesOf: (tokens: Token[]) => Iterable<PhraseMatch<Entry>>, text: string): string[] {
  const found: string[] = []
  for (const paragraph of new ParseEnglish().parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      for (const match of matchesOf(sentenceTokens(sentence as Sentence, 0))) {
        found.push(`${match.entry.id}:${text.slice(match.start, match.end)}${match.captures.length ? ':' + match.captures.join(',') : ''}`)
      }
    }
  }
  return found
}

describe('phrase table', () => {
  test.each([
    [[{id: 'a', phrases: ['he testifies|testified']}], 'He testified and he testifies.', ['a:He testified', 'a:he testifies']],
    [[{id: 'a', phrases: ['the Hexagon']}], 'The Hexagon, not a hexagon or the hexagon.', ['a:The Hexagon']],
    [[{id: 'a', phrases: ['the head of * diplomacy']}], 'Then the head of American diplomacy spoke.', ['a:the head of American diplomacy:American']],
    [[{id: 'a', phrases: ['” , he [testifies]']}], '“We stay”, he testifies. He testifies in court.', ['a:testifies']],
    [[{id: 'a', phrases: ['[to the account] of']}], 'He put it to the account of Kyiv. To the account.', ['a:to the account']],
    [
      [
        {id: 'short', phrases: ['a dozen']},
        {id: 'long', phrases: ['a dozen of']}
      ],
      'A dozen of them and a dozen eggs.',
      ['long:A dozen of', 'short:a dozen']
    ],
    [[{id: 'a', phrases: ['c’est']}], "C'est la vie; c’est tout.", ["a:C'est", 'a:c’est']],
    // Either apostrophe, in the phrase or in the text, in exact and case-insensitive tokens and exceptions.
    [[{id: 'a', phrases: ["aujourd'hui"]}], "Aujourd’hui et aujourd'hui.", ['a:Aujourd’hui', "a:aujourd'hui"]],
    [[{id: 'a', phrases: ['L’Express']}], "L'Express, not l’express.", ["a:L'Express"]],
    [[{id: 'a', phrases: ["[on] !l'air"]}], "on l’air, on l'air, on lair.", ['a:on']],
    // A phrase that starts with `*` or `!…` is found anywhere in a sentence, after words that start no phrase.
    [[{id: 'a', phrases: ['* [diplomacy] chief']}], 'Then came the American diplomacy chief, then diplomacy alone.', ['a:diplomacy:American']],
    [[{id: 'a', phrases: ['!was|is [reminded] that']}], 'Later she reminded that the law holds; she was reminded that it does.', ['a:reminded']],
    // A line break inside a sentence is white space like any other.
    [[{id: 'a', phrases: ['in a condition to']}], 'Men in a condition\nto fight.', ['a:in a condition\nto']],
    [[{id: 'a', phrases: ['NATO']}], 'Nato and NATO.', ['a:NATO']],
    // A word captured with another in one phrase and alone in the next leads each to its own phrases, in either order.
    [
      [
        {id: 'pair', phrases: ['the zebra (walked|strolled) home']},
        {id: 'alone', phrases: ['the zebra (walked) away']}
      ],
      'The zebra walked home. The zebra strolled home. The zebra walked away. The zebra strolled away.',
      ['pair:The zebra walked home:walked', 'pair:The zebra strolled home:strolled', 'alone:The zebra walked away:walked']
    ],
    [
      [
        {id: 'alone', phrases: ['the zebra (walked) away']},
        {id: 'other', phrases: ['the zebra (strolled) off']},
        {id: 'pair', phrases: ['the zebra (walked|strolled) home']}
      ],
      'The zebra walked home. The zebra strolled home. The zebra walked away. The zebra strolled away. The zebra walked off. The zebra strolled off.',
      [
        'pair:The zebra walked home:walked',
        'pair:The zebra strolled home:strolled',
        'alone:The zebra walked away:walked',
        'other:The zebra strolled off:strolled'
      ]
    ],
    [
      [{id: 'a', phrases: ['[the president of the republic] !of']}],
      'The President of the Republic “takes note”. The President of the Republic of Korea came. Hail the president of the republic',
      ['a:The President of the Republic', 'a:the president of the republic']
    ],
    // `(a|b)` captures which of the listed words matched, and nothing else.
    [
      [{id: 'a', phrases: ['head of (Italian|Spanish) diplomacy']}],
      'The head of Spanish diplomacy met the head of Irish diplomacy and the head of italian diplomacy.',
      ['a:head of Spanish diplomacy:Spanish', 'a:head of italian diplomacy:italian']
    ],
    [
      [{id: 'a', phrases: ['(this|next) * (monday|sunday)']}],
      'Not this Monday, nor next week Friday, but this coming Sunday.',
      ['a:this coming Sunday:this,coming,Sunday']
    ],
    [[{id: 'a', phrases: ['[a hundred of] !them|us|the']}], 'A hundred of Spanish rescuers; a hundred of them; a hundred of the men.', ['a:A hundred of']],
    // Of two phrases of one length at one start, the first listed, whichever anchor a sentence holds first
    // (`zebra` anchors the second, `fox` the first: read as met, they still stand in the order listed).
    [
      [
        {id: 'first', phrases: ['the zebra|lynx fox']},
        {id: 'second', phrases: ['the zebra fox']}
      ],
      'The zebra fox ran. The lynx fox ran.',
      ['first:The zebra fox', 'first:The lynx fox']
    ],
    // A phrase with no word to anchor it: its table is read at every token.
    [
      [
        {id: 'any', phrases: ['!the|a [*] !owl|hen']},
        {id: 'hen', phrases: ['a red hen']}
      ],
      'The owl saw a grey owl and a red hen.',
      ['any:saw:saw', 'any:owl:owl', 'hen:a red hen']
    ]
  ])('%j in %j', (entries, text, expected) => {
    expect(find(entries, text)).toEqual(expected)
    expect(findLazily(entries, text)).toEqual(expected)
    // From the anchors a build writes (`serializeAnchors`), read back.
    expect(findLazily(entries, text, true)).toEqual(expected)
    // At the anchors' positions and places a caller looked up.
    expect(findLazily(entries, text, true, true)).toEqual(expected)
  })

  test('refuses a phrase listed twice, naming it', () => {
    expect(() => compilePhraseTable([{phrases: ['a dozen of']}, {phrases: ['a  dozen of']}], (entry) => entry.phrases)).toThrow(
      'Phrase listed twice: `a  dozen of`'
    )
  })

  test.each([
    // Several words as one alternative: `|` separates the words of one token (`by car|bike`, or two phrases).
    ['travel [by car|by bike]', 'travel [by car|by bike]'],
    ['travel (by car|by bike)', 'travel (by car|by bike)'],
    ['[the deputy mayor’s|deputy mayor’s office]', '[the deputy mayor’s|deputy mayor’s office]'],
    ['go by train|(bus|coach)', 'go by train|(bus|coach)']
  ])('refuses several words as one alternative in %j, naming the entry', (phrase, shown) => {
    const entries = [{id: 'commute', phrases: ['travel by car|bike', phrase]}]
    expect(() =>
      compilePhraseTable(
        entries,
        (entry) => entry.phrases,
        (entry) => entry.id
      )
    ).toThrow(
      'Malformed phrase (a phrase of several words as one alternative: `|` separates the words of one token, so list each phrase apart): `' +
        shown +
        '` (entry commute)'
    )
  })

  test.each([
    // A bracket alone is a mark (`( Anna`); a capture is one token; a word may follow a capture that lists it.
    [[{id: 'a', phrases: ['[the twins] ,|( Anna']}], 'She met the twins ( Anna and Eva ).', ['a:the twins']],
    [[{id: 'a', phrases: ['(day|week) day|week [off]']}], 'A day day off? A week off.', ['a:off:day']]
  ])('%j in %j still compiles', (entries, text, expected) => {
    expect(find(entries, text)).toEqual(expected)
  })

  test.each(['[a dozen of', 'a dozen] of', 'a [ dozen', 'a||b', 'a dozen !of', '[a dozen !of]', 'a !|b', 'a (b||c)'])(
    'refuses the malformed phrase %j',
    (phrase) => {
      expect(() => compilePhraseTable([{phrases: [phrase]}], (entry) => entry.phrases)).toThrow('Malformed phrase')
    }
  )
})
