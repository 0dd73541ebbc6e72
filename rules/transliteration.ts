import {compileNameTable, type NameTable} from '../src/engine/name-table.js'
import {isBoolean, isStringRecord} from '../src/engine/option-checks.js'
import {matchAll} from '../src/engine/patterns.js'
import {defineRule} from '../src/engine/rule.js'
import {
  hints,
  ownAccents,
  slavicBeforeFinalE,
  slavicCluster,
  slavicEnding,
  transliterations,
  type TransliterationEntry
} from './transliteration.data.js'

interface Options {
  /** Extra spellings to replace, as `{foreign: English}`; they extend the built-in table. */
  names: Readonly<Record<string, string>>
  /** Also report names the table does not know, guessed from a French `ï`, `ë` or `é` in a Slavic-looking word. */
  guess: boolean
}

interface Settings {
  table: NameTable
  guess: boolean
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
const nonAscii = /[^\x00-\x7F]/

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
    const extra = Object.entries(options.names).map(
      ([form, preferred]): TransliterationEntry => ({
        what: 'foreign romanisation',
        preferred,
        forms: [form],
        note: 'Listed in this project’s configuration'
      })
    )
    return {table: compileNameTable([...transliterations, ...extra], {withPreferred: false}), guess: options.guess}
  },
  create({settings, report}) {
    return {
      block(block) {
        // Table matches come first; the guess skips what they cover.
        const covered: Array<[number, number]> = []
        for (const match of settings.table.find(block.text, block.start)) {
          covered.push([match.start, match.end])
          report({
            start: match.start,
            end: match.end,
            what: (match.entry as TransliterationEntry).what,
            expected: [match.entry.preferred],
            note: match.entry.note
          })
        }
        if (!settings.guess) return

        let next = 0
        for (const [from, to] of accentedWords(block.text)) {
          const word = block.text.slice(from, to)
          if (!capitalised.test(word)) continue
          const start = block.start + from
          const end = block.start + to
          while (next < covered.length && covered[next]![1] <= start) next++
          if (next < covered.length && covered[next]![0] < end) continue
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
