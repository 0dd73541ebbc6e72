import {compileNameTable, type NameTable} from '../src/engine/name-table.js'
import {isBoolean, isStringRecord} from '../src/engine/option-checks.js'
import {matchAll} from '../src/engine/regex-parts.js'
import {compileNearIndex, type NearIndex} from '../src/engine/near-words.js'
import {defineRule} from '../src/engine/rule.js'
import type {Report, Token} from '../src/engine/types.js'
import {
  hints,
  ownAccents,
  prominentNames,
  slavicBeforeFinalE,
  slavicCluster,
  slavicEnding,
  transliterations,
  type TransliterationEntry
} from './transliteration.data.js'
import {placeNameTable} from './shared/place-names.js'
import {ukrainianByRussianForm, ukrainianBySurname} from './shared/ukrainian-names.js'
import {shapeOf, shapeTable} from './shared/word-shapes.js'
import {asciiText, nonAscii} from './shared/ascii-blocks.js'

interface Options {
  /** Extra spellings to replace, as `{foreign: English}`; they extend the built-in table. */
  names: Readonly<Record<string, string>>
  /** Also report names the table does not know, guessed from a French `ï`, `ë` or `é` in a Slavic-looking word. */
  guess: boolean
}

interface Settings {
  table: NameTable
  guess: boolean
  near: NearIndex
}

/** What the guess makes of a word: the English spelling when stripping the accents is the whole fix, or advice. */
export interface Guess {
  expected?: string
  advice?: string
}

// The guess looks only at capitalised words holding `ï`, `ë` or `é`, precomposed or with a combining mark.
// It finds the accents, then the word around each: a regex for whole such words would try every position.
const accent = /[ïëé\u0308\u0301]/g
const wordChar = /[\p{L}\p{N}\p{M}]/u
const capitalised = /^\p{Lu}[\p{L}\p{M}]*$/u
const marks = /\p{M}/gu
// A final `é` after a consonant (`Zoloté`, not `Renée`).
const finalE = /[^aeiouyé]é$/

// Where `ï` stands in French romanisations (`Oleksiï`, `Sergueï`, `Avdiïvka`, `Navalnaïa`) and not in
// French or English words (`Moïse`, `Anaïs`, `Loïc`, `Aïda`, `naïve`).
const slavicDiaeresis = /ï$|iï|ï[aeiouyé]|ïv(?![aeiouy])/

// How far around a word to look for letters of a language that writes `é` itself (`Nové Město`).
const reach = 30

const guessNote =
  'French romanisation writes `ï` for the `й` of Ukrainian and Russian names and `é` for their final `-е` (`Oleksiï`, `Zoloté`); English copy romanises them without diacritics (Ukraine’s national system, BGN/PCGN)'

// The foreign romanisations of the table, which this rule reports wherever they stand.
const foreign = new Set(transliterations.flatMap((entry) => entry.forms))
const noSpans: ReadonlyArray<readonly [number, number]> = []

export default defineRule<Options, Settings>({
  id: 'transliteration',
  description: 'Romanise Slavic and Arabic names the English way (`Shoigu`, not `Choïgou`)',
  category: 'names',
  severity: 'warn',
  fixable: true,
  defaults: {names: {}, guess: true},
  options: {names: isStringRecord, guess: isBoolean},
  // The table’s spellings, and words the guess takes for a French romanisation.
  claims: (word) => foreign.has(word) || (nonAscii.test(word) && guessRomanisation(word) !== undefined),
  prepare(options) {
    const extra = Object.entries(options.names).map(([form, preferred]): TransliterationEntry => ({
      what: 'foreign romanisation',
      preferred,
      forms: [form],
      note: 'Listed in this project’s configuration'
    }))
    return {
      table: compileNameTable([...transliterations, ...extra], {withPreferred: false}),
      guess: options.guess,
      near: compileNearIndex(prominentNames.map((name) => stripMarks(name.toLowerCase())))
    }
  },
  // A block without a listed spelling has nothing for the table; in ASCII, nothing for the guess (see `block`).
  blockGates: (settings) => (settings.guess ? [settings.table.gate(), nonAscii] : [settings.table.gate()]),
  create({settings, report}) {
    // What each distinct capitalised word is near, for this document.
    const nearNames = new Map<string, string | null>()
    return {
      sentence(tokens) {
        // One pass for both checks, over capitalised words only; the misspellings are reported after
        // the Russian first names, as two passes would.
        let misspellings: Report[] | undefined
        for (let index = 0; index < tokens.length; index++) {
          const token = tokens[index]!
          // Most words start in lower case: neither a first name nor a name in the news.
          const initial = token.value.charCodeAt(0)
          if (token.kind !== 'word' || (initial >= 97 && initial <= 122)) continue
          // The shape first: most capitalised words are no Russian first name, and need no lookup.
          const russian = russianFormShapes[shapeOf(token.lower)] ? russianFirstName(tokens, index) : undefined
          if (russian) report(russian)
          const misspelling = misspelledName(token, settings.near, settings.guess, nearNames)
          if (misspelling) (misspellings ??= []).push(misspelling)
        }
        if (misspellings) for (const found of misspellings) report(found)
      },
      block(block) {
        // Table matches come first; the guess skips what they cover.
        // Made at the first match: most blocks have none, and allocate nothing.
        let covered: Array<[number, number]> | undefined
        for (const match of settings.table.find(block.text, block.start)) {
          ;(covered ??= []).push([match.start, match.end])
          report({
            start: match.start,
            end: match.end,
            what: (match.entry as TransliterationEntry).what,
            expected: [match.entry.preferred],
            note: match.entry.note
          })
        }
        // The guess needs an accent, which no block of ASCII holds: one plain scan skips most blocks.
        if (!settings.guess || asciiText(block.text)) return

        let next = 0
        const spans = covered ?? noSpans
        for (const [from, to] of accentedWords(block.text)) {
          const word = block.text.slice(from, to)
          if (!capitalised.test(word)) continue
          const start = block.start + from
          const end = block.start + to
          while (next < spans.length && spans[next]![1] <= start) next++
          if (next < spans.length && spans[next]![0] < end) continue
          const around = block.text.slice(Math.max(0, from - reach), to + reach)
          const guess = guessRomanisation(word, around)
          if (!guess) continue
          report({
            start,
            end,
            what: 'French-style romanisation',
            expected: guess.expected === undefined ? undefined : [guess.expected],
            advice: guess.advice,
            note: guessNote,
            lowConfidence: true
          })
        }
      }
    }
  }
})

/**
 * Guesses whether a capitalised word is a French romanisation of a Slavic
 * name: `ï` where French puts it in such names or in a Slavic-looking word,
 * a final `é` after a Slavic stem or in a word with a Slavic cluster
 * (`Krokhmalné`), or any accent before a Slavic ending. `around` is the text near
 * the word; letters such as `ř` or `ő` there mean a language that writes
 * these accents itself.
 */
export function guessRomanisation(word: string, around: string = word): Guess | undefined {
  const lower = word.normalize('NFC').toLowerCase()
  if (ownAccents.test(around.toLowerCase())) return undefined
  const plain = stripMarks(lower)
  const slavic =
    slavicEnding.test(plain) ||
    (lower.includes('ï') && (slavicDiaeresis.test(lower) || slavicCluster.test(plain))) ||
    (finalE.test(lower) && (slavicBeforeFinalE.test(plain.slice(0, -1)) || slavicCluster.test(plain)))
  if (!slavic) return undefined

  const found = hints.filter((hint) => hint.pattern.test(lower))
  if (found.every((hint) => hint.mechanical)) return {expected: stripMarks(word)}
  return {advice: 'use the English romanisation (' + found.map((hint) => hint.hint).join(', ') + ')'}
}

/** `[start, end)` of each word (letters, digits, marks) holding an accent the guess looks at. */
function* accentedWords(text: string): Generator<[number, number]> {
  for (const match of matchAll(accent, text)) {
    let start = match.index
    let end = start + match[0].length
    while (start > 0 && wordChar.test(text.charAt(start - 1))) start--
    while (end < text.length && wordChar.test(text.charAt(end))) end++
    accent.lastIndex = end
    yield [start, end]
  }
}

function stripMarks(value: string): string {
  return value.normalize('NFD').replace(marks, '')
}

const upperFirst = /^\p{Lu}/u
// The shapes of the Russian first names (see `shapeTable`).
const russianFormShapes = shapeTable([[ukrainianByRussianForm.keys(), 1]])
const possessive = /['’]s$/

// Words that make a sentence’s name a Ukrainian’s (`the mayor of Kharkiv, Igor Terekhov`): the
// country, its forces and services, and its places, under either spelling.
// prettier-ignore
const ukrainianMarkers = new Set([
  'ukraine', 'ukrainian', 'ukrainians', 'uaf', 'afu', 'zsu', 'sbu', 'ova', 'rada', 'oblast', 'kyiv',
  ...placeNameTable.flatMap((entry) => [entry.preferred, ...entry.forms]).map((name) => name.toLowerCase()),
  ...transliterations.filter((entry) => entry.what.startsWith('Russian form')).flatMap((entry) => [entry.preferred, ...entry.forms]).map((name) => name.toLowerCase())
])

// Words that make it a Russian’s, or an official of an occupation authority, who bears the Russian form by right.
// prettier-ignore
const russianMarkers = new Set([
  'russia', 'russian', 'russians', 'kremlin', 'moscow', 'dpr', 'lpr', 'dnr', 'lnr', 'crimea', 'crimean', 'belarus',
  'belarusian', 'separatist', 'separatists', 'military-civilian', 'duma', 'tass', 'wagner', 'occupation', 'pro-russian',
  'soviet', 'ussr'
])

// Russians and Belarusians in the news: their names are Russian, whatever the sentence says.
// prettier-ignore
const russianPeople = new Set([
  'putin', 'peskov', 'lavrov', 'shoigu', 'medvedev', 'prigozhin', 'gerasimov', 'zakharova', 'nebenzia', 'nebenzya',
  'pushilin', 'aksyonov', 'aksenov', 'saldo', 'stremousov', 'kadyrov', 'belousov', 'mishustin', 'volodin', 'matviyenko',
  'naryshkin', 'patrushev', 'bortnikov', 'navalny', 'lukashenko', 'surovikin', 'kiriyenko', 'galuzin', 'ryabkov',
  'ushakov', 'medinsky', 'slutsky', 'konashenkov', 'gladkov', 'balitsky', 'pasechnik', 'miroshnik', 'yevkurov', 'sobyanin'
])

/** How a note on a Russian first name begins: the form, and the Ukrainian one with its Cyrillic. */
function russianFormNote(written: string, name: {ukrainian: string; cyrillic: string}): string {
  return '`' + written + '` is the Russian form of `' + name.ukrainian + '` (`' + name.cyrillic + '`); '
}

// How far before a name, in words and marks, the sentence is read for who the person is.
const before = 10

/**
 * The Russian form of a Ukrainian first name given to a Ukrainian, at the
 * capitalised word `index`: before the surname of a Ukrainian in the news
 * (`Vladimir Zelensky`), or, as info, where the words just before the name or
 * its apposition make the person a Ukrainian (`the mayor of Kharkiv, Igor
 * Terekhov`) and none makes them a Russian (`Russian Defence Minister Sergei Shoigu`).
 */
function russianFirstName(tokens: readonly Token[], index: number): Report | undefined {
  const token = tokens[index]!
  const next = tokens[index + 1]
  if (!next) return undefined
  const name = ukrainianByRussianForm.get(token.lower)
  if (!name || !upperFirst.test(token.value)) return undefined
  if (next.kind !== 'word' || next.start !== token.end + 1 || !upperFirst.test(next.value)) return undefined
  const surname = next.lower.replace(possessive, '')
  if (russianPeople.has(surname)) return undefined
  const person = ukrainianBySurname.get(surname)
  if (person) {
    if (person.first !== name.ukrainian) return undefined
    return {
      start: token.start,
      end: token.end,
      what: 'Russian form of a Ukrainian first name',
      expected: [person.first],
      note:
        russianFormNote(token.value, name) +
        person.first +
        ' ' +
        next.value.replace(possessive, '') +
        ', ' +
        person.who +
        ', is named in English by the Ukrainian form'
    }
  }
  if (!ukrainianContext(tokens, index)) return undefined
  return {
    start: token.start,
    end: token.end,
    what: 'Russian form of a Ukrainian first name',
    expected: [name.ukrainian],
    note: russianFormNote(token.value, name) + 'the sentence makes the person a Ukrainian, whom English copy names by the Ukrainian form',
    lowConfidence: true
  }
}

/** Whether the words before the name at `index`, and its apposition after a comma, mark a Ukrainian and no Russian. */
function ukrainianContext(tokens: readonly Token[], index: number): boolean {
  const around = tokens.slice(Math.max(0, index - before), index)
  if (tokens[index + 2]?.value === ',') {
    for (let at = index + 3; at < tokens.length && at < index + 11 && tokens[at]!.value !== ','; at++) around.push(tokens[at]!)
  }
  let ukrainian = false
  for (const word of around) {
    if (word.kind !== 'word') continue
    const lower = word.lower.replace(possessive, '')
    if (russianMarkers.has(lower) || russianPeople.has(lower)) return false
    if (ukrainianMarkers.has(lower)) ukrainian = true
  }
  return ukrainian
}

const spelledByTable = new Set(transliterations.flatMap((entry) => entry.forms).concat(placeNameTable.flatMap((entry) => entry.forms)))
// By their letters without accents: a name spelled without its accents is no misspelling (`Sanchez`).
const prominentByLower = new Map(prominentNames.map((name) => [stripMarks(name.toLowerCase()), name]))

/**
 * A capitalised word one letter from a name in the news (`Volodomyr`,
 * `Suspline`): a misspelling, as info. What each distinct word is near is
 * worked out once per document (`seen`): names repeat, and the lookup
 * shortens the word once per letter.
 */
function misspelledName(token: Token, index: NearIndex, guess: boolean, seen: Map<string, string | null>): Report | undefined {
  if (token.value.length < 7 || !mayBeNear(token)) return undefined
  let name = seen.get(token.value)
  if (name === undefined) {
    name = nearName(token.value, index, guess)
    seen.set(token.value, name)
  }
  if (name === null) return undefined
  const word = token.value.replace(possessive, '')
  return {
    start: token.start,
    end: token.start + word.length,
    what: 'one letter from `' + name + '`',
    expected: [name],
    note:
      '`' +
      name +
      '` is a name in the news, and `' +
      word +
      '` is one letter from it: a misspelling, most likely, or a romanisation made through another language',
    lowConfidence: true
  }
}

// A word one letter from a name begins and ends as the name does (see `oneEditApart`): the
// names' first and last letters, as `first * 128 + last`, in lower case without accents.
const nameEnds = new Set([...prominentByLower.keys()].map((name) => name.charCodeAt(0) * 128 + name.charCodeAt(name.length - 1)))

/**
 * Whether a word may be one letter from a name, told by its first and last
 * letters alone when both are ASCII (most words: no cached lookup, no
 * shortening); `true` for other words, which `nearName` decides.
 */
function mayBeNear(token: Token): boolean {
  const {value, lower} = token
  let end = value.length
  // `Zelensky’s`: the name without its possessive (`nearName` strips it).
  const before = value.charCodeAt(end - 2)
  if (value.charCodeAt(end - 1) === 115 && (before === 39 || before === 0x2019)) end -= 2
  const first = lower.charCodeAt(0)
  const last = lower.charCodeAt(end - 1)
  if (lower.length !== value.length || first >= 128 || last >= 128) return true
  return nameEnds.has(first * 128 + last)
}

/** The name in the news one letter from a capitalised word, if any. */
function nearName(value: string, index: NearIndex, guess: boolean): string | null {
  if (!upperFirst.test(value)) return null
  const word = value.replace(possessive, '')
  if (spelledByTable.has(word) || word.toUpperCase() === word) return null
  // The guess reports French romanisations (`Tokaïev`) with its own advice.
  if (guess && /[^\x00-\x7F]/.test(word) && guessRomanisation(word) !== undefined) return null
  const near = index.near(stripMarks(word.toLowerCase()))
  return near === undefined ? null : prominentByLower.get(near)!
}
