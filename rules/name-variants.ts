import {isBoolean, isStringArray} from '../src/engine/option-checks.js'
import {defineRule, shifted} from '../src/engine/rule.js'
import {itemAt} from '../src/engine/tokens.js'
import type {Token} from '../src/engine/types.js'
import {KeptNames, noNames, occurrence, type NameSummary, type Spelling} from './name-variants/decision.js'
import {accentedExonyms, distinctCompounds, epithets, nameParticles, nameTitles, placeEnding, placeNouns} from './name-variants.data.js'
import {ascii, firstNameKey, keyOf} from './name-variants/keys.js'
import {afterQuote, findRendering, renderingsAt, type RenderingForms} from './shared/name-renderings.js'
import {WordCache} from './shared/word-cache.js'

export {givenNameKey, keyOf} from './name-variants/keys.js'

interface Options {
  /** Spellings never counted or reported (`Pâris`, when the document also names Paris). */
  ignore: readonly string[]
  /** Also compare lower-case compounds with and without their hyphen (`ceasefire`, `cease-fire`). */
  compounds: boolean
}

interface Settings {
  ignore: ReadonlySet<string>
  compounds: boolean
  /** What each distinct word is to this rule (`WordInfo`), by the `claimedByOthers` it was read with: kept from document to document. */
  words: WeakMap<(word: string) => boolean, WordCache<WordInfo>>
}

const exonyms = new Set(accentedExonyms)

// After these, a capital opens a sentence or a quotation, where common words are capitalised too: one
// character each, told by its code (a set of strings would hash every punctuation mark of the text).
const clauseOpeners = new Set(Array.from('“"«‘\'([:—–', (mark) => mark.charCodeAt(0)))
const possessiveEnd = /['’]s$/
// Words that are no spelling of a name: with a digit (`G-7`), all capitals (`NATO`), or an inner
// capital, as identifiers and brands have (`SourceMap`, `LRUCache`, `iPhone`). The ASCII form is for speed.
const notAName = /\p{N}|\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}|^\P{Ll}*$/u
const notAnAsciiName = /[0-9]|[a-z][A-Z]|[A-Z][A-Z][a-z]|^[^a-z]*$/
// Soft hyphens, zero-width characters and variation selectors.
const invisible = /[\u00AD\u200B-\u200D\u2060\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/g
const upperFirst = /^\p{Lu}/u
const lowerFirst = /^\p{Ll}/u
// `Read-only`, `Cease-fire`: a compound whose capital is its position’s, where a name capitalises each part (`Jean-Yves`).
const lowerAfterHyphen = /-\p{Ll}/u
const trailingHyphens = /-+$/
// Hyphen and non-breaking hyphen, spelled as `-`.
const hyphens = /[\u2010\u2011]/g

/**
 * The decision of the last document, kept until the next document is
 * decided: the objects it makes (tallies, groups, spellings built by
 * `Object.assign`) have hidden classes that live only while such an object
 * does, and the decision's optimised code (`tally`, `decideName`,
 * `nameGroup`, `neighbours`) was thrown away after each lint and compiled
 * again (~100-200 ms of compile per warm lint of 1 MB). It holds one
 * document's tallies, as the engine holds the last walk's handlers.
 */
const lastDecision: {kept: KeptNames | undefined} = {kept: undefined}

export default defineRule<Options, Settings, NameSummary>({
  id: 'name-variants',
  description: 'Spell a name or compound one way throughout (`Élysée` or `Elysée`, `ceasefire` or `cease-fire`)',
  category: 'names',
  severity: 'warn',
  fixable: true,
  // Spellings that `place-names` and `transliteration` replace: they report them, with the English form.
  defersTo: ['place-names', 'transliteration'],
  defaults: {ignore: [], compounds: false},
  options: {ignore: isStringArray, compounds: isBoolean},
  prepare: (options) => ({
    ignore: new Set(options.ignore.map((form) => form.toLowerCase())),
    compounds: options.compounds,
    words: new WeakMap()
  }),
  create({settings, text, claimedByOthers}) {
    // What each distinct word is to this rule, worked out once: names repeat, within a document and from one to the next.
    let words = settings.words.get(claimedByOthers)
    if (!words) settings.words.set(claimedByOthers, (words = new WordCache()))
    // The block’s spellings, in order (see `NameSummary`); made at the first one, most blocks of native English have few.
    let seen: NameSummary | undefined
    const current = (): NameSummary => (seen ??= {names: []})

    return {
      sentence(tokens, block) {
        const base = block.start
        // Whether the sentence is prose, not a title: found out at its first capital mid-sentence.
        let prose: boolean | undefined
        let opening = true
        // The previous word, when a capitalised name: `Jean Yves` may spell `Jean-Yves`.
        let previous: Token | undefined
        let previousInfo: WordInfo | undefined
        // Whether the previous word opens the sentence: a pair it starts (`Greta Hallmann’s office…`) counts only beside one seen mid-sentence.
        let previousInitial = false
        for (let index = 0; index < tokens.length; index++) {
          const token = tokens[index]!
          if (token.kind !== 'word') {
            if (token.value.length === 1 && clauseOpeners.has(token.value.charCodeAt(0))) opening = true
            previous = undefined
            continue
          }
          const initial = opening
          opening = false
          // Most words are lower-case: neither names nor, with `compounds` off, compounds.
          const first = token.value.charCodeAt(0)
          const lowerCase = first >= 97 && first <= 122
          // `Bruno the Mayor`: a first name, `the`, a capital; a surname with its French article translated, if the document also has `Bruno Le Maire`.
          if (previous && !previousInitial && token.lower === 'the') {
            const next = tokens[index + 1]
            if (next?.kind === 'word' && next.start === token.end + 1 && upperFirst.test(next.value) && !epithets.has(next.lower)) {
              const end = next.start + next.value.replace(possessiveEnd, '').length
              ;(current().articleSurnames ??= []).push({first: previous.value, start: previous.start - base, end: end - base})
            }
          }
          // Opening a sentence, a word in lower case is something to this rule only as a rendering, right after a quotation mark (most open a paragraph of a headline list or of subtitles).
          if (lowerCase && !settings.compounds && (!initial || (token.value === token.lower && !afterQuote(tokens, index)))) {
            previous = undefined
            continue
          }
          let info = words.get(token.value)
          if (info === undefined) {
            info = {reading: read(token.value, settings, claimedByOthers), renders: renderingsAt(token.lower)}
            words.add(token.value, info)
          }
          // A name or its rendering starts with a capital, or, rendered, in lower case after a quotation mark.
          if (info.renders && (!lowerCase || initial)) {
            const sighting = findRendering(tokens, index, text, info.renders)
            if (sighting) (current().renderings ??= []).push(shifted(sighting, -base))
          }
          if (lowerCase && !settings.compounds) {
            previous = undefined
            continue
          }
          const reading = info.reading
          if (reading === null || typeof reading === 'string') {
            if (reading !== null) (current().closed ??= []).push(reading)
            previous = undefined
            continue
          }
          const {spelling, capitalised} = reading
          const {key, id, display} = spelling
          const start = token.start - base
          if (!capitalised) {
            ;(current().compounds ??= []).push(spelling, occurrence(start, true, false))
          } else if (reading.positional) {
            // A compound whose capital is its position’s (`Cease-fire`, `Read-only`): no name.
            if (settings.compounds) (current().openings ??= []).push({key, id, display, start, end: start + display.length})
          } else if (initial) {
            // Opening a sentence, a capital may be a common word’s: this spelling counts only if `admitOpenings` lets it.
            current().names.push(spelling, occurrence(start, false, false))
            if (settings.compounds) (current().openings ??= []).push({key, id, display, start, end: start + display.length})
          } else if ((prose ??= isProse(tokens))) {
            const named = (previous !== undefined && !previousInitial) || inNamePosition(tokens, index) || reading.placeLike
            const names = current().names
            names.push(spelling, occurrence(start, true, named))
            if (previous && text.charAt(previous.end) === ' ' && previous.end + 1 === token.start) {
              names.push(pairOf(previousInfo!, previous.value, info), occurrence(previous.start - base, !previousInitial, false))
            }
          }
          // Otherwise the word is in a title (`The Best Rosé Wines`), where common words are capitalised too: left out.
          const pairable =
            capitalised && !reading.hyphenated && !reading.possessive && !reading.positional && (initial ? (prose ??= isProse(tokens)) : prose === true)
          previous = pairable ? token : undefined
          previousInfo = pairable ? info : undefined
          previousInitial = initial
        }
      },
      summary() {
        const summary = seen ?? noNames
        // Kept until the decision: a list grown by pushes holds room for seventeen entries, most blocks have one name (two).
        if (seen) seen.names = seen.names.slice()
        seen = undefined
        return summary
      }
    }
  },
  decide(context, blocks) {
    // Two families, never compared: capitalised names seen mid-sentence (`Élysée`, `Jean Yves`) and
    // lower-case compounds (`brace-expansion` is no spelling of `Brace Expansion`); see `KeptNames`.
    const decision = new KeptNames(context.settings)
    decision.update(context, blocks, {removed: [], added: blocks})
    lastDecision.kept = decision
  },
  keepDecision: (settings) => new KeptNames(settings)
})

/** What a word is to this rule (see `read`), and the names of the translated-names gazetteer or their renderings that may start at it. */
interface WordInfo {
  reading: Reading | string | null
  renders: RenderingForms | undefined
  /** The spellings of this word followed by another (`Jean Yves`), by the other’s info: made once per pair. */
  pairs?: Map<WordInfo, Spelling>
  /** Its key as a first name (`firstNameKey`), made at its first pair. */
  firstKey?: string
}

/**
 * The spelling of `first` (written `value`) and `second`, capitalised names one space apart; made at the pair’s first
 * occurrence, its key from the words’ (the first name’s made once per word, not folded again for each pair).
 */
function pairOf(first: WordInfo, value: string, second: WordInfo): Spelling {
  let spelling = (first.pairs ??= new Map()).get(second)
  if (!spelling) {
    const a = (first.reading as Reading).spelling.id
    const b = (second.reading as Reading).spelling
    spelling = {key: (first.firstKey ??= firstNameKey(a)) + b.key, id: a + ' ' + b.id, display: value + ' ' + b.display}
    first.pairs.set(second, spelling)
  }
  return spelling
}

/**
 * Whether a sentence has a lower-case word of four letters or more. One
 * that has none is a title (`Emit End When Asked`) or a list of names, where
 * common words are capitalised too.
 */
function isProse(tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    if (token.kind !== 'word' || token.value.length < 4) continue
    const first = token.value.charCodeAt(0)
    if ((first >= 97 && first <= 122) || (first > 127 && lowerFirst.test(token.value))) return true
  }
  return false
}

/** A word as this rule sees it. */
interface Reading {
  /** The word without a possessive `’s` (`display`); lower case, composed, without invisible characters (`id`: tells spellings apart); its key. */
  spelling: Spelling
  capitalised: boolean
  hyphenated: boolean
  possessive: boolean
  /** A capitalised compound with a lower-case part (`Cease-fire`, `Read-only`), whose capital is its position’s. */
  positional: boolean
  /** Whether it ends as place names do (`-ivka`, `-ovske`): a place’s name wherever it stands. */
  placeLike: boolean
}

/**
 * Reads a word token: `null` for a word that takes no part (code; numbers;
 * spellings another rule replaces; lower-case words without a hyphen, unless
 * compounds are compared: then those of four letters or more are returned
 * as is, the closed forms of compounds).
 */
function read(value: string, settings: Settings, claimedByOthers: (word: string) => boolean): Reading | string | null {
  const possessive = endsPossessive(value)
  let word = possessive ? value.slice(0, -2) : value
  // `Congress-` before a dash typed as a hyphen (`the Congress-"more adequate."`) is `Congress`.
  if (word.endsWith('-')) word = word.replace(trailingHyphens, '')
  const hyphenated = word.includes('-')
  const capitalised = capitalFirst(word)
  if (!capitalised) {
    if (!settings.compounds) return null
    if (!hyphenated) return word.length > 3 ? word : null
  }
  const isAscii = ascii.test(word)
  // Code and numbers first: no lower case or key made for them.
  if (word.length < 2 || (isAscii ? notAnAsciiName : notAName).test(word)) return null
  // Spelled alike whether composed or not, and with or without invisible characters (`Collective️` with an emoji variation selector).
  const lower = isAscii ? word.toLowerCase() : word.normalize('NFC').replace(invisible, '').replace(hyphens, '-').toLowerCase()
  const key = keyOf(lower)
  if (!counted(lower, key, hyphenated, settings.ignore) || claimedByOthers(word)) return null
  const positional = capitalised && hyphenated && lowerAfterHyphen.test(word)
  return {spelling: {key, id: lower, display: word}, capitalised, hyphenated, possessive, positional, placeLike: placeEnding.test(lower)}
}

/** `possessiveEnd.test(value)`, read from the last two characters. */
function endsPossessive(value: string): boolean {
  const mark = value.charCodeAt(value.length - 2)
  return value.charCodeAt(value.length - 1) === 115 && (mark === 39 || mark === 0x2019)
}

/** `upperFirst.test(word)`, without the Unicode class for an ASCII first letter. */
function capitalFirst(word: string): boolean {
  const first = word.charCodeAt(0)
  if (first < 128) return first >= 65 && first <= 90
  return upperFirst.test(word)
}

/** Whether a capitalised or hyphenated word that may be a name takes part: not a spelling to ignore, not an exonym that keeps its accents. */
function counted(lower: string, key: string, hyphenated: boolean, ignore: ReadonlySet<string>): boolean {
  return !(ignore.has(lower) || exonyms.has(key) || (hyphenated && distinctCompounds.test(lower)))
}

/**
 * Whether the word at `index` stands where a name does: after a title
 * (`President`, `governor`, `Mr.`) or before a place noun (`region`,
 * `village`). After a capitalised first name, and a place name’s ending
 * (`-ivka`, `-ovske`), are checked by the caller.
 */
function inNamePosition(tokens: readonly Token[], index: number): boolean {
  let before = index - 1
  if (itemAt(tokens, before)?.value === '.') before--
  const previous = itemAt(tokens, before)
  if (previous?.kind === 'word' && nameTitles.has(previous.lower)) return true
  // `Marcelo Rebelo de Sousa`: a particle after a capitalised name.
  if (previous?.kind === 'word' && nameParticles.has(previous.lower) && upperFirst.test(itemAt(tokens, before - 1)?.value ?? '')) return true
  // `the village of Torske`
  if (previous?.lower === 'of' && placeNouns.has(itemAt(tokens, before - 1)?.lower ?? '')) return true
  const next = tokens[index + 1]
  return next?.kind === 'word' && placeNouns.has(next.lower)
}
