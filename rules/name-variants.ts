import {deletions, oneEditApart, slipApart} from '../src/engine/near-words.js'
import {isBoolean, isStringArray} from '../src/engine/option-checks.js'
import {escapeRegExp} from '../src/engine/regex-parts.js'
import {defineRule, shifted} from '../src/engine/rule.js'
import type {Token} from '../src/engine/types.js'
import {createVariantTally, occurrences, type Conflict, type Variant, type VariantTally} from '../src/engine/variants.js'
import {
  accentedExonyms,
  distinctCompounds,
  epithets,
  exonyms as exonymTable,
  foreignShape,
  folds,
  givenNameFolds,
  nameParticles,
  nameTitles,
  placeEnding,
  placeNouns
} from './name-variants.data.js'
import {findRendering, opensRendering, renderingConflicts, type RenderingConflict, type Sighting} from './shared/name-renderings.js'
import {ukrainianByRussianForm} from './shared/ukrainian-names.js'

interface Options {
  /** Spellings never counted or reported (`Pâris`, when the document also names Paris). */
  ignore: readonly string[]
  /** Also compare lower-case compounds with and without their hyphen (`ceasefire`, `cease-fire`). */
  compounds: boolean
}

interface Settings {
  ignore: ReadonlySet<string>
  compounds: boolean
}

const exonyms = new Set(accentedExonyms)
// The key of a local city name kept from the source (`napoli`) is its English name’s (`naples`): the two are grouped.
const exonymKeys = new Map<string, string>()

// After these, a capital opens a sentence or a quotation, where common words are capitalised too.
const opensClause = new Set(['“', '"', '«', '‘', "'", '(', '[', ':', '—', '–'])
const possessiveEnd = /['’]s$/
const ascii = /^[\x00-\x7F]*$/
// Words that are no spelling of a name: with a digit (`G-7`), all capitals (`NATO`), or an inner
// capital, as identifiers and brands have (`SourceMap`, `LRUCache`, `iPhone`). The ASCII form is for speed.
const notAName = /\p{N}|\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}|^\P{Ll}*$/u
const notAnAsciiName = /[0-9]|[a-z][A-Z]|[A-Z][A-Z][a-z]|^[^a-z]*$/
const marks = /\p{M}/gu
// Soft hyphens, zero-width characters and variation selectors.
const invisible = /[\u00AD\u200B-\u200D\u2060\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/g
const upperFirst = /^\p{Lu}/u
const lowerFirst = /^\p{Ll}/u
// `Read-only`, `Cease-fire`: a compound whose capital is its position’s, where a name capitalises each part (`Jean-Yves`).
const lowerAfterHyphen = /-\p{Ll}/u
const joiners = /[- ]/g
const trailingHyphens = /-+$/
// Hyphen and non-breaking hyphen, spelled as `-`.
const hyphens = /[\u2010\u2011]/g
// Code and paths, not names (`Buffer.alloc`, `snake_case`).
const notWordLike = /[._/\\]/
// Whether any fold applies: one test instead of one per fold for the many words none applies to.
const foldable = new RegExp(folds.map((fold) => fold.pattern.source).join('|'), 'u')
// The word after a name’s particle, without a possessive `’s` (`Maio` in `Di Maio’s`).
const nextWord = /^ \p{L}+(?:-\p{L}+)*/u
// A name that opens with its own language’s article (`Il Giornale`, `Le Monde`) takes no English `the` before it.
const sourceArticle = /^(?:Il|Lo|La|Le|Les|L’|El|Los|Las|Der|Die|Das|De|Het|O|A|Os|As)\s/
// What may not touch a word looked up in the text: letters, digits, marks and hyphens.
const wordChar = /[\p{L}\p{N}\p{M}-]/u

/** A capitalised word whose capital may not be its own. */
interface Opening {
  key: string
  id: string
  display: string
  start: number
  end: number
}

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
    compounds: options.compounds
  }),
  create({settings, text, claimedByOthers}) {
    // What each distinct word is to this rule, worked out once: names repeat.
    const words = new Map<string, WordInfo>()
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
            if (opensClause.has(token.value)) opening = true
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
          if (lowerCase && !initial && !settings.compounds) {
            previous = undefined
            continue
          }
          let info = words.get(token.value)
          if (info === undefined) {
            info = {reading: read(token.value, settings, claimedByOthers), renders: opensRendering(token.lower)}
            words.set(token.value, info)
          }
          // A name or its rendering starts with a capital, or, rendered, in lower case after a quotation mark.
          if (info.renders && (!lowerCase || initial)) {
            const sighting = findRendering(tokens, index, text)
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
        seen = undefined
        return summary
      }
    }
  },
  decide({settings, text, report}, blocks) {
    // Two families, never compared: capitalised names seen mid-sentence (`Élysée`, `Jean Yves`) and
    // lower-case compounds (`brace-expansion` is no spelling of `Brace Expansion`).
    const names = createVariantTally()
    const compounds = createVariantTally()
    // Lower-case words without a hyphen: the closed forms of compounds (`ceasefire`) are looked up here at the end.
    const closed = new Set<string>()
    // With `compounds` on: capitalised words opening a sentence and capitalised compounds (`Cease-fire`),
    // to look for their spelling among the compounds at the end.
    const openings: Opening[] = []
    // Spellings seen after a first name or a title, or before a place noun: a person’s or a place’s name.
    const named = new Set<Variant>()
    const renderings: Sighting[] = []
    const articleSurnames: ArticleSurname[] = []
    for (const {start, summary} of blocks) {
      const list = summary.names
      for (let index = 0; index < list.length; index += 2) {
        const {key, id, display} = list[index] as Spelling
        const at = list[index + 1] as number
        const from = Math.floor(at / 4) + start
        const variant = names.add(key, id, display, from, from + display.length, (at & countsFlag) !== 0)
        if (at & namedFlag) named.add(variant)
      }
      if (summary.compounds) {
        const list = summary.compounds
        for (let index = 0; index < list.length; index += 2) {
          const {key, id, display} = list[index] as Spelling
          const from = Math.floor((list[index + 1] as number) / 4) + start
          compounds.add(key, id, display, from, from + display.length, true)
        }
      }
      if (summary.openings) for (const opening of summary.openings) openings.push(shifted(opening, start))
      if (summary.closed) for (const word of summary.closed) closed.add(word)
      if (summary.renderings) for (const sighting of summary.renderings) renderings.push(shifted(sighting, start))
      if (summary.articleSurnames) for (const candidate of summary.articleSurnames) articleSurnames.push(shifted(candidate, start))
    }
    if (settings.compounds) addClosedCompounds(compounds, closed, text)
    for (const word of openings) {
      if (names.variant(word.key, word.id)?.counts || !compounds.variant(word.key, word.id)?.counts) continue
      compounds.add(word.key, word.id, word.display, word.start, word.end, false)
    }
    admitOpenings(names, text)
    const reported = new Set<Variant>()
    // Where a word already has a message: a first name and surname (`Volodymyr Zelensky`) whose
    // surname is reported on its own (`Zelensky`, `Zelenskyy`) gets no second one.
    const shown = new Set<number>()
    // Single words first: a pair of words is reported only where its words have no message.
    const conflicts = [...names.conflicts(), ...compounds.conflicts()]
    conflicts.sort((a, b) => Number(a.variants[0]!.id.includes(' ')) - Number(b.variants[0]!.id.includes(' ')))
    for (const conflict of conflicts) if (!surnameOnly(conflict)) reportConflict(conflict, false)
    for (const conflict of nearConflicts(names, named, text)) reportConflict(conflict, true)
    for (const conflict of nearSurnames(names, text)) reportConflict(conflict, true)
    for (const conflict of renderingConflicts(renderings)) reportRendering(conflict)
    reportArticleSurnames()
    reportParticleCase()

    /**
     * Reports a name whose particle is written with and without its capital after the same first
     * name (`Luigi Di Maio`, `Luigi di maio`; `Charles De Gaulle`, `Charles de Gaulle`): one person,
     * and each person writes it one way. The most frequent spelling is expected; on a tie, both
     * are reported, with nothing expected.
     */
    function reportParticleCase(): void {
      for (const [, group] of names.groups()) {
        for (const variant of group) {
          // Only a first name and a particle (`Luigi Di`) is one: most spellings are single words.
          if (!variant.display.includes(' ')) continue
          const [first, particle, more] = variant.display.split(' ')
          if (more !== undefined || !particle || !nameParticles.has(particle.toLowerCase()) || particle.toLowerCase() === particle) continue
          const lower = [...wordsIn(text, first + ' ' + particle.toLowerCase())]
          if (lower.length === 0) continue
          const capital: number[] = []
          for (let index = 0; index < variant.spans.length; index += 2) capital.push(variant.spans[index]!)
          const name = (start: number) =>
            text.slice(start, start + first!.length + particle.length + 1) + (nextWord.exec(text.slice(start + first!.length + particle.length + 1))?.[0] ?? '')
          const sides = [capital, lower].sort((a, b) => b.length - a.length)
          const kept = sides[0]!.length > sides[1]!.length ? sides[0]! : undefined
          const note = 'This document writes the particle of one name with and without its capital: `' + name(capital[0]!) + '` and `' + name(lower[0]!) + '`'
          for (const side of sides) {
            if (side === kept) continue
            const other = side === capital ? lower : capital
            for (const start of side) {
              const actual = name(start)
              if (!show(start, start + actual.length)) continue
              report(
                kept
                  ? {start, end: start + actual.length, what: 'particle written another way', expected: [name(kept[0]!)], note}
                  : {
                      start,
                      end: start + actual.length,
                      what: 'particle written another way, as often as `' + name(other[0]!) + '`',
                      advice: 'keep one spelling',
                      note
                    }
              )
            }
          }
          if (kept && show(kept[0]!, kept[0]! + name(kept[0]!).length)) {
            const other = kept === capital ? lower : capital
            report({
              start: kept[0]!,
              end: kept[0]! + name(kept[0]!).length,
              what: 'written `' + name(other[0]!) + '` elsewhere',
              advice: 'keep one spelling',
              note,
              lowConfidence: true
            })
          }
        }
      }
    }

    /**
     * Reports a first name before `the` and a capitalised word (`Bruno the Mayor`) where the
     * document also writes that first name before a surname with a French article (`Bruno Le
     * Maire`): the article and the surname translated as words. The full name’s first occurrence
     * is the other side, as info. Epithets (`Alexander the Great`) have no such full name beside them.
     */
    function reportArticleSurnames(): void {
      // Where a full name may end: read once, not once per candidate (most, `Update the Page`, have none).
      const articles = articleSurnames.length > 0 ? articlesAt(text) : []
      // Looked for once per first name: first names repeat (`Update the Page`, `Update the Docs`).
      const fullNames = new Map<string, RegExpExecArray | undefined>()
      for (const {first, start, end} of articleSurnames) {
        if (!fullNames.has(first)) fullNames.set(first, fullNameAt(text, first, articles))
        const full = fullNames.get(first)
        if (!full) continue
        const rendered = text.slice(start, end)
        const note =
          'This document names `' +
          full[0] +
          '` and `' +
          rendered +
          '`: machine translation turned the surname’s French article and the word after it into English'
        if (show(start, end)) report({start, end, what: 'surname translated, `' + full[0] + '` elsewhere', expected: [full[0]], note})
        if (show(full.index, full.index + full[0].length))
          report({
            start: full.index,
            end: full.index + full[0].length,
            what: 'translated as `' + rendered + '` elsewhere',
            advice: 'keep the surname',
            note,
            lowConfidence: true
          })
      }
    }

    /**
     * Reports a name kept in one place and rendered word for word in another: each rendering
     * `calque` leaves alone, with the name expected (its English name, where it has one), and
     * the name’s first occurrence, as info: the other side of what the reader saw.
     */
    function reportRendering({entry, own, renderings: rendered, unreported}: RenderingConflict): void {
      const kept = text.slice(own[0]!.start, own[0]!.end)
      const expected = entry.english ?? entry.name
      // `the Journal` for `Il Giornale`: the article goes with the rendering.
      const startOf = (start: number) => (sourceArticle.test(expected) && text.slice(start - 4, start).toLowerCase() === 'the ' ? start - 4 : start)
      const rendering = text.slice(startOf(rendered[0]!.start), rendered[0]!.end)
      const note =
        'This document writes `' +
        entry.name +
        '` (' +
        entry.note +
        ') both as `' +
        kept +
        '` and, word for word, as `' +
        rendering +
        '`: keep one name' +
        (entry.english ? '; English copy writes `' + entry.english + '`' : '; English copy keeps `' + entry.name + '`')
      for (const {start, end} of unreported) {
        const from = startOf(start)
        if (!show(from, end)) continue
        report({start: from, end, what: 'name rendered word for word, `' + kept + '` elsewhere', expected: [expected], note, lowConfidence: true})
      }
      if (!show(own[0]!.start, own[0]!.end)) return
      report({start: own[0]!.start, end: own[0]!.end, what: 'rendered `' + rendering + '` elsewhere', advice: 'keep one name', note, lowConfidence: true})
    }

    /** Whether the words of `[start, end)` have no message yet; marks them as having one. */
    function show(start: number, end: number): boolean {
      const space = text.indexOf(' ', start)
      const second = space !== -1 && space < end ? space + 1 : -1
      if (shown.has(start) || shown.has(second)) return false
      shown.add(start)
      if (second !== -1) shown.add(second)
      return true
    }

    /**
     * Reports a group of spellings: those other than the preferred one at every occurrence, with
     * it expected, and the preferred one at its first occurrence, as info; on a tie that nothing
     * breaks, every occurrence, with nothing expected.
     */
    function reportConflict({variants}: Conflict, near: boolean): void {
      const kept = preferredOf(variants)
      const note =
        'This document spells it ' +
        variants.length +
        ' ways, ' +
        list(variants) +
        ': keep one spelling' +
        (kept ? ', ' + whyKept(kept, variants) : '') +
        (near ? ' (the spellings are one letter apart: a misspelling, or two names)' : '')
      for (const variant of variants) {
        if (variant === kept || reported.has(variant)) continue
        reported.add(variant)
        const others = variants.filter((other) => other !== variant).map((other) => '`' + other.display + '`')
        for (let index = 0; index < variant.spans.length; index += 2) {
          const start = variant.spans[index]!
          const end = variant.spans[index + 1]!
          if (!show(start, end)) continue
          const actual = text.slice(start, end)
          report(
            kept
              ? {
                  start,
                  end,
                  what: near ? 'spelling one letter from another' : 'inconsistent spelling',
                  expected: [inCaseOf(kept, actual)],
                  note,
                  lowConfidence: near
                }
              : {start, end, what: 'inconsistent spelling, as often as ' + others.join(', '), advice: 'keep one spelling', note, lowConfidence: near}
          )
        }
      }
      // The spelling kept is one side of the inconsistency too: its first occurrence is shown, as info,
      // so that an editor who keeps the other spelling sees where the two disagree. Not when it only
      // has the accents the others lost and comes first: then the text set out with the name’s own
      // spelling, and the later ones are slips. Met only after its unaccented form (a headline, a
      // caption), it is the other side of what the reader saw.
      if (kept && !reported.has(kept) && !(accentsOnly(kept, variants) && comesFirst(kept, variants))) {
        reported.add(kept)
        const others = variants.filter((other) => other !== kept)
        if (!show(kept.spans[0]!, kept.spans[1]!)) return
        report({
          start: kept.spans[0]!,
          end: kept.spans[1]!,
          what: 'spelled ' + either(others.map((other) => '`' + other.display + '`')) + ' elsewhere',
          advice: 'keep one spelling',
          note,
          lowConfidence: true
        })
      }
    }
  }
})

/** A spelling as `VariantTally.add` takes it: one object per distinct word or pair of words of a document, shared by its occurrences. */
interface Spelling {
  key: string
  id: string
  /** As written; an occurrence ends this many characters after its start. */
  display: string
}

/**
 * A block’s occurrences of spellings, flat: each a spelling and a number,
 * its start in the block with two flags (see `occurrence`). Two slots per
 * occurrence, not an array each: a summary is kept until the decision.
 */
type Occurrences = Array<Spelling | number>

// The flags of an occurrence: whether it counts (seen where its capital is its own), and whether it stands where a name does.
const countsFlag = 1
const namedFlag = 2

function occurrence(start: number, counting: boolean, isNamed: boolean): number {
  return start * 4 + (counting ? countsFlag : 0) + (isNamed ? namedFlag : 0)
}

/** A first name before `the` and a capitalised word (`Bruno the Mayor`): a surname with its French article translated, if the document has the full name. */
interface ArticleSurname {
  first: string
  start: number
  end: number
}

/** A block’s spellings, in order: what the document decision tallies. The lists a block has none of are left out. */
interface NameSummary {
  names: Occurrences
  compounds?: Occurrences
  openings?: Opening[]
  /** Lower-case words without a hyphen (with `compounds` on): closed forms of compounds (`ceasefire`). */
  closed?: string[]
  /** Names of the translated-names gazetteer and their literal renderings (`Il Giornale`, `the Journal`). */
  renderings?: Sighting[]
  articleSurnames?: ArticleSurname[]
}

/** The summary of a block without spellings: one, shared, never changed. */
const noNames: NameSummary = Object.freeze({names: Object.freeze([]) as unknown as Occurrences})

/** What a word is to this rule (see `read`), and whether a name of the translated-names gazetteer or its rendering may start at it. */
interface WordInfo {
  reading: Reading | string | null
  renders: boolean
  /** The spellings of this word followed by another (`Jean Yves`), by the other’s info: made once per pair. */
  pairs?: Map<WordInfo, Spelling>
}

/** The spelling of `first` (written `value`) and `second`, capitalised names one space apart; made at the pair’s first occurrence. */
function pairOf(first: WordInfo, value: string, second: WordInfo): Spelling {
  let spelling = (first.pairs ??= new Map()).get(second)
  if (!spelling) {
    const a = (first.reading as Reading).spelling.id
    const b = (second.reading as Reading).spelling
    spelling = {key: pairKey(a, b.id), id: a + ' ' + b.id, display: value + ' ' + b.display}
    first.pairs.set(second, spelling)
  }
  return spelling
}

/**
 * Whether the spellings of a first name and surname differ in the surname
 * only (`Volodymyr Zelensky`, `Volodymyr Zelenskyy`): the surname’s own
 * group reports that.
 */
function surnameOnly({variants}: Conflict): boolean {
  const first = variants[0]!.id.split(' ')[0]!
  return variants.every((variant) => variant.id.includes(' ') && variant.id.split(' ')[0] === first)
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
  const possessive = possessiveEnd.test(value)
  let word = possessive ? value.slice(0, -2) : value
  // `Congress-` before a dash typed as a hyphen (`the Congress-"more adequate."`) is `Congress`.
  if (word.endsWith('-')) word = word.replace(trailingHyphens, '')
  const hyphenated = word.includes('-')
  const capitalised = upperFirst.test(word)
  if (!capitalised) {
    if (!settings.compounds) return null
    if (!hyphenated) return word.length > 3 ? word : null
  }
  // Spelled alike whether composed or not, and with or without invisible characters (`Collective️` with an emoji variation selector).
  const lower = ascii.test(word) ? word.toLowerCase() : word.normalize('NFC').replace(invisible, '').replace(hyphens, '-').toLowerCase()
  if (!counted(word, lower, hyphenated, settings.ignore) || claimedByOthers(word)) return null
  const positional = capitalised && lowerAfterHyphen.test(word)
  return {spelling: {key: keyOf(lower), id: lower, display: word}, capitalised, hyphenated, possessive, positional, placeLike: placeEnding.test(lower)}
}

/** Whether a capitalised or hyphenated word takes part: not code, not a number, not a spelling to ignore. */
function counted(word: string, lower: string, hyphenated: boolean, ignore: ReadonlySet<string>): boolean {
  const isAscii = ascii.test(word)
  return !(
    word.length < 2 ||
    (isAscii ? notAnAsciiName : notAName).test(word) ||
    ignore.has(lower) ||
    exonyms.has(keyOf(lower)) ||
    (hyphenated && distinctCompounds.test(lower))
  )
}

/**
 * The grouping key: lower case without diacritics, hyphens or spaces, with
 * the romanisation differences of `folds` folded away.
 */
export function keyOf(lower: string): string {
  let key = ascii.test(lower) ? lower : lower.normalize('NFD').replace(marks, '')
  if (key.includes('-') || key.includes(' ')) key = key.replace(joiners, '')
  if (foldable.test(key)) for (const fold of folds) key = key.replace(fold.pattern, fold.to)
  return exonymKeys.get(key) ?? key
}

for (const {english, local} of exonymTable) {
  for (const name of local) exonymKeys.set(keyOf(name.toLowerCase()), keyOf(english.toLowerCase()))
}

/**
 * The key of a first name and a surname: a Russian first name given to a
 * Ukrainian (`Vladimir Zelensky`) is one name with its Ukrainian form
 * (`Volodymyr Zelensky`), and an Arabic first name romanised through French
 * (`Youssef Amrani`) one with its English form (`Yusuf Amrani`). Alone,
 * `Vladimir` and `Volodymyr`, `Mohamed` and `Mohammed` stay apart: they are
 * also two people (`Vladimir Putin`, `Volodymyr Zelensky`).
 */
function pairKey(first: string, second: string): string {
  // Each word on its own: the folds of a word’s end (`Oleksiy`, `Oleksii`) apply to the first name too.
  return givenNameKey(keyOf(ukrainianByRussianForm.get(first)?.ukrainian.toLowerCase() ?? first)) + keyOf(second)
}

/** A first name’s key with the romanisations of `givenNameFolds` folded away. */
export function givenNameKey(key: string): string {
  for (const fold of givenNameFolds) if (fold.pattern.test(key)) return key.replace(fold.pattern, fold.to)
  return key
}

/**
 * Lets the capitals that may not be their own count (`Mbappe` opening a
 * sentence, next to `Mbappé` mid-sentence), in groups with a spelling seen
 * mid-sentence, unless a spelling of the group is also a lower-case word of
 * the document: then the capital may be a common word’s (`Rosé is a wine`
 * next to `Rose Byrne`, where prices also `rose`).
 */
function admitOpenings(names: VariantTally, text: string): void {
  for (const [key, group] of names.groups()) {
    if (group.length < 2 || group.every((variant) => variant.counts) || !group.some((variant) => variant.counts)) continue
    if (group.some((variant) => !wordsIn(text, variant.id).next().done)) continue
    names.admit(key)
  }
}

/** Adds the closed form of each lower-case compound (`ceasefire` for `cease-fire`) where the text has it. */
function addClosedCompounds(compounds: VariantTally, closed: ReadonlySet<string>, text: string): void {
  const searched = new Set<string>()
  for (const [key, group] of [...compounds.groups()]) {
    for (const {id} of [...group]) {
      if (!id.includes('-')) continue
      const joined = id.replace(joiners, '')
      if (!closed.has(joined) || searched.has(joined)) continue
      searched.add(joined)
      for (const at of wordsIn(text, joined)) compounds.add(key, joined, joined, at, at + joined.length, true)
    }
  }
}

/**
 * Where the text has a French article before a word (` Le `, ` La `, ` Les `), in order: where a surname with its article may stand.
 * One search for ` L`, the letters after it read in place: a third of the time of three searches.
 */
function articlesAt(text: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(' L'); at !== -1; at = text.indexOf(' L', at + 2)) {
    const next = text.charCodeAt(at + 2)
    // `e ` or `a ` (` Le `, ` La `), or `es ` (` Les `).
    if ((next === 101 || next === 97) && text.charCodeAt(at + 3) === 32) found.push(at)
    else if (next === 101 && text.startsWith('s ', at + 3)) found.push(at)
  }
  return found
}

/** The first place the text writes `first`, a French article and a capitalised surname (`Bruno Le Maire`), looked for only before `articles`. */
function fullNameAt(text: string, first: string, articles: readonly number[]): RegExpExecArray | undefined {
  const full = new RegExp('(?<![\\p{L}\\p{N}-])' + escapeRegExp(first) + ' (?:Le|La|Les) \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?![\\p{L}\\p{N}])', 'uy')
  for (const at of articles) {
    if (at < first.length || !text.startsWith(first, at - first.length)) continue
    full.lastIndex = at - first.length
    const match = full.exec(text)
    if (match) return match
  }
  return undefined
}

/** Where `word` stands in `text` as a whole word, in this letter case. */
function* wordsIn(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (!wordChar.test(text.charAt(at - 1)) && !wordChar.test(text.charAt(at + word.length))) yield at
  }
}

/**
 * The spelling to keep: the Ukrainian form of a Ukrainian’s first name;
 * the most frequent; on a tie of spellings that differ only by accents, the
 * one with the most (machine translation and scrapers drop a name’s accents,
 * they do not add them); otherwise none.
 */
function preferredOf(variants: readonly Variant[]): Variant | undefined {
  const ukrainian = ukrainianFormOf(variants)
  if (ukrainian) return ukrainian
  const top = variants.filter((variant) => occurrences(variant) === occurrences(variants[0]!))
  if (top.length === 1) return top[0]
  const plain = new Set(top.map((variant) => stripMarks(variant.id)))
  if (plain.size !== 1) return undefined
  const accents = top.map((variant) => variant.id.normalize('NFD').length - stripMarks(variant.id).length)
  const most = Math.max(...accents)
  return accents.filter((count) => count === most).length === 1 ? top[accents.indexOf(most)] : undefined
}

/** Why `kept` is the spelling to keep (see `preferredOf`). */
function whyKept(kept: Variant, variants: readonly Variant[]): string {
  if (kept === ukrainianFormOf(variants)) return 'the one with the Ukrainian first name (the person is Ukrainian)'
  return occurrences(kept) > Math.max(...variants.filter((variant) => variant !== kept).map(occurrences))
    ? 'the most frequent'
    : 'the one with the name’s accents'
}

/**
 * Of one person’s name with the Ukrainian first name and with its Russian
 * form (`Oleksiy Marchenko`, `Aleksey Marchenko`), the Ukrainian one: a person
 * given both forms in one text is a Ukrainian, whichever form is more frequent.
 */
function ukrainianFormOf(variants: readonly Variant[]): Variant | undefined {
  const russian = (variant: Variant) => ukrainianByRussianForm.has(variant.id.split(' ')[0]!)
  if (!variants.every((variant) => variant.id.includes(' '))) return undefined
  const others = variants.filter((variant) => !russian(variant))
  return others.length === 1 && others.length < variants.length ? others[0] : undefined
}

/**
 * Whether the spellings differ by accents alone and the one kept has them
 * (`Élysée`, `Elysée`): the name’s own spelling, with the accents a scraper
 * or machine translation dropped elsewhere, is no side of an inconsistency.
 */
function accentsOnly(kept: Variant, variants: readonly Variant[]): boolean {
  const plain = stripMarks(kept.id)
  return kept.id !== plain && variants.every((variant) => variant === kept || (stripMarks(variant.id) === plain && marksIn(variant.id) < marksIn(kept.id)))
}

/** Whether the first occurrence of `kept` comes before every occurrence of the other spellings. */
function comesFirst(kept: Variant, variants: readonly Variant[]): boolean {
  const first = kept.spans[0]!
  return variants.every((variant) => variant === kept || variant.spans.every((at, index) => index % 2 === 1 || at > first))
}

function marksIn(value: string): number {
  return value.normalize('NFD').length - stripMarks(value).length
}

function stripMarks(value: string): string {
  return value.normalize('NFD').replace(marks, '')
}

/** The spelling to keep, with the initial capital of the occurrence it replaces (`Cease-fire` → `Ceasefire`). */
function inCaseOf(majority: Variant, actual: string): string {
  const display = majority.display
  return upperFirst.test(actual) ? display.charAt(0).toUpperCase() + display.slice(1) : display
}

/** `\`Zelenskyy\`, \`Zelenskiy\` or \`Zelenskyi\``. */
function either(items: readonly string[]): string {
  return items.length > 1 ? items.slice(0, -1).join(', ') + ' or ' + items.at(-1) : items.join('')
}

/** `\`Élysée\` (2×), \`Elysée\` (1×) and \`Elysee\` (1×)`. */
function list(variants: readonly Variant[]): string {
  const items = variants.map((variant) => '`' + variant.display + '` (' + occurrences(variant) + '×)')
  return items.length > 1 ? items.slice(0, -1).join(', ') + ' and ' + items.at(-1) : items.join('')
}

// Bounds on the comparison of names one letter apart (see `nearConflicts`).
const maxSharing = 32
const maxNearGroups = 100
// Names this long or longer are compared a slip apart too: a letter dropped beside two swapped (`Touadera`, `Taudera`).
const minSlipLength = 8

/**
 * Groups of single-word names one letter apart (`Luhansk` and `Lukansk`,
 * `Schlein` and `Schelin`), or, from eight letters, a slip apart (`Touadera`
 * and `Taudera`): a name misspelled, most often, so they are reported as
 * info. Only keys of five letters or more that begin alike and differ inside
 * the word: a last letter changed or an ending added makes another word
 * (`Maria`, `Mario`; `Korea`, `Korean`). Keys one edit apart share a key with
 * one letter deleted, so only those are compared.
 */
function* nearConflicts(names: VariantTally, named: ReadonlySet<Variant>, text: string): Generator<Conflict> {
  const counted = new Map<string, Variant[]>()
  for (const [key, group] of names.groups()) {
    if (key.length < 5) continue
    const variants = group.filter((variant) => variant.counts && !variant.id.includes(' ') && !notWordLike.test(variant.id))
    if (variants.length > 0) counted.set(key, variants)
  }
  const byDeletion = new Map<string, string[]>()
  const parent = new Map<string, string>()
  const root = (key: string): string => {
    let at = key
    for (let up = parent.get(at); up !== undefined && up !== at; up = parent.get(at)) {
      // Path halving: chains stay short however the groups were joined.
      const grand = parent.get(up)
      if (grand !== undefined) parent.set(at, grand)
      at = up
    }
    return at
  }
  for (const key of counted.keys()) {
    // The key itself, then each of its forms with one letter deleted (as `deletions` yields them; a loop, for the thousands of keys of a long document).
    for (let index = -1; index < key.length; index++) {
      const shorter = index === -1 ? key : key.slice(0, index) + key.slice(index + 1)
      const seen = byDeletion.get(shorter)
      if (!seen) {
        byDeletion.set(shorter, [key])
        continue
      }
      // A shortened key shared by that many words is no name’s (a generated list): not compared.
      if (seen.length > maxSharing) continue
      for (const other of seen) {
        if (other !== key && oneEditApart(key, other) && oneLetterApart(counted.get(key)!, counted.get(other)!)) parent.set(root(key), root(other))
      }
      // Only this key adds to the lists while its deletions are read: if it is in this one, it is last.
      if (seen.at(-1) !== key) seen.push(key)
    }
  }
  // A slip apart (a letter dropped beside two swapped): the longer key with two letters deleted is
  // the shorter one with one deleted. Looked up, not indexed: long keys are few, and fewer have a
  // key one letter shorter with their first and last letters (`slipApart` needs both).
  const ends = new Set<string>()
  for (const key of counted.keys()) if (key.length >= minSlipLength - 1) ends.add(endsOf(key, key.length))
  for (const key of counted.keys()) {
    if (key.length < minSlipLength || !ends.has(endsOf(key, key.length - 1))) continue
    for (const shorter of deletions(key)) {
      if (shorter === key) continue
      for (const shortest of deletions(shorter)) {
        if (shortest === shorter) continue
        const seen = byDeletion.get(shortest)
        if (!seen || seen.length > maxSharing) continue
        for (const other of seen) {
          if (other.length === key.length - 1 && slipApart(key, other, minSlipLength) && oneLetterApart(counted.get(key)!, counted.get(other)!))
            parent.set(root(key), root(other))
        }
      }
    }
  }
  const clusters = new Map<string, Variant[]>()
  for (const key of parent.keys()) {
    const cluster = root(key)
    if (!clusters.has(cluster)) clusters.set(cluster, [])
  }
  for (const [key, variants] of counted) {
    const cluster = clusters.get(root(key))
    if (cluster) cluster.push(...variants)
  }
  let checked = 0
  for (const [key, variants] of clusters) {
    // Real copy has a few such groups; a document with hundreds is a list, and reading the
    // document again for each would make it quadratic.
    if (checked++ > maxNearGroups) return
    // A common word of the document (`White` and `while`), or no spelling known to be a name by its place: two words.
    if (variants.length < 2 || !variants.some((variant) => named.has(variant))) continue
    // English names one letter apart are often two names (`Cyrus`, `Cyprus`; `Hills`, `Halls`): only foreign-looking ones are compared.
    if (!variants.some((variant) => foreignShape.test(variant.id))) continue
    if (variants.some((variant) => !wordsIn(text, variant.id).next().done)) continue
    variants.sort((a, b) => b.spans.length - a.spans.length || a.spans[0]! - b.spans[0]!)
    yield {key, majority: variants[0]!, variants}
  }
}

/** A key’s first and last letters, and a length: what keys a slip apart share, the longer one’s length less one. */
function endsOf(key: string, length: number): string {
  return key.charAt(0) + key.charAt(key.length - 1) + length
}

/**
 * A first name and surname written twice with one first name and surnames
 * one letter apart (`Giulia Moretti` and `Giulia Moratti`): one person’s name
 * misspelled, most often, whatever the surname looks like, so it is reported
 * as info. Surnames of five letters or more, none a derivation of the other,
 * and neither pair written in lower case in the document.
 */
function* nearSurnames(names: VariantTally, text: string): Generator<Conflict> {
  const byFirst = new Map<string, Variant[]>()
  for (const [, group] of names.groups()) {
    for (const variant of group) {
      if (!variant.counts) continue
      const space = variant.id.indexOf(' ')
      if (space === -1 || variant.id.length - space - 1 < 5) continue
      const first = variant.id.slice(0, space)
      const list = byFirst.get(first)
      if (list) list.push(variant)
      else byFirst.set(first, [variant])
    }
  }
  let found = 0
  for (const [first, variants] of byFirst) {
    // A first name before that many surnames is a list, not one person’s name.
    if (variants.length < 2 || variants.length > maxSharing) continue
    const surname = (variant: Variant) => variant.id.slice(first.length + 1)
    for (let a = 0; a < variants.length; a++) {
      for (let b = a + 1; b < variants.length; b++) {
        const x = variants[a]!
        const y = variants[b]!
        if (!oneEditApart(keyOf(surname(x)), keyOf(surname(y))) || !oneLetterApart([x], [y])) continue
        if (!wordsIn(text, x.id).next().done || !wordsIn(text, y.id).next().done) continue
        if (found++ > maxNearGroups) return
        const pair = [x, y].sort((m, n) => n.spans.length - m.spans.length || m.spans[0]! - n.spans[0]!)
        yield {key: first, majority: pair[0]!, variants: pair}
      }
    }
  }
}

/**
 * Whether two groups whose keys are one edit apart have spellings one letter
 * apart as written, accents included (`Touadera`, `Taudera`; not `Session`
 * and `Sesión`, an accent and a letter apart: an English word and a foreign
 * one), and are not one word and its derivation.
 */
function oneLetterApart(a: readonly Variant[], b: readonly Variant[]): boolean {
  return !derived(a, b) && a.some((x) => b.some((y) => oneEditApart(x.id, y.id) || slipApart(x.id, y.id, minSlipLength)))
}

/** Whether a spelling of one group begins with a spelling of the other: a derivation (`Americas`, `Americans`; `Congress`, `Congresses`). */
function derived(a: readonly Variant[], b: readonly Variant[]): boolean {
  return a.some((x) => b.some((y) => x.id.startsWith(y.id) || y.id.startsWith(x.id) || x.id.slice(0, -1) === y.id.slice(0, -1)))
}

/**
 * Whether the word at `index` stands where a name does: after a title
 * (`President`, `governor`, `Mr.`) or before a place noun (`region`,
 * `village`). After a capitalised first name, and a place name’s ending
 * (`-ivka`, `-ovske`), are checked by the caller.
 */
function inNamePosition(tokens: readonly Token[], index: number): boolean {
  let before = index - 1
  if (tokens[before]?.value === '.') before--
  const previous = tokens[before]
  if (previous?.kind === 'word' && nameTitles.has(previous.lower)) return true
  // `Marcelo Rebelo de Sousa`: a particle after a capitalised name.
  if (previous?.kind === 'word' && nameParticles.has(previous.lower) && upperFirst.test(tokens[before - 1]?.value ?? '')) return true
  // `the village of Torske`
  if (previous?.lower === 'of' && placeNouns.has(tokens[before - 1]?.lower ?? '')) return true
  const next = tokens[index + 1]
  return next?.kind === 'word' && placeNouns.has(next.lower)
}
