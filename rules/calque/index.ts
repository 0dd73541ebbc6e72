import type {Gazetteer, GazetteerMatch, NameAnchors} from '../../src/engine/gazetteer.js'
import {compilePhraseTables, type AnchorPlaces, type PhraseMatch, type PhraseTables} from '../../src/engine/phrase-table.js'
import {defineRule} from '../../src/engine/rule.js'
import type {Report} from '../../src/engine/types.js'
import {checkLanguages, languageNames, languages, type Language} from '../shared/languages.js'
import type {LanguageCalque} from './data.js'
import {compileNames} from '../shared/translated-names/compile.js'
import type {LanguageName} from '../shared/translated-names/data.js'
import {kinds} from '../shared/translated-names/kinds.js'
import {builtAnchors} from './built-anchors.js'
import {entryName, everyEntry, phrasesOf, phraseTablesOf} from './tables.js'
import {surnameArticle, surnameArticleLanguages, surnameArticles, surnameWords} from './syntax/article-surname.js'
import {compileSyntax, type SyntaxMatcher} from './syntax/compile.js'
import {WordTable, type WordTableLayout} from '../../src/engine/word-table.js'
import type {TriggerLook} from '../../src/engine/triggered-patterns.js'
import {builtGate} from './built-gate.js'

interface Options {
  /** Source languages whose calques are looked for (default: all). */
  languages: readonly Language[]
}

/**
 * The families of calques, each a section of `rules/calque.md` (its slug is
 * the messages’ `url` fragment, which `npm run eval` counts by).
 */
export const families = {
  phrases: 'phrases',
  names: 'translated-names',
  periphrasis: 'press-periphrasis',
  syntax: 'syntactic-calques'
} as const

interface Settings {
  /** The phrase table, then the periphrasis table (`families.phrases`, `families.periphrasis`), looked up together. */
  phrases: PhraseTables<LanguageCalque>
  names: Gazetteer<LanguageName>
  syntax: SyntaxMatcher
  /** Whether `the Meloni` is looked for (it learns surnames through a block, so it is not one of the sentence patterns). */
  surnameArticles: boolean
  /** The families each word is looked for by (made at the first sentence). */
  gate(): Gate
}

/**
 * Each lower-case word a family reads a sentence at, to what it means to
 * each family: a sentence’s tokens are looked up once for all of them, and
 * each family reads only the places it was given. The phrase tables and the
 * gazetteer are given only the anchors whose neighbours leave a phrase or a
 * name a chance (most do not: `this`, `:` or `or` anchor phrases).
 */
interface Gate {
  /** Looked up at every token: a `WordTable`, which hashes a token’s new string without a call into the runtime. */
  looks: WordTable<Look>
  /** Some phrase may start at any word: the phrase tables read every token. */
  phrasesEverywhere: boolean
}

/** What a word is to the families (one shape for every word: the lookup’s result is read at every token that has one). */
class Look {
  /** Whether the word anchors phrases: their places are asked for at its first token (`phrases`; most anchors stand in no text). */
  anchorsPhrases = false
  phrases: AnchorPlaces | undefined = undefined
  names: NameAnchors | undefined = undefined
  /** What the word leads the syntactic patterns to, when it is one of their triggers. */
  syntax: TriggerLook | undefined = undefined
  /** `looks` bits of the families that read every place of the word. */
  bits = 0
  constructor(readonly word: string) {}
}

// `surnameArticle` only once a surname is known (`the` is the commonest word: most blocks learn none).
const looks = {syntax: 1, surnames: 2, surnameArticle: 4}

// A word's families as one code, `looks` bits and these: what the gate's layout keeps per word (its `Look` is made at its first token).
const anchorsOf = {phrases: 8, names: 16}

/** The gate's words laid out in its table with their codes, and whether the phrase tables read every token: what the build writes (`builtGate`). */
interface GateLayout extends WordTableLayout {
  phrasesEverywhere: boolean
}

function layoutOf(settings: Omit<Settings, 'gate'>): GateLayout {
  const codes = new Map<string, number>()
  const add = (words: Iterable<string>, bit: number) => {
    for (const word of words) codes.set(word, (codes.get(word) ?? 0) | bit)
  }
  const phraseWords = settings.phrases.words()
  if (phraseWords) add(phraseWords, anchorsOf.phrases)
  add(settings.names.words(), anchorsOf.names)
  add(settings.syntax.triggers(), looks.syntax)
  if (settings.surnameArticles) {
    add(surnameWords(), looks.surnames)
    add([surnameArticle], looks.surnameArticle)
  }
  return {...WordTable.layoutOf(codes), phrasesEverywhere: phraseWords === undefined}
}

function gateOf(settings: Omit<Settings, 'gate'>, layout: GateLayout = layoutOf(settings)): Gate {
  const lookOf = (word: string, code: number): Look => {
    const look = new Look(word)
    look.anchorsPhrases = (code & anchorsOf.phrases) !== 0
    if (code & anchorsOf.names) look.names = settings.names.anchorsOf(word)
    if (code & looks.syntax) look.syntax = settings.syntax.lookOf(word)
    look.bits = code & (looks.surnames | looks.surnameArticle)
    return look
  }
  return {looks: WordTable.fromLayout(layout, lookOf), phrasesEverywhere: layout.phrasesEverywhere}
}

/** The settings of the chosen languages (`prepare`'s, without the gate). */
function settingsOf(chosen: ReadonlySet<Language>): Omit<Settings, 'gate'> {
  const tables = phraseTablesOf(chosen)
  return {
    phrases: compilePhraseTables(tables, phrasesOf, entryName, everyEntry(tables) ? builtAnchors : undefined),
    names: compileNames(chosen),
    syntax: compileSyntax(chosen),
    surnameArticles: surnameArticleLanguages.some((language) => chosen.has(language))
  }
}

/** The gate of every language made from the tables, serialized: what `npm run build` writes as `builtGate`. */
export function serializedGate(): string {
  return JSON.stringify(layoutOf(settingsOf(new Set(languages))))
}

/** The gate of every language read from `serialized` (`serializedGate`), as `prepare` reads the built one: for tests. */
export function gateFrom(serialized: string): Gate {
  return gateOf(settingsOf(new Set(languages)), JSON.parse(serialized) as GateLayout)
}

// The places each family reads a sentence at, made again at each sentence (most sentences give some families none),
// with what the lookup gave there (the family does not look the token up again). Shared by every document: a sentence
// is read to its end before the next, and an array made per document starts holding small integers only, so the
// handler's code, optimised for arrays of objects, was thrown away at the first push of each lint ('not a Smi').
const phraseAt: number[] = []
const phrasePlaces: AnchorPlaces[] = []
const nameAt: number[] = []
const nameAnchors: NameAnchors[] = []
const syntaxAt: number[] = []
const syntaxLooks: TriggerLook[] = []
const surnameAt: number[] = []

export default defineRule<Options, Settings>({
  id: 'calque',
  description: 'Rewrite phrases carried over word for word from the source language (`the head of American diplomacy`)',
  category: 'language',
  severity: 'warn',
  fixable: true,
  defaults: {languages},
  options: {languages: checkLanguages},
  prepare(options) {
    const chosen = new Set(options.languages)
    const settings = settingsOf(chosen)
    // The built gate is every language's.
    const built = builtGate !== undefined && languages.every((language) => chosen.has(language)) ? builtGate : undefined
    let gate: Gate | undefined
    return {...settings, gate: () => (gate ??= gateOf(settings, built === undefined ? undefined : (JSON.parse(built) as GateLayout)))}
  },
  create({settings, report, text}) {
    // The reports of one sentence, per family in order; where two overlap, the earlier family’s stands.
    const phrases: Report[] = []
    const periphrasis: Report[] = []
    const names: Report[] = []
    const syntax: Report[] = []
    const surnames: Report[] = []
    const surnameMemory = settings.surnameArticles ? surnameArticles() : undefined
    const phraseFound = (table: number, match: PhraseMatch<LanguageCalque>) =>
      table === 0 ? phrases.push(phraseReport(match, families.phrases, text)) : periphrasis.push(phraseReport(match, families.periphrasis, text))
    const syntaxFound = (found: Report) => syntax.push({...found, anchor: families.syntax})
    const surnameFound = (found: Report) => surnames.push({...found, anchor: families.syntax})
    const nameFound = (match: GazetteerMatch<LanguageName>) => names.push(nameReport(match.entry, match.others, match.start, match.end))
    let gate: Gate | undefined
    return {
      block() {
        surnameMemory?.block()
      },
      sentence(tokens) {
        gate ??= settings.gate()
        // (Truncating an array is a call into the runtime: not for an empty one.)
        if (phraseAt.length > 0) phraseAt.length = phrasePlaces.length = 0
        if (nameAt.length > 0) nameAt.length = nameAnchors.length = 0
        if (syntaxAt.length > 0) syntaxAt.length = syntaxLooks.length = 0
        if (surnameAt.length > 0) surnameAt.length = 0
        const surnameLooks = surnameMemory?.knows() ? looks.surnames | looks.surnameArticle : looks.surnames
        const byWord = gate.looks
        const {phrases: phraseTables, names: gazetteer} = settings
        for (let index = 0; index < tokens.length; index++) {
          const lower = tokens[index]!.lower
          const look = byWord.get(lower)
          if (look === undefined) continue
          if (look.anchorsPhrases && phraseTables.mayStartAt((look.phrases ??= phraseTables.placesOf(lower)!), tokens, index)) {
            phraseAt.push(index)
            phrasePlaces.push(look.phrases)
          }
          if (look.names !== undefined && gazetteer.mayShowAt(look.names, tokens, index)) {
            nameAt.push(index)
            nameAnchors.push(look.names)
          }
          if (look.syntax !== undefined) {
            syntaxAt.push(index)
            syntaxLooks.push(look.syntax)
          }
          if (look.bits & surnameLooks) surnameAt.push(index)
        }
        if (gate.phrasesEverywhere) settings.phrases.match(tokens, phraseFound)
        else if (phraseAt.length > 0) settings.phrases.match(tokens, phraseFound, phraseAt, phrasePlaces)
        if (nameAt.length > 0) settings.names.each(tokens, nameFound, nameAt, nameAnchors)
        if (syntaxAt.length > 0) settings.syntax.match(tokens, text, syntaxFound, syntaxAt, syntaxLooks)
        if (surnameAt.length > 0) surnameMemory?.sentence(tokens, surnameFound, surnameAt)
        if (phrases.length + periphrasis.length + names.length + syntax.length + surnames.length === 0) return
        for (const finding of apart([phrases, periphrasis, names, syntax, surnames])) report(finding)
        phrases.length = periphrasis.length = names.length = syntax.length = surnames.length = 0
      }
    }
  }
})

function phraseReport(match: PhraseMatch<LanguageCalque>, anchor: string, text: string): Report {
  const {entry} = match
  return {
    start: match.start,
    end: match.end,
    what: 'calque of ' + languageNames[entry.language] + ' `' + entry.source + '`',
    expected: entry.expected?.map((rewrite) => rewritten(rewrite, match, text)),
    advice: entry.advice ?? 'rewrite it in idiomatic English',
    note: entry.note,
    lowConfidence: entry.confidence === 'low',
    anchor
  }
}

function nameReport(entry: LanguageName, others: readonly LanguageName[], start: number, end: number): Report {
  const kind = kinds[entry.kind]
  const language = languageNames[entry.language]
  return {
    start,
    end,
    what: (kind.title ? 'title' : 'name') + ' of the ' + language + ' ' + kind.label + ' `' + entry.name + '` translated',
    expected: [...new Set([entry, ...others].map((name) => name.english ?? name.name))],
    note:
      '`' +
      entry.name +
      '` is the ' +
      entry.note +
      '; ' +
      (entry.english ? 'English copy calls it ' + entry.english : 'English copy keeps the ' + (kind.title ? 'title' : 'name') + ' in ' + language),
    anchor: families.names
  }
}

/**
 * The findings of every family in document order, leaving out any that
 * overlaps one of an earlier family: the phrase table’s precise rewrites
 * stand over the periphrasis, names and patterns that cover the same words.
 * Each family’s findings come in order and never overlap one another, so
 * each family is merged into the kept ones in one pass (a sentence of
 * thousands of findings stays linear).
 */
function apart(lists: readonly Report[][]): Report[] {
  let kept: Report[] = []
  for (const list of lists) {
    if (list.length === 0) continue
    const merged: Report[] = []
    let at = 0
    for (const finding of list) {
      while (at < kept.length && kept[at]!.end <= finding.start) merged.push(kept[at++]!)
      if (at < kept.length && kept[at]!.start < finding.end) continue
      merged.push(finding)
    }
    while (at < kept.length) merged.push(kept[at++]!)
    kept = merged
  }
  return kept
}

/** Fills `$1`, `$2`… with the words `*` matched, and capitalises a rewrite that starts a sentence. */
function rewritten(rewrite: string, match: PhraseMatch<LanguageCalque>, text: string): string {
  const filled = rewrite.replace(/\$(\d)/g, (_, digit: string) => match.captures[Number(digit) - 1] ?? '')
  const first = text.charAt(match.start)
  return match.sentenceStart && first !== first.toLowerCase() ? filled.charAt(0).toUpperCase() + filled.slice(1) : filled
}
