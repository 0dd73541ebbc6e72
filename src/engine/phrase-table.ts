import type {Token} from './types.js'
import {frequencyOf} from './word-frequency.js'

/**
 * A phrase table compiled into one token trie: a single pass over a
 * sentence’s tokens finds every phrase of every entry (one multi-pattern
 * match, not one regex per phrase).
 *
 * Phrase syntax, one token per space-separated item:
 * - `a|b|c`: alternatives for one token (inflections are listed), one word
 *   each: `by car|by bike` is refused (two phrases, or `by car|bike`);
 * - a token written in lower case matches case-insensitively, one with a
 *   capital matches exactly (`the Hexagon` is not `a hexagon`);
 * - `*`: any one word, captured for `$1`, `$2`… in replacements;
 * - `(a|b|c)`: one of these words (case-insensitive), captured like `*`
 *   (`head of (Italian|Spanish) diplomacy` → `$1 foreign minister`);
 * - `!a|b|c`: any one token but these (case-insensitive), or the end of the
 *   sentence: context that rules out a reading (`[the president of the republic] !of`);
 * - `[` before the first and `]` after the last token of the reported span,
 *   when the phrase needs context around it (`he [testifies]`);
 * - punctuation marks are tokens too (`” , he [testifies]`).
 */
export interface PhraseMatch<Entry> {
  entry: Entry
  /** Document offsets of the reported span. */
  start: number
  end: number
  /** Words matched by `*`, in order. */
  captures: string[]
  /** Whether the reported span starts the sentence (only punctuation before it). */
  sentenceStart: boolean
}

export interface PhraseTable<Entry> {
  match(tokens: readonly Token[]): Iterable<PhraseMatch<Entry>>
}

/** Several phrase tables looked up together: a sentence’s tokens are read once for all of them. */
export interface PhraseTables<Entry> {
  /**
   * Hands each table’s matches to `found`, table by table, each table’s in
   * order (tables may overlap one another, never themselves). `at`, when
   * given, lists (in order) every position whose token is one of `words()`
   * (or only those where `mayStartAt` holds): the caller has looked the
   * tokens up already, for this table and others.
   */
  match(tokens: readonly Token[], found: (table: number, match: PhraseMatch<Entry>) => void, at?: readonly number[]): void
  /** The lower-case tokens at which a phrase is looked for; none when some phrase may start anywhere. */
  words(): Iterable<string> | undefined
  /** The places one of `words()` anchors phrases at, for `mayStartAt`. */
  placesOf(word: string): AnchorPlaces | undefined
  /**
   * Whether a phrase may start around `index`, whose token's lower case
   * anchors `places`: the first check `match` makes there (the anchor's
   * neighbour), cheap enough for a caller to make at each anchor before it
   * lists the positions (`at`) to match at. Most anchors fail it.
   */
  mayStartAt(places: AnchorPlaces, tokens: readonly Token[], index: number): boolean
}

/** The places a word anchors phrases at (see `PhraseTables.placesOf`). */
export type AnchorPlaces = readonly Place[]

interface Ending<Entry> {
  entry: Entry
  /** Token indices of the reported span within the phrase. */
  from: number
  to: number
  length: number
}

interface TrieNode<Entry> {
  exact: Map<string, TrieNode<Entry>>
  folded: Map<string, TrieNode<Entry>>
  any?: TrieNode<Entry>
  /** `(a|b)` edges: listed words (lower case), captured like `*`. */
  captured: Map<string, TrieNode<Entry>>
  /** `!a|b` edges: any token whose folded value is not in the set. */
  not: Array<{except: Set<string>; next: TrieNode<Entry>}>
  endings: Ending<Entry>[]
  /** The rest of the phrases that go through this node, in the order listed, until the node is first read (`grown`). */
  pending?: Array<Pending<Entry>>
}

/** One item of a phrase, read and checked when the table is compiled. */
type Item =
  | {kind: 'any'}
  | {kind: 'captured'; keys: string[]; frequency: number}
  | {kind: 'not'; except: string[]}
  | {kind: 'words'; alternatives: Array<{caseless: boolean; keys: string[]}>; lower: string[]; frequency: number}

/** What is left of a phrase below a node: its items from `next` on. */
interface Pending<Entry> {
  items: readonly Item[]
  next: number
  ending: Ending<Entry>
  /** The item the phrase is looked for at (see `Anchors`), -1 for none. */
  anchor: number
}

/**
 * Compiles phrases; throws on a malformed phrase or a phrase listed twice,
 * naming it. Every phrase is read and checked here, but the trie grows a
 * node at a time, when a match first reaches it (`grown`): a run meets few
 * of the words the phrases start with, and phrases of several alternatives
 * per word branch into many nodes (a one-line file took ~70 ms to build the
 * calque table whole at import; it now builds the handful of nodes its words reach).
 */
export function compilePhraseTable<Entry>(
  entries: readonly Entry[],
  phrasesOf: (entry: Entry) => readonly string[],
  /** How an error names the entry of a bad phrase (`French \`chef de la diplomatie\``). */
  nameOf?: (entry: Entry) => string
): PhraseTable<Entry> {
  const tables = compilePhraseTables([entries], phrasesOf, nameOf)
  return {
    match(tokens) {
      let found: Array<PhraseMatch<Entry>> | undefined
      tables.match(tokens, (_, match) => (found ??= []).push(match))
      return found ?? noMatches
    }
  }
}

/**
 * Compiles several tables (a phrase may be listed in two of them, not
 * twice in one), whose anchors share one index: a sentence’s tokens are
 * looked up once for all of them.
 */
export function compilePhraseTables<Entry>(
  tables: ReadonlyArray<readonly Entry[]>,
  phrasesOf: (entry: Entry) => readonly string[],
  nameOf?: (entry: Entry) => string
): PhraseTables<Entry> {
  const phrases = tables.map((entries) => {
    const seen = new Set<string>()
    const pending: Array<Pending<Entry>> = []
    for (const entry of entries) {
      const of = nameOf ? ' (entry ' + nameOf(entry) + ')' : ''
      for (const phrase of phrasesOf(entry)) {
        const raw = phrase.trim().split(/\s+/)
        const key = raw.join(' ')
        if (seen.has(key)) throw new Error('Phrase listed twice: `' + phrase + '`' + of)
        seen.add(key)
        pending.push(read(entry, phrase, raw, of))
      }
    }
    return pending
  })
  const roots = phrases.map((pending) => ({...node<Entry>(), pending}))
  // Where each phrase is looked for, read from every phrase at the first match.
  let anchors: Anchors | undefined
  // The starts of each table in the sentence being read, kept between sentences.
  const starts: number[][] = tables.map(() => [])

  function matches(table: number, tokens: readonly Token[], firstWord: number, found: (table: number, match: PhraseMatch<Entry>) => void): void {
    // Past a match, the next one starts after it: matches do not overlap.
    let next = 0
    for (const index of starts[table]!) {
      if (index < next) continue
      const best = longestAt(roots[table]!, tokens, index)
      if (!best) continue
      const {ending, captures} = best
      const first = index + ending.from
      found(table, {
        entry: ending.entry,
        start: tokens[first]!.start,
        end: tokens[index + ending.to]!.end,
        captures,
        sentenceStart: firstWord === -1 || first <= firstWord
      })
      next = index + ending.length
    }
  }

  return {
    match(tokens, found, at) {
      anchors ??= anchorsOf(phrases)
      // Most sentences hold no phrase: nothing more is done for them (a short paragraph’s fixed cost).
      if (!startsOf(anchors, tokens, starts, at)) return
      // The first word, found once: scanning the tokens before each match is quadratic in a long sentence.
      const firstWord = tokens.findIndex((token) => token.kind === 'word')
      for (let table = 0; table < starts.length; table++) if (starts[table]!.length > 0) matches(table, tokens, firstWord, found)
    },
    words() {
      anchors ??= anchorsOf(phrases)
      return anchors.everywhere.includes(true) ? undefined : anchors.places.keys()
    },
    placesOf(word) {
      anchors ??= anchorsOf(phrases)
      return anchors.places.get(word)
    },
    mayStartAt(places, tokens, index) {
      for (let step = 0; step < places.length; step++) if (startsThere(places[step]!, tokens, index)) return true
      return false
    }
  }
}

/**
 * Each phrase is looked for at one of its words, its anchor: the one least
 * likely to stand in a sentence (`frequencyOf`: not `the`, `of` or a comma,
 * nor a list of many words), with the rarer of the words next to it in the
 * phrase, if one is a word. A sentence is read
 * once, one lookup per token (two at an anchor), and the trie is walked only
 * from where an anchor and its neighbour put the start of a phrase, whatever
 * the number of phrases: a phrase that opens with `the`, `*` or `!…` costs
 * no walk at every `the` or every word.
 */
interface Anchors {
  /** The lower case of an anchor, to its places in the phrases it anchors. */
  places: Map<string, Place[]>
  /** Per table: some phrase has no word to anchor it (only `*` and `!…`): it may start anywhere. */
  everywhere: boolean[]
}

export interface Place {
  /** The table of the phrases it anchors. */
  table: number
  /** Where the anchor stands in the phrase, in tokens from its start. */
  offset: number
  /** The neighbour checked: the token after the anchor (1) or before it (-1), in lower case one of `near`; none when 0. */
  side: -1 | 0 | 1
  near: Set<string>
  /** Whether `near` is also another place's. */
  shared: boolean
  /** The spellings the anchor must have, when every phrase anchored there writes it with a capital (`Or`: not every `or`). */
  exact?: Set<string>
}

function anchorsOf<Entry>(tables: ReadonlyArray<ReadonlyArray<Pending<Entry>>>): Anchors {
  const anchors: Anchors = {places: new Map(), everywhere: tables.map(() => false)}
  tables.forEach((phrases, table) => {
    for (const {items, anchor} of phrases) {
      if (anchor === -1) {
        anchors.everywhere[table] = true
        continue
      }
      const after = items[anchor + 1] && lowerKeys(items[anchor + 1]!)
      const before = items[anchor - 1] && lowerKeys(items[anchor - 1]!)
      // The rarer neighbour is checked: it rules out more places.
      const side = after && (!before || frequencyOfItem(items[anchor + 1]!) <= frequencyOfItem(items[anchor - 1]!)) ? 1 : before ? -1 : 0
      // One set for every spelling of the anchor, copied only when another phrase adds to it.
      const near = new Set(side === 1 ? after : before)
      for (const key of lowerKeys(items[anchor]!)!) {
        const places = anchors.places.get(key)
        const place = places?.find((place) => place.table === table && place.offset === anchor && (place.side === side || place.side === 0))
        const exact = exactSpellings(items[anchor]!, key)
        if (!place) {
          const made: Place = {table, offset: anchor, side, near, shared: true, exact}
          if (places) places.push(made)
          else anchors.places.set(key, [made])
          continue
        }
        if (!exact) place.exact = undefined
        else if (place.exact) for (const spelling of exact) place.exact.add(spelling)
        if (side === 0) {
          place.side = 0
        } else if (place.side !== 0) {
          if (place.shared) [place.near, place.shared] = [new Set(place.near), false]
          for (const word of near) place.near.add(word)
        }
      }
    }
  })
  return anchors
}

/** The spellings of `key` an item matches when it matches it with a capital only, else nothing. */
function exactSpellings(item: Item, key: string): Set<string> | undefined {
  if (item.kind !== 'words') return undefined
  const exact = new Set<string>()
  for (const {caseless, keys} of item.alternatives) {
    for (const spelling of keys) {
      if (spelling.toLowerCase() !== key) continue
      if (caseless) return undefined
      exact.add(spelling)
    }
  }
  return exact
}

/**
 * Fills `starts`, per table, with the positions of `tokens` where a phrase
 * may start, in order: where an anchor and its neighbour stand. Whether any
 * table has one.
 */
function startsOf(anchors: Anchors, tokens: readonly Token[], starts: number[][], at: readonly number[] | undefined): boolean {
  let any = false
  for (let table = 0; table < starts.length; table++) {
    const list = starts[table]!
    // (Truncating an array is a call into the runtime: not for an empty one.)
    if (list.length > 0) list.length = 0
    if (anchors.everywhere[table]) {
      for (let index = 0; index < tokens.length; index++) list.push(index)
      any ||= tokens.length > 0
    }
  }
  const count = at ? at.length : tokens.length
  for (let step = 0; step < count; step++) {
    const index = at ? at[step]! : step
    const places = anchors.places.get(tokens[index]!.lower)
    if (places === undefined) continue
    for (const place of places) {
      if (anchors.everywhere[place.table] || !startsThere(place, tokens, index)) continue
      starts[place.table]!.push(index - place.offset)
      any = true
    }
  }
  if (!any) return false
  for (const list of starts) {
    if (list.length < 2) continue
    // Anchors at different places find starts out of order, and one start twice.
    list.sort((a, b) => a - b)
    let kept = 1
    for (let at = 1; at < list.length; at++) if (list[at] !== list[kept - 1]) list[kept++] = list[at]!
    list.length = kept
  }
  return true
}

/** Whether the phrases anchored at `place` may start where the anchor stands at `index`: room before it, its spelling, its neighbour. */
function startsThere(place: Place, tokens: readonly Token[], index: number): boolean {
  if (place.offset > index) return false
  if (place.exact && !place.exact.has(tokens[index]!.value)) return false
  if (place.side === 0) return true
  const neighbour = tokens[index + place.side]
  return neighbour !== undefined && place.near.has(neighbour.lower)
}

function frequencyOfItem(item: Item): number {
  return item.kind === 'captured' || item.kind === 'words' ? item.frequency : Infinity
}

/** The lower-case tokens an item matches, or nothing for `*` and `!…` (any token). */
function lowerKeys(item: Item): string[] | undefined {
  if (item.kind === 'captured') return item.keys
  if (item.kind === 'words') return item.lower
  return undefined
}

const noMatches: Iterable<never> = Object.freeze([])

function node<Entry>(): TrieNode<Entry> {
  return {exact: new Map(), folded: new Map(), captured: new Map(), not: [], endings: []}
}

/**
 * Reads and checks one phrase (`raw`: its tokens) into its items, the span
 * it reports and its anchor, in one pass over its tokens (every phrase is
 * read at every start of a process: no closure or regex per token).
 */
function read<Entry>(entry: Entry, phrase: string, raw: readonly string[], of: string): Pending<Entry> {
  const malformed = (why: string) => new Error('Malformed phrase (' + why + '): `' + phrase + '`' + of)
  let from: number | undefined
  let to: number | undefined
  const tokens: string[] = []
  for (let index = 0; index < raw.length; index++) {
    let token = raw[index]!
    if (token.startsWith('[') && token.length > 1) {
      from = index
      token = token.slice(1)
    }
    if (token.endsWith(']') && token.length > 1) {
      to = index
      token = token.slice(0, -1)
    }
    tokens.push(token)
  }
  const bracketed = from !== undefined || to !== undefined
  if (bracketed && (from === undefined || to === undefined || from > to)) throw malformed(bracketsMessage)
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    // A `!…` token may stand for the end of the sentence, so it must lie outside the reported span.
    const negatedInSpan = token.startsWith('!') && (!bracketed || (index >= from! && index <= to!))
    if (negatedInSpan || token === '' || token.includes('[') || token.includes(']')) throw malformed(bracketsMessage)
  }

  const items: Item[] = []
  let anchor = -1
  let rarest = Infinity
  // A word listed for a plain token may not hold a bracket (half a `(…)` cut by a space); a bracket alone is a mark.
  let severalWords = false
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    let item: Item
    let frequency = Infinity
    if (token === '*') {
      item = {kind: 'any'}
    } else if (token.length > 2 && token.startsWith('(') && token.endsWith(')')) {
      const alternatives = token.slice(1, -1).split('|')
      if (alternatives.includes('')) throw malformed('empty alternative')
      const keys: string[] = []
      for (const alternative of alternatives) keys.push(...apostrophes(alternative.toLowerCase()))
      frequency = frequencyOf(alternatives)
      item = {kind: 'captured', keys, frequency}
    } else if (token.startsWith('!')) {
      const alternatives = token.slice(1).split('|')
      if (alternatives.includes('')) throw malformed('empty alternative')
      const except: string[] = []
      for (const alternative of alternatives) except.push(...apostrophes(alternative.toLowerCase()))
      item = {kind: 'not', except}
    } else {
      const words = token.split('|')
      if (words.includes('')) throw malformed('empty alternative')
      const alternatives: Array<{caseless: boolean; keys: string[]}> = []
      const lower: string[] = []
      for (const word of words) {
        if (word.length > 1 && (word.includes('(') || word.includes(')'))) severalWords = true
        const keys = apostrophes(word)
        alternatives.push({caseless: word === word.toLowerCase(), keys})
        for (const key of keys) lower.push(key.toLowerCase())
      }
      frequency = frequencyOf(words)
      item = {kind: 'words', alternatives, lower, frequency}
    }
    if (index > 0 && sharesAWord(items[index - 1]!, item)) severalWords = true
    if (frequency < rarest) [anchor, rarest] = [index, frequency]
    items.push(item)
  }
  if (severalWords) {
    throw malformed('a phrase of several words as one alternative: `|` separates the words of one token, so list each phrase apart')
  }
  return {items, next: 0, ending: {entry, from: from ?? 0, to: to ?? tokens.length - 1, length: tokens.length}, anchor}
}

const bracketsMessage = 'brackets, or a `!…` token inside the reported span'

/**
 * Whether two neighbouring items list one word: `by car|by bike` reads as
 * `by`, then `car` or `by`, then `bike`, and so matches neither phrase
 * (`car|bike` was meant, or two phrases). English seldom doubles a word
 * (`had had`), and a phrase never needs to.
 */
function sharesAWord(before: Item, after: Item): boolean {
  if (before.kind !== 'words' || after.kind !== 'words') return false
  for (const key of after.lower) if (before.lower.includes(key)) return true
  return false
}

/**
 * The node with its edges and endings, grown from the phrases pending on it:
 * each takes its next item, in the order the phrases are listed, as the
 * whole table would have been built (children, made here, hold the rest).
 */
function grown<Entry>(at: TrieNode<Entry>): TrieNode<Entry> {
  const pending = at.pending
  if (!pending) return at
  at.pending = undefined
  for (const phrase of pending) {
    const item = phrase.items[phrase.next]
    if (!item) {
      at.endings.push(phrase.ending)
      continue
    }
    const rest: Pending<Entry> = {items: phrase.items, next: phrase.next + 1, ending: phrase.ending, anchor: phrase.anchor}
    const next: Array<TrieNode<Entry>> = []
    if (item.kind === 'any') {
      at.any ??= node()
      next.push(at.any)
    } else if (item.kind === 'captured') {
      // The capture says which word it was.
      children(at.captured, item.keys, next)
    } else if (item.kind === 'not') {
      const edge = {except: new Set(item.except), next: node<Entry>()}
      at.not.push(edge)
      next.push(edge.next)
    } else {
      // One child for every spelling of the token's apostrophes, so that tokens are looked up as they are.
      for (const {caseless, keys} of item.alternatives) children(caseless ? at.folded : at.exact, keys, next)
    }
    for (const below of next) (below.pending ??= []).push(rest)
  }
  return at
}

/**
 * Adds to `next` the child each of `keys` leads to in `map`, made where none
 * does yet. Each key has its own child: one child shared by several keys
 * would hand each of them the phrases listed after under another
 * (`(x|z) b` then `x c` would match `z c`).
 */
function children<Entry>(map: Map<string, TrieNode<Entry>>, keys: readonly string[], next: Array<TrieNode<Entry>>): void {
  for (const key of keys) {
    let found = map.get(key)
    if (!found) map.set(key, (found = node()))
    if (!next.includes(found)) next.push(found)
  }
}

/** The longest phrase starting at `index`; ties go to the first one found, deterministically. */
function longestAt<Entry>(root: TrieNode<Entry>, tokens: readonly Token[], index: number): Best<Entry> | undefined {
  const search: Search<Entry> = {tokens, captures: [], best: undefined}
  walk(search, root, index)
  return search.best
}

interface Best<Entry> {
  ending: Ending<Entry>
  captures: string[]
}

interface Search<Entry> {
  tokens: readonly Token[]
  /** The words `*` and `(…)` took on the way down, pushed and popped: copied only into a best match. */
  captures: string[]
  best: Best<Entry> | undefined
}

/**
 * Depth-first over the (few) branches a token sequence can take, the last
 * kind of edge first (wildcard, capture, folded, exact, then `!…` edges from
 * the last): the order decides which of two phrases of one length wins.
 */
function walk<Entry>(search: Search<Entry>, at: TrieNode<Entry>, position: number): void {
  grown(at)
  for (const ending of at.endings) {
    if (!search.best || ending.length > search.best.ending.length) search.best = {ending, captures: search.captures.slice()}
  }
  const token = search.tokens[position]
  if (!token) {
    // The end of the sentence satisfies a `!…` token.
    for (let edge = at.not.length - 1; edge >= 0; edge--) walk(search, at.not[edge]!.next, position)
    return
  }
  if (at.any && token.kind === 'word') {
    search.captures.push(token.value)
    walk(search, at.any, position + 1)
    search.captures.pop()
  }
  const captured = at.captured.size > 0 ? at.captured.get(token.lower) : undefined
  if (captured) {
    search.captures.push(token.value)
    walk(search, captured, position + 1)
    search.captures.pop()
  }
  const folded = at.folded.get(token.lower)
  if (folded) walk(search, folded, position + 1)
  const exact = at.exact.size > 0 ? at.exact.get(token.value) : undefined
  if (exact) walk(search, exact, position + 1)
  for (let edge = at.not.length - 1; edge >= 0; edge--) {
    if (!at.not[edge]!.except.has(token.lower)) walk(search, at.not[edge]!.next, position + 1)
  }
}

/**
 * Every spelling of `value` with straight or curly apostrophes: they are
 * the same letter here. (Listed at compile time, so that a sentence's
 * tokens are looked up as they are, with no key made per token.)
 */
function apostrophes(value: string): string[] {
  if (!value.includes("'") && !value.includes('’')) return [value]
  const parts = value.split(/['’]/)
  let spellings = [parts[0]!]
  for (const part of parts.slice(1)) spellings = spellings.flatMap((spelling) => [spelling + "'" + part, spelling + '’' + part])
  return spellings
}
