import {ParseEnglish} from 'parse-english'
import {describe, expect, test} from 'vitest'
import {characterRunsOf} from '../scripts/build/character-types.js'
import {characterRuns} from '../src/engine/character-types.js'
import {characterType} from '../src/engine/characters.js'

/** The engine’s table of character classes (`src/engine/characters.ts`) is the stock tokenizer’s. */
describe('character classes', () => {
  test('the table is the one the stock parser gives (else run `npx tsx scripts/build/character-types.ts`)', () => {
    expect(characterRuns).toBe(characterRunsOf())
  })

  const stock = new ParseEnglish()
  const names = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode']
  const cases: ReadonlyArray<{character: string; expected: string}> = [
    {character: 'a', expected: 'WordNode'},
    {character: '7', expected: 'WordNode'},
    {character: 'é', expected: 'WordNode'},
    {character: ' ', expected: 'WhiteSpaceNode'},
    {character: '\u00A0', expected: 'WhiteSpaceNode'},
    {character: '\u3000', expected: 'WhiteSpaceNode'},
    {character: '.', expected: 'PunctuationNode'},
    {character: '’', expected: 'PunctuationNode'},
    {character: '«', expected: 'PunctuationNode'},
    {character: '&', expected: 'SymbolNode'},
    {character: '€', expected: 'SymbolNode'},
    {character: '\uD83D', expected: 'SymbolNode'}
  ]
  test.each(cases)('$character is a $expected', ({character, expected}) => {
    const actual = names[characterType(character.charCodeAt(0))]
    expect(actual).toBe(expected)
    expect(actual).toBe(stock.tokenize(character)[0]!.type)
  })
})
