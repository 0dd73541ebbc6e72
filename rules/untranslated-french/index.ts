import {isStringArray} from '../../src/engine/option-checks.js'
import {checkLanguages, languageNames, languages, type Language} from '../shared/languages.js'
import {masked} from '../../src/engine/prose.js'
import {defineRule, shifted} from '../../src/engine/rule.js'
import {itemAt} from '../../src/engine/tokens.js'
import type {Block, Report, Token} from '../../src/engine/types.js'
import {frenchCalendarWords} from '../shared/french-calendar.js'
import {german} from './de.js'
import {englishWords} from './english.js'
import {spanish} from './es.js'
import {determiners, elisions, englishElisions, french as frenchData, loanwords, nameArticles, nameParticles} from './fr.js'
import {italian} from './it.js'
import type {Acronym, SourceLanguage} from './language.js'
import {dutch} from './nl.js'
import {portuguese} from './pt.js'
import {russian} from './ru.js'
import {keptMentionDecision, type AcronymMention, type Mentions} from './mentions.js'
import {compileNicknames, nicknameAt, type Nicknames} from './nicknames.js'
import {hasOtherScript, otherScripts} from './scripts.js'
import {fineShapeAt, fineShapeOf, fineShapeSet, inShapeSet, shapeAt, shapeOf, shapeTable} from '../shared/word-shapes.js'
import {asciiText, nonAscii} from '../shared/ascii-blocks.js'
import {ukrainian} from './uk.js'

/** The source languages whose words the rule knows, in the order a tie between them is settled. */
export const sourceLanguages: readonly SourceLanguage[] = [frenchData, spanish, italian, portuguese, german, dutch, ukrainian, russian]

interface Options {
  /** Extra words and phrases to accept as English (a house style’s loanwords), written like the built-in ones. */
  allow: readonly string[]
  /** Source languages whose words are looked for (default: all). */
  languages: readonly Language[]
}

interface Settings {
  /** The loanwords, made at the first sentence that may hold French (folding each is a first lint's cost; most texts need none). */
  loanwords(): Loanwords
  lexicon: Lexicon
  /** The chosen languages’ acronyms, as written, with their language. */
  acronyms: ReadonlyMap<string, {acronym: Acronym; language: Language}>
  nicknames: Nicknames
  /** Which of the lists a word may be in, by its shape (see `shapeTable`): `listedShape`, `nicknameShape`, `acronymShape`, `openerShape`. */
  shapes: Uint8Array
  /**
   * The listed words’ finer shapes (`fineShapeSet`): ~1 word in 6 of English copy has a listed
   * word’s coarse shape, ~1 in 230 its fine one too, and only those are looked up.
   */
  listedFine: Int32Array
  /** The chosen languages’ sentence openers (see `SourceLanguage`), lower case, with their language and English. */
  openers: ReadonlyMap<string, {language: Language; english: string}>
}

/** Loanwords, folded (lower case, no accents, straight apostrophes): single words, and phrases by their first word. */
interface Loanwords {
  singles: ReadonlySet<string>
  phrases: ReadonlyMap<string, ReadonlyArray<readonly string[]>>
}

/** What the words of the chosen source languages are. */
interface Lexicon {
  kinds: ReadonlyMap<string, Kind>
  /** The languages that list a word as theirs (not as a word shared with English). */
  languagesOf: ReadonlyMap<string, readonly Language[]>
  translations: ReadonlyMap<string, readonly string[]>
  /** The first chosen language: the one a tie names. */
  first: Language
  /** The words listed as a source language's (kind `weak` or above). */
  listed: readonly string[]
}

// What a word says about the language of its sentence. Runs of French are made
// of `unknown` to `shape` words; anything else ends them.
const other = 0 // a name, a number, a loanword, a date (left to `french-dates`)
const english = 1 // an English function word
const unknown = 2 // a content word of either language
const shared = 3 // a word of both languages (`a`, `on`, `la`)
const weak = 4 // French, but also an abbreviation or typo in English (`est.`, `dont`)
const french = 5 // a listed French word or an elision (`c’est`)
const shape = 6 // French by its letters alone (`présidentielle`, `seraient`)
type Kind = 0 | 1 | 2 | 3 | 4 | 5 | 6

/**
 * The word lists of the chosen languages, merged: a word listed by two
 * languages takes the stronger kind; English function words and the words
 * of dates (left to `french-dates`) keep theirs.
 */
function compileLexicon(chosen: ReadonlySet<Language>): Lexicon {
  const kinds = new Map<string, Kind>()
  const languagesOf = new Map<string, Language[]>()
  const translations = new Map<string, readonly string[]>()
  const lists = sourceLanguages.filter((data) => chosen.has(data.language))
  for (const data of lists) {
    for (const [list, kind] of [
      [data.shared, shared],
      [data.weak, weak],
      [data.words, french]
    ] as const) {
      for (const word of list) {
        kinds.set(word, Math.max(kinds.get(word) ?? other, kind) as Kind)
        if (kind === shared) continue
        const known = languagesOf.get(word)
        if (known) known.push(data.language)
        else languagesOf.set(word, [data.language])
      }
    }
    for (const [word, english] of Object.entries(data.translations ?? {})) if (!translations.has(word)) translations.set(word, english)
  }
  for (const word of englishWords) kinds.set(word, english)
  for (const word of frenchCalendarWords) kinds.set(word, other)
  const listed = [...kinds].filter(([, kind]) => kind >= weak).map(([word]) => word)
  return {kinds, languagesOf, translations, first: lists[0]?.language ?? 'fr', listed}
}

// The lists of `Settings.shapes`: a word whose shape lacks a list's flag is not in that list.
const listedShape = 1 // `Lexicon.listed`, by the word in lower case
const nicknameShape = 2 // the first words of nicknames, in lower case
const acronymShape = 4 // `Settings.acronyms`, as written
const openerShape = 8 // `Settings.openers`, in lower case

// Particles of names in every source language: before a capital they belong to the name (`van der Bellen`, `Piero della Francesca`).
const particles = new Set([...nameParticles, ...sourceLanguages.flatMap((data) => data.particles ?? [])])
const languageWords = new Set([...Object.values(languageNames), 'Latin'])
// The New Yorker’s diaeresis on the second of two vowels after an English prefix (`reëlect`, `coöperate`).
const englishDiaeresis = /^(?:re|pre|co|de|zo)[ëïö]/
const articles = new Set(nameArticles)
const determinerSet = new Set(determiners)
const elided = new Set(elisions)
const englishElided = new Set(englishElisions)
// Articles that `french-dates` reports with their date (`le 7 février`).
const dateArticles = new Set(['le', 'du', 'au'])

// What a French word needs (see `classify`): to be listed (a word or a part of a hyphenated word),
// or a letter with an accent (or a combining mark), an apostrophe (an elision) or a French ending
// in its text, which this finds. A sentence with no listed word, and no word with such a sign that
// `classify` takes for French, holds no French and is not classified word by word: most sentences
// of English copy (`don’t` has a sign, and is not French).
// Two searches, each fast alone: one character class, and literal endings that V8 skips through by
// their letters (one alternation of both tries the endings at every character).
const signLetter = /[\u00C0-\u00FF\u0152\u0153\u0178\u0300-\u036F’']/g
const signEnding = /(?:aient|oient|eux)(?![a-zA-Z])/g

// Past every offset (a string is shorter than 2^29), and a small integer, as the offsets it is compared with.
const nowhere = 2 ** 30 - 1

/** Where the `signEnding` match that ends at `end` starts: `eux` ends in `x`, the others in `t`. */
function endingStart(text: string, end: number): number {
  return end - (text.charCodeAt(end - 1) === 120 ? 3 : 5)
}

const frenchLetters = /[éèêëàâîïôûùçœæÿ]/
const vowelStart = /^[aeiouyhàâäéèêëîïôöûùüœæ]/
const capitalised = /^\p{Lu}/u
// A letter of neither English nor French (`ð`, `ñ`, `ø`, `ü`): the text around it is in another language.
const foreignLetter = /(?![a-zéèêëàâîïôûùçœæÿ])\p{L}/u
// Opening brackets and quotes are prose (`(selon l’AFP)`), so they are not here.
const codeBefore = /[_$\\/=<>{}\])#@`|~*+^%&-]$/
const codeAfter = /^[_$\\/=<>{}[\]#@`|~*+^%&(\-\u2010\u2011]/
const openingMarks = new Set(['“', '"', '«', '‘', "'", '(', '”'])
// English quotation marks around a few words make them a mention; French guillemets are the source’s own quotation.
const mentionOpening = new Set(['“', '"', '‘', "'"])
const mentionClosing = new Set(['”', '"', '’', "'"])

/**
 * Whether `fold` leaves a word in lower case as it is: ASCII without a full stop at its end (most
 * words; `fold` normalises and runs four regexes).
 */
function foldsToItself(lower: string): boolean {
  for (let index = 0; index < lower.length; index++) if (lower.charCodeAt(index) >= 128) return false
  return lower.charCodeAt(lower.length - 1) !== 46
}

/** Lower case, accents and dots removed, straight apostrophes: how loanwords are compared. */
export function fold(value: string): string {
  return value.toLowerCase().replace(/œ/g, 'oe').normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/\.+$/, '')
}

/** The loanwords and the ones `allow` adds, folded. */
function loanwordsOf(allowed: readonly string[]): Loanwords {
  const singles = new Set<string>()
  const phrases = new Map<string, string[][]>()
  const addPhrase = (words: string[]) => {
    const list = phrases.get(words[0]!) ?? []
    list.push(words)
    // Longest first, so that `à la carte` wins over `à la`.
    list.sort((a, b) => b.length - a.length)
    phrases.set(words[0]!, list)
  }
  for (const entry of [...loanwords, ...allowed]) {
    const folded = fold(entry.trim())
    const words = folded.split(/\s+/)
    // `tête-à-tête` and `tête à tête`, `coup d’état` and `coup-d’état`: both spellings.
    if (words.length === 1) {
      singles.add(folded)
      if (folded.includes('-')) addPhrase(folded.split('-'))
    } else {
      addPhrase(words)
      singles.add(words.join('-'))
    }
  }
  return {singles, phrases}
}

function prepare(options: Options): Settings {
  let folded: Loanwords | undefined
  const chosen = new Set(options.languages)
  const acronyms = new Map<string, {acronym: Acronym; language: Language}>()
  const openers = new Map<string, {language: Language; english: string}>()
  for (const data of sourceLanguages) {
    if (!chosen.has(data.language)) continue
    for (const acronym of data.acronyms ?? []) acronyms.set(acronym.acronym, {acronym, language: data.language})
    for (const [word, english] of Object.entries(data.openers ?? {})) if (!openers.has(word)) openers.set(word, {language: data.language, english})
  }
  const nicknames = compileNicknames(sourceLanguages.filter((data) => chosen.has(data.language)))
  const lexicon = compileLexicon(chosen)
  const shapes = shapeTable([
    [lexicon.listed, listedShape],
    [nicknames.byFirst.keys(), nicknameShape],
    [acronyms.keys(), acronymShape],
    [openers.keys(), openerShape]
  ])
  return {
    loanwords: () => (folded ??= loanwordsOf(options.allow)),
    lexicon,
    acronyms,
    nicknames,
    openers,
    shapes,
    listedFine: fineShapeSet(lexicon.listed)
  }
}

export default defineRule<Options, Settings, Mentions | undefined>({
  id: 'untranslated-french',
  description: 'Translate source-language words and sentences left in the English text (`selon`, `a déclaré`, `según`, `Озвучить текст`)',
  category: 'language',
  severity: 'warn',
  fixable: true,
  defaults: {allow: [], languages},
  options: {allow: isStringArray, languages: checkLanguages},
  prepare,
  // Another script is beyond ASCII: a block in ASCII has nothing for `block`.
  blockGates: () => [nonAscii],
  create({settings, report}) {
    // The block being visited, and the document offsets of the next signs of French in its text (see `signLetter`).
    let checked: Block | undefined
    let nextLetter = -1
    let nextEnding = -1
    // The document offset of the next hyphen in its text: a word holds one when it comes before the word’s end.
    let nextHyphen = -1
    // Whether the block’s text is ASCII: then its only sign letter is `'`, found without a regex.
    let ascii = false
    // The block’s acronyms and nicknames (an acronym explained in one block is fine in the next ones): see `decide`.
    let mentions: Mentions | undefined
    let sentences = 0
    return {
      block(block) {
        // Another script is beyond ASCII.
        if (!asciiText(block.text) && hasOtherScript(block.text)) for (const found of otherScripts(block.text, block.start)) report(found)
      },
      sentence(tokens, block) {
        const {text, start: from} = block
        const {acronyms, lexicon, shapes} = settings
        if (block !== checked) {
          checked = block
          nextLetter = -1
          nextEnding = -1
          nextHyphen = -1
          ascii = asciiText(text)
        }
        // Locals for the loop, written back after it.
        let letter = nextLetter
        let ending = nextEnding
        let hyphen = nextHyphen
        // Whether a word may be French: a listed one, or one with an accent, an apostrophe or a French
        // ending (a sign of French, found in the block’s text) that `classify` takes for French. Most
        // sentences have neither, and are not classified word by word.
        let french = false
        // Whether a word is listed as it stands (`kinds`, kind `weak` or above): words in brackets need one.
        let listedWord = false
        let bracket = -1
        // One pass over the words for the checks every sentence needs; each costs a lookup at most.
        for (let index = 0; index < tokens.length; index++) {
          const token = tokens[index]!
          if (token.kind !== 'word') {
            if (bracket === -1 && token.value === '[') bracket = index
            continue
          }
          const {start, end} = token
          // Words come in order: one search finds the next sign at or after this word.
          // `test`, not `exec`: no match object; the sign's place is read from where the search stopped.
          if (letter < start) {
            if (ascii) {
              const found = text.indexOf("'", start - from)
              letter = found === -1 ? nowhere : found + from
            } else {
              signLetter.lastIndex = start - from
              letter = signLetter.test(text) ? signLetter.lastIndex - 1 + from : nowhere
            }
          }
          if (ending < start) {
            signEnding.lastIndex = start - from
            ending = signEnding.test(text) ? endingStart(text, signEnding.lastIndex) + from : nowhere
          }
          const marked = letter < end || ending < end
          // Acronyms and names with a Turkish ending start with a capital: no lookup for lower-case words.
          const initial = token.value.charCodeAt(0)
          if (initial < 97 || initial > 122) {
            // A Turkish ending follows an apostrophe, a sign of French.
            const ending = marked ? turkishEnding(token, acronyms) : undefined
            if (ending) report(ending)
            const acronym = shapes[shapeOf(token.value)]! & acronymShape ? acronyms.get(token.value) : undefined
            if (acronym) {
              const found = acronymMention(tokens, index, acronym)
              ;(mentions ??= {acronyms: [], nicknames: []}).acronyms.push({...found, report: shifted(found.report, -from)})
            }
          }
          // One shape for the lookups of the word in lower case: most words are in no list, and need none.
          const lower = token.lower
          const shape = shapes[shapeOf(lower)]!
          // A nickname starting beyond ASCII is looked up under its normalised form, whatever its shape.
          if (shape & nicknameShape || initial >= 128) {
            const nickname = nicknameAt(tokens, index, settings.nicknames, sentences)
            if (nickname) (mentions ??= {acronyms: [], nicknames: []}).nicknames.push({...nickname, report: shifted(nickname.report, -from)})
          }
          const listed = listedOfShape(lower, shape, settings)
          if (listed) listedWord = true
          if (!french) {
            if (hyphen < start) {
              const found = text.indexOf('-', start - from)
              hyphen = found === -1 ? nowhere : found + from
            }
            // A word with dots at its end is looked up without them, and a hyphenated one by its parts too.
            const dotted = lower.charCodeAt(lower.length - 1) === 46
            french =
              (dotted ? listedFrench(lower.replace(/\.+$/, ''), settings) : listed) ||
              (hyphen < end && listedPart(lower, settings)) ||
              (marked && classify(tokens, index, lexicon) >= weak)
          }
        }
        nextLetter = letter
        nextEnding = ending
        nextHyphen = hyphen
        sentences++
        // Brackets hold source-language words only when a word is listed (`bracketed`).
        if (bracket !== -1 && listedWord) for (const found of bracketed(tokens, lexicon, bracket)) report(found)
        const opener = openerLeft(tokens, settings)
        if (opener) report(opener)
        if (!french) return
        const kinds = new Uint8Array(tokens.length)
        let frenchCount = 0
        for (let index = 0; index < tokens.length; index++) {
          let kind = tokens[index]!.kind === 'word' ? classify(tokens, index, lexicon) : other
          if (kind >= weak && inCode(tokens, index)) kind = other
          kinds[index] = kind
          if (kind >= weak) frenchCount++
        }
        // Most sentences stop here: nothing French in them.
        if (frenchCount === 0) return
        // Accents prove nothing in a sentence that quotes another language (`Hvað er að frétta`).
        if (quotesOtherLanguage(tokens, kinds)) kinds.forEach((kind, index) => kind === shape && (kinds[index] = unknown))
        maskLoanwords(tokens, kinds, settings)
        if (isFrenchSentence(kinds)) {
          if (
            !introducedAsFrench(
              tokens,
              kinds.findIndex((kind) => kind >= shared)
            )
          ) {
            for (const found of sentenceReports(tokens, kinds, lexicon)) report(found)
          }
          return
        }
        for (const run of frenchRuns(tokens, kinds)) {
          if (introducedAsFrench(tokens, run[0]) || isMention(tokens, kinds, run[0], run[1])) continue
          const found = judge(tokens, kinds, run[0], run[1], lexicon)
          if (found) report(found)
        }
      },
      summary() {
        const summary = mentions
        mentions = undefined
        sentences = 0
        return summary
      }
    }
  },
  decide(context, blocks) {
    keptMentionDecision().update(context, blocks, {removed: [], added: blocks})
  },
  keepDecision: keptMentionDecision,
  // A block without acronyms or nicknames sums up nothing (nearly every block): its decision never reads it.
  sparseSummaries: true
})

const englishSet = new Set(englishWords)

/**
 * A source-language conjunction left in front of the English sentence it
 * opens (`Ma What will happen`): the sentence’s first word is an opener of
 * a source language, capitalised, and the next one a capitalised English
 * function word (not `Ma, the` nor `Ma Rainey`).
 */
function openerLeft(tokens: readonly Token[], {openers, shapes}: Settings): Report | undefined {
  const first = tokens[0]
  const second = tokens[1]
  // The lookup first, after the shape: it fails for most sentences.
  if (first?.kind !== 'word' || second?.kind !== 'word' || (shapes[shapeOf(first.lower)]! & openerShape) === 0) return undefined
  const found = openers.get(first.lower)
  if (!found || !capitalised.test(first.value) || !capitalised.test(second.value)) return undefined
  if (!englishSet.has(second.lower) || first.value === first.value.toUpperCase()) return undefined
  const name = languageNames[found.language]
  return {
    start: first.start,
    end: second.start,
    what: name + ' conjunction',
    expected: [],
    note: '`' + first.value + '` is ' + name + ' for `' + found.english + '`: machine translation left it in front of the English sentence it opened'
  }
}

/** Whether a word of the sentence, not known to be English, has a letter of neither English nor French (`ð`, `ñ`). */
function quotesOtherLanguage(tokens: readonly Token[], kinds: Uint8Array): boolean {
  return tokens.some((token, index) => kinds[index]! >= unknown && nonAscii.test(token.value) && foreignLetter.test(token.value.normalize('NFC').toLowerCase()))
}

/** Whether a word (lower case, without dots at its end) is listed as a source language's (`classify` looks it up the same way). */
function listedFrench(lower: string, settings: Settings): boolean {
  return listedOfShape(lower, settings.shapes[shapeOf(lower)]!, settings)
}

/** `listedFrench`, the word’s shape flags (`shape`, see `shapeTable`) read already. */
function listedOfShape(lower: string, shape: number, {listedFine, lexicon}: Settings): boolean {
  return (shape & listedShape) !== 0 && inShapeSet(listedFine, fineShapeOf(lower)) && (lexicon.kinds.get(lower) ?? other) >= weak
}

/**
 * Whether a part of a hyphenated word (lower case; dots at its end left out) is listed: the parts are
 * read in place, and only one of a listed word's shapes is sliced and looked up (no split per word).
 */
function listedPart(lower: string, {shapes, listedFine, lexicon}: Settings): boolean {
  let end = lower.length
  while (end > 0 && lower.charCodeAt(end - 1) === 46) end--
  for (let from = 0, to = 0; from < end; from = to + 1) {
    to = lower.indexOf('-', from)
    if (to === -1 || to > end) to = end
    if (to === from || (shapes[shapeAt(lower, from, to)]! & listedShape) === 0 || !inShapeSet(listedFine, fineShapeAt(lower, from, to))) continue
    if ((lexicon.kinds.get(lower.slice(from, to)) ?? other) >= weak) return true
  }
  return false
}

/** What the word at `index` says about the language of its sentence. Runs for every word: kept cheap. */
function classify(tokens: readonly Token[], index: number, lexicon: Lexicon): Kind {
  const token = tokens[index]!
  let word = token.value
  const first = word.charCodeAt(0)
  // Digits and symbols: a number or code. (Non-ASCII first letters go on: `à`, `À`, `Élysée`.)
  if (first < 65 || (first > 90 && first < 97) || (first > 122 && first < 128)) return other
  if (word.charCodeAt(word.length - 1) === 46) word = word.replace(/\.+$/, '')
  const ascii = !nonAscii.test(word)
  if (!ascii) word = word.normalize('NFC').replace(/’/g, "'")
  const lower = word === token.value ? token.lower : word.toLowerCase()
  const capital = word.charAt(0) !== lower.charAt(0)
  // The French article elided before a name or an acronym (`of l’AC Milan`): see `elision`.
  if (word.startsWith("l'") && word.length > 2) return elision(lower, word)
  // Capitals after the first letter: an acronym (`EST`, `ONT`) or an identifier (`fÈur`, `dataDes`).
  if (word !== lower && (!capital || word.slice(1) !== lower.slice(1))) return other

  const listed = lexicon.kinds.get(lower)
  if (listed !== undefined) {
    if (listed < shared) return listed
    // Inside a sentence a capital marks a name (`Le Monde`, `Radio Pour Tous`); only an opening word is judged,
    // or one after a number, where German capitalises its nouns (`0 Kommentare`, `12 Jahre`).
    const previous = itemAt(tokens, index - 1)
    if (capital && previous?.kind === 'word' && !startsWithDigit(previous.value)) return other
    const next = nextWord(tokens, index)
    // `Le Monde`, `Les Misérables`, `Charles de Gaulle`: part of a name. (`selon le Kremlin` is French.)
    if (next && capitalised.test(next) && (particles.has(lower) || (capital && articles.has(lower)))) return other
    // `le 7 février` is a date; `french-dates` reports it whole.
    if (dateArticles.has(lower) && next && /^\d/.test(next)) return other
    return listed
  }
  // Other capitalised words are names (`Élysée`, `Zoloté`): only lists and elisions (`C’est`) can tell a French one.
  if (capital) return lower.includes("'") ? elision(lower, word) : other
  // Most words end here: a lower-case ASCII word, unlisted, with no elision, hyphen or French ending.
  if (ascii && !lower.includes("'") && !lower.includes('-') && !frenchEnding(lower)) return unknown
  // `peut-être`, `c’est-à-dire`, `au-delà`: two French parts; `dit-logs`, `enable-au` are English compounds.
  if (lower.includes('-')) return lower.split('-').filter((part) => part !== '' && classifyWord(part, part, lexicon) >= weak).length >= 2 ? french : unknown
  const kind = classifyWord(lower, word, lexicon)
  return kind >= french && inName(tokens, index, lexicon) ? other : kind
}

/**
 * French capitalises only the first word of a name: `Académie française`,
 * `Légion d’honneur`, `École normale supérieure`. A word after a capitalised
 * word that is not a French function word (`Le président` is French), with
 * at most two lower-case words between, belongs to that name.
 */
function inName(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  for (let at = index - 1, between = 0; at >= 0 && between <= 2; at--, between++) {
    const token = tokens[at]!
    if (token.kind !== 'word') return false
    if (capitalised.test(token.value)) return !lexicon.kinds.has(token.lower)
    if (lexicon.kinds.has(token.lower)) return false
  }
  return false
}

/** A lower-case word that is neither listed nor hyphenated: French by its elision, accents or ending. */
function classifyWord(lower: string, word: string, lexicon: Lexicon): Kind {
  const listed = lexicon.kinds.get(lower)
  if (listed !== undefined) return listed
  if (lower.includes("'")) return elision(lower, word)
  if (lower.length < 3 || englishDiaeresis.test(lower)) return unknown
  return frenchLetters.test(lower) || frenchEnding(lower) ? shape : unknown
}

function startsWithDigit(value: string): boolean {
  const first = value.charCodeAt(0)
  return first >= 48 && first <= 57
}

function frenchEnding(lower: string): boolean {
  return lower.endsWith('aient') || lower.endsWith('oient') || lower.endsWith('eux')
}

/**
 * A word glued to code punctuation is code, not prose: `uv_os_environ()`,
 * `--vers`, `Blob{Des|S}erializer`, `-le`, and a word cut by a line-end hyphen (`au‐`).
 */
function inCode(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  const previous = itemAt(tokens, index - 1)
  const next = tokens[index + 1]
  return (
    (previous !== undefined && previous.end === token.start && codeBefore.test(previous.value)) ||
    (next !== undefined && next.start === token.end && codeAfter.test(next.value))
  )
}

/** `c’est`, `qu’il`, `l’armée` are French; `d’Artagnan`, `L’Oréal` are names; `d’oh` is English. */
function elision(lower: string, word: string): Kind {
  const at = lower.indexOf("'")
  const rest = word.slice(at + 1)
  if (!elided.has(lower.slice(0, at)) || rest === '' || englishElided.has(lower)) return unknown
  // Before a capital, `d’` and a capital `L’` start names (`d’Artagnan`, `L’Oréal`); `qu’` elides before one
  // (`qu’Emmanuel`), and so does a lower-case `l’`, the French article left before a name (`the defender of l’AC Milan`).
  if (capitalised.test(rest)) return lower.endsWith("qu'" + rest.toLowerCase()) || word.startsWith("l'") ? french : other
  return vowelStart.test(rest.toLowerCase()) ? french : unknown
}

/**
 * Whether the French at `index` is quoted on purpose, introduced as French:
 * `French (“Où sont les toilettes ?”)`, `what the French call “laïcité”`.
 */
function introducedAsFrench(tokens: readonly Token[], index: number): boolean {
  let at = index - 1
  let quoted = false
  while (at >= 0 && tokens[at]!.kind !== 'word') {
    if (openingMarks.has(tokens[at]!.value)) quoted = true
    at--
  }
  if (!quoted) return false
  for (let words = 0; at >= 0 && words < 3; at--) {
    if (tokens[at]!.kind !== 'word') continue
    if (languageWords.has(tokens[at]!.value)) return true
    words++
  }
  return false
}

/**
 * Whether the run `[start, last]` is a mention, not a use: glossed in
 * parentheses right after it (`schon (adv.), already`, `plus ça change (the
 * more things change)`), or a few words quoted whole as a word
 * (`reopening “les terrasses”`).
 */
function isMention(tokens: readonly Token[], kinds: Uint8Array, start: number, last: number): boolean {
  let after = last + 1
  for (let words = 0; words < 2 && tokens[after]?.kind === 'word' && kinds[after]! <= shared; words++) after++
  if (tokens[after]?.value === '(') return true
  const before = itemAt(tokens, start - 1)
  const next = tokens[after]
  return before !== undefined && next !== undefined && mentionOpening.has(before.value) && mentionClosing.has(next.value) && after - start <= 3
}

function nextWord(tokens: readonly Token[], index: number): string | undefined {
  const next = tokens[index + 1]
  return next && next.kind === 'word' ? next.value : undefined
}

/** Marks established loanwords and set phrases (`coup d’état`, `déjà vu`) as English. */
function maskLoanwords(tokens: readonly Token[], kinds: Uint8Array, settings: Settings): void {
  const folded = tokens.map((token) => (token.kind !== 'word' ? '' : foldsToItself(token.lower) ? token.lower : fold(token.value)))
  const {singles, phrases} = settings.loanwords()
  for (let index = 0; index < tokens.length; index++) {
    const word = folded[index]!
    if (word === '') continue
    for (const phrase of phrases.get(word) ?? []) {
      if (phrase.every((part, offset) => folded[index + offset] === part)) {
        kinds.fill(other, index, index + phrase.length)
        index += phrase.length - 1
        break
      }
    }
    // Plurals of loanwords too (`cafés`).
    if (singles.has(word) || (word.endsWith('s') && singles.has(word.slice(0, -1)))) kinds[index] = other
  }
}

/**
 * A French sentence: at least three French words, at least five for each
 * English function word, and at least half of its words (a third, when it
 * has no English function word; names, numbers,
 * loanwords and words of both languages aside: `a`, `de`, `plus` tell
 * nothing). `Selon le ministre, the talks failed` is not one, nor
 * `"Nous ne lâcherons rien", declared the union leader`.
 */
function isFrenchSentence(kinds: Uint8Array): boolean {
  let frenchCount = 0
  let englishCount = 0
  let words = 0
  for (const kind of kinds) {
    if (kind === other || kind === shared) continue
    words++
    if (kind >= weak) frenchCount++
    else if (kind === english) englishCount++
  }
  // Without a single English function word, a third of the words is enough: the rest are content words of either language.
  return frenchCount >= 3 && frenchCount >= 5 * englishCount && frenchCount * (englishCount === 0 ? 3 : 2) >= words
}

/**
 * The French sentence, whole, or, when inline code cuts it, each part with
 * French words in it: the code is not the text’s to translate, and a message
 * never covers code.
 */
function* sentenceReports(tokens: readonly Token[], kinds: Uint8Array, lexicon: Lexicon): Generator<Report> {
  let from = 0
  for (let index = 0; index <= tokens.length; index++) {
    if (index < tokens.length && tokens[index]!.value !== masked) continue
    if (kinds.subarray(from, index).some((kind) => kind >= weak)) {
      yield sentenceReport(tokens[from]!, tokens[index - 1]!, languageOf(tokens, kinds, from, index - 1, lexicon))
    }
    from = index + 1
  }
}

/**
 * The language of the source-language words of `tokens[start..end]`: the one
 * that lists most of them (words French by their letters or elisions count
 * for French); a tie goes to the language listed first.
 */
function languageOf(tokens: readonly Token[], kinds: Uint8Array, start: number, end: number, lexicon: Lexicon): Language {
  const counts = new Map<Language, number>()
  for (let index = start; index <= end; index++) {
    if (kinds[index]! < weak) continue
    const word = tokens[index]!.lower.replace(/’/g, "'").replace(/\.+$/, '')
    for (const language of lexicon.languagesOf.get(word) ?? (kinds[index] === weak ? [] : ['fr' as const])) {
      counts.set(language, (counts.get(language) ?? 0) + 1)
    }
  }
  let best = lexicon.first
  for (const data of sourceLanguages) {
    if ((counts.get(data.language) ?? 0) > (counts.get(best) ?? 0)) best = data.language
  }
  return best
}

function sentenceReport(first: Token, last: Token, language: Language): Report {
  const name = languageNames[language]
  return {
    start: first.start,
    end: last.end,
    what: name + ' sentence',
    advice: 'translate it',
    note:
      'Most function words of this sentence are ' +
      name +
      ': machine translation left it in ' +
      name +
      ', as it often does with a quotation, a caption or a sentence it could not parse'
  }
}

/** Runs of French words inside an English sentence, as `[first, last]` token indices. */
function* frenchRuns(tokens: readonly Token[], kinds: Uint8Array): Generator<[number, number]> {
  let start = -1
  let last = -1
  // Where the `shared` words just before the current word begin (`on a` in `on a déclaré`).
  let sharedFrom = -1
  let gap = 0
  for (let index = 0; index <= tokens.length; index++) {
    const kind = index < tokens.length ? kinds[index]! : other
    if (kind >= weak) {
      if (start === -1) start = sharedFrom === -1 ? index : sharedFrom
      last = index
      gap = 0
    } else if (start !== -1 && (kind < unknown || (kind === unknown && ++gap > 2))) {
      // An English word, a name or a mark, or three unknown words in a row: the run ended at `last`.
      yield [start, last]
      start = -1
    }
    sharedFrom = kind === shared ? (sharedFrom === -1 ? index : sharedFrom) : -1
  }
}

/** Reports the run `[start, last]`, extended over the noun its last determiner introduces, when it is French enough. */
function judge(tokens: readonly Token[], kinds: Uint8Array, start: number, last: number, lexicon: Lexicon): Report | undefined {
  let end = last
  while (end + 1 < tokens.length && (kinds[end + 1] === shared || kinds[end + 1] === unknown)) {
    const nextIsDeterminer = kinds[end + 1] === shared && determinerSet.has(tokens[end + 1]!.lower)
    if (!determinerSet.has(tokens[end]!.lower) && !nextIsDeterminer) break
    end++
  }

  let strong = 0
  let weakCount = 0
  let listed = false
  for (let index = start; index <= end; index++) {
    const kind = kinds[index]
    if (kind === french || kind === shape) strong++
    if (kind === weak) weakCount++
    if (kind === french || kind === weak) listed = true
  }
  if (strong === 0 && weakCount < 2) return undefined

  const from = tokens[start]!.start
  const to = tokens[end]!.end
  const only = start === end ? tokens[start]!.value.replace(/’/g, "'") : undefined
  const translation = only === undefined ? undefined : lexicon.translations.get(only.toLowerCase())
  const name = languageNames[languageOf(tokens, kinds, start, end, lexicon)]
  if (only !== undefined && translation) {
    const capital = capitalised.test(only)
    return {
      start: from,
      end: to,
      what: name + ' word',
      expected: translation.map((english) => (capital ? english.charAt(0).toUpperCase() + english.slice(1) : english)),
      note: '`' + tokens[start]!.value + '` is ' + name + ' for `' + translation.join('` or `') + '`: machine translation left it untranslated'
    }
  }
  return {
    start: from,
    end: to,
    what: 'untranslated ' + name,
    advice: 'translate it',
    note:
      name === 'French'
        ? 'French words left in the English text by machine translation (French function words, elisions such as `c’` and `qu’`, French accents)'
        : name + ' words left in the English text by machine translation (' + name + ' function words and the common words of news copy)',
    // Words that only look French by their accents or ending may be a name or a loanword we do not list.
    lowConfidence: !listed
  }
}

// A Turkish case ending after an apostrophe on a name (`Lukashenko’nun`): copy translated through Turkish.
const turkishEndingPattern = /^\p{Lu}\p{L}+['’](?:n[ıiuü]n|[ıiuü]n|y[ıiuü]|y[ae]|[dt][ae]n?|l[ae]r|yl[ae])$/u

/**
 * An acronym of a source-language institution (`the BOE`), the word at
 * `index`, explained where it stands (`the BOE (the official gazette)`, `the
 * official gazette (BOE)`) or not: an acronym explained once is fine in the
 * rest of the document (`decide`).
 */
function acronymMention(tokens: readonly Token[], index: number, {acronym, language}: {acronym: Acronym; language: Language}): AcronymMention {
  const token = tokens[index]!
  return {
    acronym: acronym.acronym,
    glossed: tokens[index - 1]?.value === '(' || tokens[index + 1]?.value === '(' || glossedNearby(tokens, index, acronym),
    report: {
      start: token.start,
      end: token.end,
      what: languageNames[language] + ' acronym, ' + acronym.expansion,
      advice: 'write what it is in English (' + acronym.english + ')',
      note:
        '`' +
        acronym.acronym +
        '` abbreviates the ' +
        languageNames[language] +
        ' `' +
        acronym.expansion +
        '`, which an English reader cannot decode: English copy names it (' +
        acronym.english +
        ') or explains it at first mention',
      lowConfidence: true
    }
  }
}

/** A Turkish case ending on a name (`Lukashenko’nun`); not on a word that is a source-language acronym. */
function turkishEnding(token: Token, acronyms: Settings['acronyms']): Report | undefined {
  // The length and the apostrophe's place first: plain tests, where the acronyms’ lookup and the regex cost a call for every word (`React’s`).
  if (token.value.length <= 4 || !apostropheBeforeEnding(token.value) || acronyms.has(token.value) || !turkishEndingPattern.test(token.value)) return undefined
  const at = Math.max(token.value.lastIndexOf('’'), token.value.lastIndexOf("'"))
  return {
    start: token.start + at,
    end: token.end,
    what: 'Turkish case ending',
    expected: [],
    note:
      '`' +
      token.value.slice(at + 1) +
      '` is a Turkish case ending, written after an apostrophe on names: the text was translated through Turkish, and the ending was left on the name',
    lowConfidence: true
  }
}

/** Whether an apostrophe stands before the last two or three letters, as before a Turkish case ending (`turkishEndingPattern`). */
function apostropheBeforeEnding(value: string): boolean {
  const two = value.charCodeAt(value.length - 3)
  const three = value.charCodeAt(value.length - 4)
  return two === 39 || two === 0x2019 || three === 39 || three === 0x2019
}

/** Whether a word of the acronym’s English description stands within three words of it (`the INSEE statistics agency`). */
function glossedNearby(tokens: readonly Token[], index: number, acronym: Acronym): boolean {
  const gloss = new Set(
    acronym.english
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length > 4)
  )
  for (let at = Math.max(0, index - 3); at <= index + 3 && at < tokens.length; at++) if (gloss.has(tokens[at]!.lower)) return true
  return false
}

/**
 * Source-language words between square brackets, an editor’s insertion or a
 * stage direction of the source left as it was (`[Aux journalistes]`, `he
 * said [le] minister`): up to four words, every one listed as a word of a
 * source language. `from`: the first `[` of the sentence.
 */
function* bracketed(tokens: readonly Token[], lexicon: Lexicon, from: number): Generator<Report> {
  for (let index = from; index < tokens.length; index++) {
    if (tokens[index]!.value !== '[') continue
    let close = index + 1
    while (close < tokens.length && close <= index + 5 && tokens[close]!.kind === 'word') close++
    if (close === index + 1 || tokens[close]?.value !== ']') continue
    // Glued to a word, brackets mark a part of it (`[un]accountable`), not an insertion.
    if (tokens[index - 1]?.end === tokens[index]!.start || tokens[close + 1]?.start === tokens[close]!.end) {
      if (tokens[index - 1]?.kind === 'word' || tokens[close + 1]?.kind === 'word') continue
    }
    const words = tokens.slice(index + 1, close)
    const kinds = words.map((word) => lexicon.kinds.get(word.lower) ?? unknown)
    // One word must be one of the language’s own (`[le]`, not `[un]`, an English prefix set apart).
    if (!kinds.some((kind) => kind >= (words.length === 1 ? french : weak)) || kinds.includes(english)) continue
    const language = languageNames[lexicon.languagesOf.get(words.find((word, at) => kinds[at]! >= weak)!.lower)?.[0] ?? lexicon.first]
    yield {
      start: tokens[index]!.start,
      end: tokens[close]!.end,
      what: language + ' words in brackets',
      advice: 'translate them, or remove the stage direction',
      note: 'An insertion or stage direction of the ' + language + ' source, left in brackets as it was'
    }
    index = close
  }
}
