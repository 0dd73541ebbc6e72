import {spaceSeparated} from './regex-parts.js'
import {sortUnique} from './sorted.js'
import {itemAt} from './tokens.js'
import type {Token} from './types.js'
import {frequencyOf} from './word-frequency.js'

/**
 * A gazetteer: names of the world (newspapers, parties, institutions…) in
 * the forms a text may spell them, found in one pass over a sentence’s
 * tokens (a token trie, keyed on lower case), each match accepted only where
 * it reads as a name. A rendering such as `The World` is a name in
 * `the daily The World`, `The World reported` or `“The World”`, and plain
 * English in `the world is watching`.
 *
 * What shows a match is used as a name:
 * - a cue of its kind right before or after it (`newspaper`, `daily`,
 *   `party`), a quotation mark between them allowed (`the daily “The Echoes”`);
 * - a press verb after it (`reported`, `wrote`) or an attribution before it
 *   (`told`, `according to`, `quoted by`, an article between them allowed),
 *   from the context given to `compileGazetteer`;
 * - quotation marks (or brackets) on both sides;
 * - a credit line after it (`The World with AFP`), whatever its case;
 * - it directly follows another match, after `and`, `or` or a comma
 *   (`the newspapers The Telegram and West France`): the cue is shared;
 * - its words capitalised as a name’s (short words such as `of` and `the`
 *   aside), not merely because it starts the sentence.
 * How much of this a name needs is its `needs`.
 */
export interface GazetteerName<Entry> {
  entry: Entry
  /** The form to find, words separated by spaces (`West France`). */
  rendering: string
  /** Words that name the kind of thing it is (`newspaper`, `daily`): a cue before or after the name. */
  cues: ReadonlySet<string>
  /**
   * - `capitals`: a distinctive rendering (`Stand Up France`): capitals, a cue,
   *   context or quotation marks are each enough;
   * - `context`: ordinary English (`The World`): capitals with a cue, context
   *   or quotation marks, or quotation marks with a cue or context;
   * - `cue`: also the title of an English-language publication (`The Mirror`
   *   for *Der Spiegel*): only a cue of its kind before it (`the weekly The Mirror`).
   */
  needs: 'capitals' | 'context' | 'cue'
}

/** English words around a name that show it is one: shared by every entry. */
export interface GazetteerContext {
  /** Word sequences right after a name, lower case (`reported`, `with AFP`). */
  after: readonly string[]
  /** Word sequences right after a name that make it one whatever its case: a credit line (`with AFP`). */
  credits: readonly string[]
  /** Word sequences right before a name, lower case (`told`, `according to`, `quoted by`). */
  before: readonly string[]
  /**
   * Cue words that are also adjectives (`daily`, `weekly`): after one, a name
   * in lower case is no name (`his daily work` is not *Trud*).
   */
  modifiers: ReadonlySet<string>
  /** Short words that a name leaves in lower case (`of`, `the`, `and`). */
  minor: ReadonlySet<string>
}

export interface GazetteerMatch<Entry> {
  entry: Entry
  /** Entries of other languages with the same rendering (`The Time`: *Le Temps*, *Die Zeit*). */
  others: Entry[]
  rendering: string
  /** Document offsets of the match. */
  start: number
  end: number
}

export interface Gazetteer<Entry> {
  /**
   * The names in a sentence, in order. `at`, when given, lists (in order)
   * every position whose token is one of `words()` (or only those where
   * `mayShowAt` holds): the caller has looked the tokens up already, for
   * this gazetteer and others.
   */
  match(tokens: readonly Token[], at?: readonly number[]): Generator<GazetteerMatch<Entry>>
  /**
   * Hands `found` the names in a sentence, in order, as `match` gives them (no generator per sentence).
   * `anchorsAt`, when given with `at`, what `anchorsOf` gave for each of its tokens, in the same order (no second lookup).
   */
  each(tokens: readonly Token[], found: (match: GazetteerMatch<Entry>) => void, at?: readonly number[], anchorsAt?: readonly NameAnchors[]): void
  /** The lower-case words a sentence is looked up at: each name’s anchor (see `Anchor`). */
  words(): Iterable<string>
  /** What one of `words()` anchors, for `mayShowAt`. */
  anchorsOf(word: string): NameAnchors | undefined
  /**
   * Whether a name anchored by `anchors` (the lower case of the token at
   * `index`) may read as one there: the first check `each` makes (its case,
   * a cue before it), cheap enough for a caller to make at each anchor before
   * it lists the positions (`at`) to look at. Most anchors fail it.
   */
  mayShowAt(anchors: NameAnchors, tokens: readonly Token[], index: number): boolean
}

/** The names a word anchors (see `Gazetteer.anchorsOf`). */
export type NameAnchors = readonly Anchor[]

interface Node<Entry> {
  next: Map<string, Node<Entry>>
  names: Array<GazetteerName<Entry> & {length: number}>
}

// Brackets count as quotation marks: `Tarcisio de Freitas (Republicans)` names a party.
const quotes = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'", '‹', '›', '(', ')'])
const joiners = new Set(['and', 'or', ',', '&'])

/** The names in a token trie, keyed on their words in lower case, with either apostrophe (a token is looked up as it is). */
function trieOf<Entry>(names: ReadonlyArray<GazetteerName<Entry>>): Node<Entry> {
  const root: Node<Entry> = {next: new Map(), names: []}
  for (const name of names) {
    const words = wordsOf(name)
    let at = root
    for (const word of words) {
      const spellings = [word.replaceAll('’', "'"), word.replaceAll("'", '’')]
      const child = at.next.get(spellings[0]!) ?? {next: new Map(), names: []}
      for (const spelling of spellings) at.next.set(spelling, child)
      at = child
    }
    at.names.push({...name, length: words.length})
  }
  return root
}

/** A name's words in lower case. */
const wordsOf = (name: GazetteerName<unknown>): string[] => spaceSeparated(name.rendering.toLowerCase())

/**
 * Where a name is looked for: at its rarest word that is not a minor one
 * (`World` in `The World`), `offset` words into it. A sentence is looked up
 * once, one lookup per token, and the trie is walked from the start of a
 * name only where its anchor stands and the words around it leave it a
 * chance (`shown`): `this` starts no walk, nor does `time` in lower case.
 */
export interface Anchor {
  offset: number
  length: number
  /**
   * What a name needs around its anchor, at the least: `case`, the anchor
   * capitalised (or caseless), quotation marks around the name, or a credit
   * line after it (the `context` names, whose anchor is a word they
   * capitalise); `cue`, a cue or a joiner before it; none for the others.
   */
  shown?: 'case' | 'cue'
  cues: ReadonlySet<string>
}

function anchorsOf<Entry>(names: ReadonlyArray<GazetteerName<Entry>>, minor: ReadonlySet<string>): Map<string, Anchor[]> {
  const anchors = new Map<string, Anchor[]>()
  for (const name of names) {
    const words = wordsOf(name)
    let offset = 0
    let rarest = Infinity
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!
      if (minor.has(word)) continue
      const frequency = frequencyOf([word])
      if (frequency < rarest) {
        offset = index
        rarest = frequency
      }
    }
    // A name of minor words only is looked for at its first word, whatever its case.
    const shown = name.needs === 'cue' ? 'cue' : name.needs === 'context' && rarest !== Infinity ? 'case' : undefined
    const word = words[offset]!
    const anchor: Anchor = {offset, length: words.length, shown, cues: name.cues}
    if (!word.includes("'") && !word.includes('’')) addAnchor(anchors, word, anchor)
    else for (const spelling of new Set([word.replaceAll('’', "'"), word.replaceAll("'", '’')])) addAnchor(anchors, spelling, anchor)
  }
  return anchors
}

/**
 * The anchors of a list of names as a build writes them (`serializeAnchors`):
 * each distinct set of cues once (`cues`), and each anchor word with its
 * anchors as `[offset, length, shown, cues]`, `shown` 0 for none and `cues`
 * the index of its set in `cues`. They are read without the names: a word's
 * anchors are made at its first lookup (a sentence asks for a few of
 * thousands), and the names only once a sentence holds an anchor that may
 * show one.
 */
export interface BuiltNameAnchors {
  cues: string[][]
  words: Record<string, Array<[offset: number, length: number, shown: Anchor['shown'] | 0, cues: number]>>
}

/** The anchors `compileGazetteer` would make of `names`, to be handed back to it as `built` (computed when a package is built). */
export function serializeAnchors<Entry>(names: Iterable<GazetteerName<Entry>>, around: GazetteerContext): BuiltNameAnchors {
  const cuesAt = new Map<ReadonlySet<string>, number>()
  const cues: string[][] = []
  const cuesOf = (set: ReadonlySet<string>): number => {
    let index = cuesAt.get(set)
    if (index === undefined) {
      cuesAt.set(set, (index = cues.length))
      cues.push([...set])
    }
    return index
  }
  // (`Object.fromEntries` defines each word as the object's own, `__proto__` too.)
  const words = Object.fromEntries(
    [...anchorsOf([...names], around.minor)].map(([word, list]) => [
      word,
      list.map((anchor) => [anchor.offset, anchor.length, anchor.shown ?? 0, cuesOf(anchor.cues)])
    ])
  ) as BuiltNameAnchors['words']
  return {cues, words}
}

/** Adds `anchor` to the anchors of `spelling`, unless one alike is there. */
function addAnchor(anchors: Map<string, Anchor[]>, spelling: string, anchor: Anchor): void {
  const list = anchors.get(spelling)
  if (!list) anchors.set(spelling, [anchor])
  else if (
    !list.some((other) => other.offset === anchor.offset && other.length === anchor.length && other.shown === anchor.shown && other.cues === anchor.cues)
  )
    list.push(anchor)
}

/**
 * Word sequences keyed on their first word, lower case (`according` →
 * `[according, to]`): whether one stands at a place is one lookup.
 */
type Sequences = Map<string, ReadonlyArray<readonly string[]>>

function sequencesOf(list: readonly string[], reversed = false): Sequences {
  const sequences = new Map<string, Array<readonly string[]>>()
  for (const sequence of list) {
    const words = sequence.toLowerCase().split(' ')
    if (reversed) words.reverse()
    const listed = sequences.get(words[0]!)
    if (listed) listed.push(words)
    else sequences.set(words[0]!, [words])
  }
  return sequences
}

/** Whether one of `sequences` stands from `index` on (`step` 1), or back from it (`step` -1). */
function standsAt(sequences: Sequences, tokens: readonly Token[], index: number, step: 1 | -1): boolean {
  const first = tokens[index]
  const listed = first && sequences.get(first.lower)
  return listed !== undefined && listed.some((sequence) => sequence.every((word, offset) => tokens[index + offset * step]?.lower === word))
}

/**
 * `built`: what `serializeAnchors` made of these very names and context (at
 * build time), read instead of finding every name's rarest word. `names`
 * may be a function that lists them: it is called when they are first
 * needed (with `built`, at the first sentence that may show a name).
 */
export function compileGazetteer<Entry>(
  names: Iterable<GazetteerName<Entry>> | (() => Iterable<GazetteerName<Entry>>),
  around: GazetteerContext,
  built?: BuiltNameAnchors
): Gazetteer<Entry> {
  // The trie is built at the first match, not when the rule list is imported.
  let root: Node<Entry> | undefined
  let listed: Array<GazetteerName<Entry>> | undefined
  const listedNames = (): Array<GazetteerName<Entry>> => (listed ??= [...(typeof names === 'function' ? names() : names)])
  const before = sequencesOf(around.before, true)
  const after = sequencesOf(around.after)
  const credits = sequencesOf(around.credits)

  function readsAsName(name: GazetteerName<Entry> & {length: number}, tokens: readonly Token[], from: number, first: number, previous: number): boolean {
    const to = from + name.length - 1
    const open = itemAt(tokens, from - 1)
    const close = tokens[to + 1]
    const openQuote = open !== undefined && quotes.has(open.value)
    const closeQuote = close !== undefined && quotes.has(close.value)
    // Skip one quotation mark on either side to reach the words around the name.
    const beforeIndex = openQuote ? from - 2 : from - 1
    const afterIndex = closeQuote ? to + 2 : to + 1
    const wordBefore = itemAt(tokens, beforeIndex)
    const wordAfter = tokens[afterIndex]
    // A capitalised word on either side makes the match part of a longer name (`World Service`, `BBC World`).
    if ((!closeQuote && longerName(wordAfter, afterIndex, name.cues, first)) || (!openQuote && longerName(wordBefore, beforeIndex, name.cues, first))) {
      return false
    }
    const joined = previous >= 0 && previous === from - 2 && joiners.has(tokens[from - 1]!.lower)
    const quoted = openQuote && closeQuote
    const capitals = capitalised(tokens, from, to, first)
    const cueBefore = joined || (wordBefore !== undefined && name.cues.has(wordBefore.lower) && (capitals || quoted || !around.modifiers.has(wordBefore.lower)))
    // `the Mirror newspaper` is the English tabloid: a `cue` name needs its cue before it.
    if (name.needs === 'cue') return cueBefore
    if (standsAt(credits, tokens, afterIndex, 1)) return true
    // Context is looked for only where it decides: most matches are ordinary words in lower case.
    if (name.needs === 'capitals' ? capitals || quoted : !capitals && !quoted) return name.needs === 'capitals'
    const cue = cueBefore || (wordAfter !== undefined && name.cues.has(wordAfter.lower))
    // An attribution may end in an article: `told the “Time”`.
    const attributionEnd = wordBefore?.lower === 'the' ? beforeIndex - 1 : beforeIndex
    const context = cue || standsAt(after, tokens, afterIndex, 1) || standsAt(before, tokens, attributionEnd, -1)
    if (name.needs === 'capitals') return context
    return (capitals && (quoted || context)) || (quoted && context)
  }

  function longerName(token: Token | undefined, position: number, cues: ReadonlySet<string>, first: number): boolean {
    if (!token || token.kind !== 'word' || position === first || around.minor.has(token.lower)) return false
    return token.value.charAt(0) !== token.lower.charAt(0) && !cues.has(token.lower)
  }

  function capitalised(tokens: readonly Token[], from: number, to: number, first: number): boolean {
    let shown = false
    for (let position = from; position <= to; position++) {
      const token = tokens[position]!
      if (token.kind !== 'word' || around.minor.has(token.lower)) continue
      const initial = token.value.charAt(0)
      // A word that starts with a digit has no case to show.
      if (initial === token.lower.charAt(0)) {
        if (initial !== initial.toUpperCase()) return false
        continue
      }
      if (position !== first) shown = true
    }
    return shown
  }

  // The credit lines' first words (`with`): a name in lower case may stand before one.
  const creditStarts = new Set(credits.keys())
  // Every word's anchors, found in the names; or, read from `built`, the words' looked up so far.
  let anchors: Map<string, Anchor[]> | undefined
  const cueSets: Array<ReadonlySet<string> | undefined> = []
  const anchorsAt = (word: string): Anchor[] | undefined => {
    if (built === undefined) return (anchors ??= anchorsOf(listedNames(), around.minor)).get(word)
    const made = (anchors ??= new Map()).get(word)
    if (made !== undefined || !Object.hasOwn(built.words, word)) return made
    const list = built.words[word]!.map(([offset, length, shown, cues]) => ({
      offset,
      length,
      shown: shown === 0 ? undefined : shown,
      cues: (cueSets[cues] ??= new Set(built.cues[cues]))
    }))
    anchors.set(word, list)
    return list
  }
  // The places a name may start at in the sentence being read, kept between sentences.
  const starts: number[] = []

  /** Whether a name anchored at `index` by `anchor` may read as a name (`readsAsName` needs this much at the least). */
  function mayShow(anchor: Anchor, tokens: readonly Token[], index: number): boolean {
    if (anchor.shown === undefined) return true
    const from = index - anchor.offset
    const before = itemAt(tokens, from - 1)
    if (anchor.shown === 'cue') {
      if (before === undefined) return false
      const cue = quotes.has(before.value) ? itemAt(tokens, from - 2) : before
      return joiners.has(before.lower) || (cue !== undefined && anchor.cues.has(cue.lower))
    }
    const token = tokens[index]!
    const initial = token.value.charAt(0)
    if (token.kind !== 'word' || initial !== token.lower.charAt(0) || initial === initial.toUpperCase()) return true
    const close = tokens[from + anchor.length]
    if (close === undefined) return false
    if (quotes.has(close.value)) return (before !== undefined && quotes.has(before.value)) || creditStarts.has(tokens[from + anchor.length + 1]?.lower ?? '')
    return creditStarts.has(close.lower)
  }

  const each: Gazetteer<Entry>['each'] = (tokens, onMatch, at, anchorsGiven) => {
    root ??= trieOf(listedNames())
    if (starts.length > 0) starts.length = 0
    let unordered = false
    const count = at ? at.length : tokens.length
    for (let step = 0; step < count; step++) {
      const index = at ? at[step]! : step
      const list = at && anchorsGiven ? anchorsGiven[step] : anchorsAt(tokens[index]!.lower)
      if (list === undefined) continue
      for (const anchor of list) {
        if (anchor.offset > index || !mayShow(anchor, tokens, index)) continue
        const start = index - anchor.offset
        const last = starts.length > 0 ? starts[starts.length - 1]! : -1
        if (start === last) continue
        if (start < last) unordered = true
        starts.push(start)
      }
    }
    if (starts.length === 0) return
    if (unordered) sortUnique(starts)
    let firstWord: number | undefined
    // Every name the tokens from a place spell (made at the first place that spells one: most sentences have none).
    let found: Array<GazetteerName<Entry> & {length: number}> | undefined
    let previousEnd = -1
    // Where the next name may start: names do not overlap.
    let next = 0
    for (const index of starts) {
      if (index < next) continue
      let node = root.next.get(tokens[index]!.lower)
      if (!node) continue
      if (found && found.length > 0) found.length = 0
      let position = index + 1
      while (node) {
        if (node.names.length > 0) (found ??= []).push(...node.names)
        const token = tokens[position++]
        node = token ? node.next.get(token.lower) : undefined
      }
      if (!found || found.length === 0) continue
      // Longest first; among names of one length, the first listed.
      if (found.length > 1) found.sort((a, b) => b.length - a.length)
      firstWord ??= tokens.findIndex((token) => token.kind === 'word')
      const accepted = found.find((name) => readsAsName(name, tokens, index, firstWord!, previousEnd))
      if (!accepted) continue
      const last = index + accepted.length - 1
      const others = found.filter((name) => name !== accepted && name.length === accepted.length && name.entry !== accepted.entry).map((name) => name.entry)
      onMatch({entry: accepted.entry, others: [...new Set(others)], rendering: accepted.rendering, start: tokens[index]!.start, end: tokens[last]!.end})
      previousEnd = last
      next = last + 1
    }
  }

  return {
    *match(tokens, at) {
      const matches: Array<GazetteerMatch<Entry>> = []
      each(tokens, (match) => matches.push(match), at)
      yield* matches
    },
    each,
    words() {
      return built === undefined ? (anchors ??= anchorsOf(listedNames(), around.minor)).keys() : Object.keys(built.words)
    },
    anchorsOf: anchorsAt,
    mayShowAt(list, tokens, index) {
      for (let step = 0; step < list.length; step++) if (list[step]!.offset <= index && mayShow(list[step]!, tokens, index)) return true
      return false
    }
  }
}
