/**
 * The tables the bundles read built (`scripts/build/first-lint-tables.ts`)
 * held to the tables the rules make from source.
 */
import {describe, expect, test} from 'vitest'
import {compileGazetteer, type BuiltNameAnchors} from '../src/engine/gazetteer.js'
import calque, {gateFrom, serializedGate} from '../rules/calque/index.js'
import {surnameArticle, surnameWords} from '../rules/calque/syntax/article-surname.js'
import {exonyms} from '../rules/name-variants.data.js'
import type {Language} from '../rules/shared/languages.js'
import {renderingsAt, serializedHeads} from '../rules/shared/name-renderings.js'
import {compileNames, gazetteerNames, languageNames, serializedNames} from '../rules/shared/translated-names/compile.js'
import {nameContext} from '../rules/shared/translated-names/context.js'
import {namesByLanguage} from '../rules/shared/translated-names/data.js'
import {exonymKeysOf, keyOf, serializedExonymKeys} from '../rules/name-variants/keys.js'

describe('built exonym keys', () => {
  const scanned = new Map(exonymKeysOf(undefined))
  const serialized = serializedExonymKeys()

  test('read back, they are the keys made from the table, in its order', () => {
    const built = exonymKeysOf(serialized)
    expect([...built]).toEqual([...scanned])
    expect(built.size).toBeGreaterThanOrEqual(exonyms.length)
  })

  // Keys asked for once the built keys are read: each local name groups with its English name, an unlisted name keeps its own key.
  const cases: ReadonlyArray<{word: string; expected: string}> = [
    {word: 'münchen', expected: 'munich'},
    {word: 'genève', expected: 'geneva'},
    {word: 'varsovie', expected: 'varsav'},
    {word: 'kiyv', expected: 'kyiv'},
    {word: 'bordeaux', expected: 'bordeaux'}
  ]
  test.each(cases)('keyOf($word) with the built keys', ({word, expected}) => {
    exonymKeysOf(serialized)
    expect(keyOf(word)).toBe(expected)
  })
})

describe('built translated names', () => {
  const every = new Set(Object.keys(namesByLanguage) as Language[])
  const built = JSON.parse(serializedNames()) as {forms: Record<string, string[][]>; anchors: BuiltNameAnchors}

  test('each entry’s built forms are the forms made from its table, in table order', () => {
    const made = languageNames(every)
    const read = Object.entries(namesByLanguage).flatMap(([language, table]) => table!.names.map((_, index) => built.forms[language]![index]))
    expect(read).toEqual(made.map((entry) => entry.forms))
    expect(made.length).toBeGreaterThan(400)
  })

  test('the gazetteer of every language reads the built anchors as the anchors found in its names, with their cues, one set for each list', () => {
    const names = gazetteerNames(every)
    const scanned = compileGazetteer(names, nameContext)
    const read = compileGazetteer(names, nameContext, built.anchors)
    expect([...scanned.words()]).toEqual([...compileNames(every).words()])
    const words = [...scanned.words()]
    expect([...read.words()]).toEqual(words)
    const scannedSets = new Set<ReadonlySet<string>>()
    const readSets = new Set<ReadonlySet<string>>()
    for (const word of words) {
      const anchors = scanned.anchorsOf(word)!
      expect(read.anchorsOf(word), word).toEqual(anchors)
      for (const anchor of anchors) scannedSets.add(anchor.cues)
      for (const anchor of read.anchorsOf(word)!) readSets.add(anchor.cues)
    }
    expect(readSets.size).toBe(scannedSets.size)
  })
})

/** What the test reads of calque's settings: the words each family is looked up at. */
interface CalqueSettings {
  phrases: {words(): Iterable<string> | undefined}
  names: {words(): Iterable<string>; anchorsOf(word: string): unknown}
  syntax: {triggers(): Iterable<string>; lookOf(word: string): unknown}
}

describe('built calque gate', () => {
  const gate = gateFrom(serializedGate())
  const settings = calque.settings({}) as CalqueSettings
  const phraseWords = new Set(settings.phrases.words())
  const nameWords = new Set(settings.names.words())
  const triggers = new Set(settings.syntax.triggers())
  const surnames = new Set(surnameWords())

  test('each word of every family reads, from the built gate, the families it anchors', () => {
    const words = new Set([...phraseWords, ...nameWords, ...triggers, ...surnames, surnameArticle])
    expect(words.size).toBeGreaterThan(2000)
    for (const word of words) {
      const look = gate.looks.get(word.slice(0))
      expect(look, word).toBeDefined()
      expect([look!.anchorsPhrases, look!.names, look!.syntax, look!.bits], word).toEqual([
        phraseWords.has(word),
        settings.names.anchorsOf(word),
        triggers.has(word) ? settings.syntax.lookOf(word) : undefined,
        (surnames.has(word) ? 2 : 0) | (word === surnameArticle ? 4 : 0)
      ])
    }
    expect(gate.phrasesEverywhere).toBe(false)
  })

  test.each(['harbour', 'quayside', 'The', ''])('%j anchors no family', (word) => {
    expect(gate.looks.get(word)).toBeUndefined()
  })
})

describe('built name heads', () => {
  const serialized = serializedHeads()
  const heads = Object.keys(JSON.parse(serialized) as object)

  test('each first word reads from the built heads the forms listed from the names, with the same entries', () => {
    expect(heads.length).toBeGreaterThan(500)
    for (const head of heads) {
      const listed = renderingsAt(head, undefined)!
      const read = renderingsAt(head, serialized)!
      expect(read, head).toEqual(listed)
      expect(read.every((form, index) => form.entry === listed[index]!.entry)).toBe(true)
    }
  })

  test.each(['harbour', 'constructor', '__proto__', 'toString', ''])('%j starts no form', (word) => {
    expect([renderingsAt(word, serialized), renderingsAt(word, undefined)]).toEqual([undefined, undefined])
  })
})
