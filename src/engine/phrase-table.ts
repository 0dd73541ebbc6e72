import type {Token} from './types.js'
import {spaceSeparated} from './regex-parts.js'
import {sortUnique} from './sorted.js'
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
   * tokens up already, for this table and others; `placesAt`, when given
   * with it, the places (`placesOf`) of each of those tokens, in the same
   * order (no second lookup of each token).
   */
  match(tokens: readonly Token[], found: (table: number, match: PhraseMatch<Entry>) => void, at?: readonly number[], placesAt?: readonly AnchorPlaces[]): void
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
  /** Where the phrase is listed in its table: of two phrases at one node, the earlier listed is tried first. */
  order: number
}

interface TrieNode<Entry> {
  exact: Map<string, TrieNode<Entry>>
  folded: Map<string, TrieNode<Entry>>
  any?: TrieNode<Entry>
  /** `(a|b)` edges: listed words (lower case), captured like `*`. */
  captured: Map<string, TrieNode<Entry>>
  /** `!a|b` edges: any token whose folded value is not in the set (one per phrase, in the order listed). */
  not: Array<{except: Set<string>; next: TrieNode<Entry>; order: number}>
  /** In the order listed. */
  endings: Ending<Entry>[]
}

/** One item of a phrase, read and checked when the table is compiled. */
type Item =
  | {kind: 'any'}
  | {kind: 'captured'; keys: string[]}
  | {kind: 'not'; except: string[]}
  | {kind: 'words'; alternatives: Array<{caseless: boolean; keys: string[]}>; lower: string[]}

/** A phrase read and checked: its items and the span it reports. */
interface Read<Entry> {
  items: readonly Item[]
  ending: Ending<Entry>
}

/** A phrase as listed, read and added to its table’s trie when a text first holds its anchor (see `Anchors`). */
interface Listed<Entry> {
  entry: Entry
  phrase: string
  table: number
  order: number
  /** Whether it is in the trie (a phrase anchored at several words is listed at each). */
  added: boolean
}

/**
 * Compiles phrases; throws on a malformed phrase or a phrase listed twice,
 * naming it (every phrase is read here: see `compilePhraseTables` for a
 * table that reads a phrase only once a text holds its anchor).
 */
export function compilePhraseTable<Entry>(
  entries: readonly Entry[],
  phrasesOf: (entry: Entry) => readonly string[],
  /** How an error names the entry of a bad phrase (`French \`chef de la diplomatie\``). */
  nameOf?: (entry: Entry) => string
): PhraseTable<Entry> {
  const tables = compileTables([entries], phrasesOf, nameOf, true)
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
 * looked up once for all of them. Nothing is done until the first lookup
 * (a run that lints nothing pays nothing); then each phrase is scanned for
 * its anchor, and read, checked (a malformed phrase throws, naming it) and
 * added to the trie only when a sentence first holds its anchor and the
 * anchor’s neighbour: a one-line text builds the few phrases its words
 * anchor, not the thousands of the table.
 */
export function compilePhraseTables<Entry>(
  tables: ReadonlyArray<readonly Entry[]>,
  phrasesOf: (entry: Entry) => readonly string[],
  nameOf?: (entry: Entry) => string,
  /** What `serializeAnchors` made of these very tables (at build time): read instead of scanning every phrase for its anchor. */
  built?: string
): PhraseTables<Entry> {
  return compileTables(tables, phrasesOf, nameOf, false, built)
}

/**
 * The anchor index of `tables` (where each phrase is looked for, see
 * `Anchors`) as one string, which `compilePhraseTables` reads back (its
 * `built`): made when a package is built, it spares each process the scan of
 * every phrase at its first sentence (thousands of phrases: most of a short
 * text's lint). Throws where that scan does (a phrase listed twice).
 *
 * Its first line is the JSON of `BuiltAnchors`; each anchor word's places
 * follow it, one JSON array after another, where `ends` says: a process
 * parses a word's places when a sentence first holds the word (parsing all
 * of them, some 150 KB of small arrays, cost more than the rest of a first
 * one-line lint of the tables).
 */
export function serializeAnchors<Entry>(
  tables: ReadonlyArray<readonly Entry[]>,
  phrasesOf: (entry: Entry) => readonly string[],
  nameOf?: (entry: Entry) => string
): string {
  const {places, everywhere} = anchorsOf(tables, phrasesOf, nameOf)
  // Places share neighbours' sets: each set written once.
  const nearIndex = new Map<string, number>()
  const near: string[][] = []
  const entries = tables.map((list) => list.flatMap((entry, index) => phrasesOf(entry).map(() => index)))
  const keys: Array<[word: string, index: number]> = []
  const ends: number[] = []
  let body = ''
  for (const [key, list] of places) {
    const written: BuiltPlace[] = list.map((place) => {
      const words = [...place.near]
      const joined = words.join(' ')
      let index = nearIndex.get(joined)
      if (index === undefined) {
        nearIndex.set(joined, (index = near.length))
        near.push(words)
      }
      return [place.table, place.offset, place.side, index, place.exact ? [...place.exact] : null, place.listed.map((listed) => listed.order)]
    })
    body += JSON.stringify(written)
    keys.push([key, keys.length])
    ends.push(body.length)
  }
  // (`Object.fromEntries` defines each word as the object's own, `__proto__` too.)
  const built: BuiltAnchors = {everywhere, near, entries, keys: Object.fromEntries(keys), ends}
  return JSON.stringify(built) + '\n' + body
}

/** A place as `serializeAnchors` writes it: its phrases by their order in its table, its neighbours by their index in `near`. */
type BuiltPlace = [table: number, offset: number, side: -1 | 0 | 1, near: number, exact: string[] | null, listed: number[]]

/** The first line of what `serializeAnchors` writes. */
interface BuiltAnchors {
  everywhere: boolean[]
  near: string[][]
  /** Per table, the index of the entry of each phrase, in the order listed. */
  entries: number[][]
  /** Each anchor word to the order its places are written in (its index in `ends`): an object parsed with the line, not a Map made from it. */
  keys: Record<string, number>
  /** Where each word's places end, in the text after the first line (each starts where the one before ends). */
  ends: number[]
}

/** Built anchors read back, each word's places made when first asked for (`placesIn`): a sentence asks for a few of thousands. */
interface Unmade<Entry> {
  /** Each anchor word's index in `ends`. */
  places: Readonly<Record<string, number>>
  /** The places of every word, as written after the first line. */
  body: string
  ends: readonly number[]
  near: readonly string[][]
  nearSets: Array<Set<string> | undefined>
  entries: readonly number[][]
  /** Per table, the phrases made so far, by order: a phrase anchored at several words is one object at each. */
  listed: Array<Array<Listed<Entry> | undefined>>
  tables: ReadonlyArray<readonly Entry[]>
  phrasesOf: (entry: Entry) => readonly string[]
}

/** The anchors `serializeAnchors` wrote, read back: the places, phrases listed at them and tries `anchorsOf` makes, without scanning a phrase. */
function builtAnchorsOf<Entry>(
  tables: ReadonlyArray<readonly Entry[]>,
  phrasesOf: (entry: Entry) => readonly string[],
  nameOf: ((entry: Entry) => string) | undefined,
  built: string
): Anchors<Entry> {
  const line = built.indexOf('\n')
  const {everywhere, near, entries, keys, ends} = JSON.parse(built.slice(0, line)) as BuiltAnchors
  const unmade: Unmade<Entry> = {places: keys, body: built.slice(line + 1), ends, near, nearSets: [], entries, listed: tables.map(() => []), tables, phrasesOf}
  const anchors: Anchors<Entry> = {places: new Map(), everywhere, roots: tables.map(() => node()), items: new Map(), unmade}
  // A table read at every token has every phrase read (the trie is the same in any order of insertion).
  for (let table = 0; table < tables.length; table++) {
    if (!everywhere[table]) continue
    for (let order = 0; order < entries[table]!.length; order++) {
      const phrase = listedAt(unmade, table, order)
      insert(anchors.roots[table]!, read(phrase, anchors.items, nameOf), 0)
      phrase.added = true
    }
  }
  return anchors
}

/** The places of the anchor `key`, made from the built anchors at the first call. */
function placesIn<Entry>(anchors: Anchors<Entry>, key: string): Array<Place<Entry>> | undefined {
  const made = anchors.places.get(key)
  const {unmade} = anchors
  if (made !== undefined || unmade === undefined) return made
  if (!Object.hasOwn(unmade.places, key)) return undefined
  const at = unmade.places[key]!
  const built = JSON.parse(unmade.body.slice(at === 0 ? 0 : unmade.ends[at - 1], unmade.ends[at])) as BuiltPlace[]
  const places: Array<Place<Entry>> = []
  for (let index = 0; index < built.length; index++) {
    const place = built[index]!
    const table = place[0]
    const exact = place[4]
    const orders = place[5]
    const listed: Array<Listed<Entry>> = []
    for (let step = 0; step < orders.length; step++) listed.push(listedAt(unmade, table, orders[step]!))
    const near = (unmade.nearSets[place[3]] ??= new Set(unmade.near[place[3]]))
    places.push({table, offset: place[1], side: place[2], near, shared: true, exact: exact ? new Set(exact) : undefined, listed})
  }
  anchors.places.set(key, places)
  return places
}

/** The phrase of `table` listed `order`th, made at the first call. */
function listedAt<Entry>(unmade: Unmade<Entry>, table: number, order: number): Listed<Entry> {
  let listed = unmade.listed[table]![order]
  if (listed) return listed
  const entries = unmade.entries[table]!
  const index = entries[order]!
  // Its place among its entry's phrases: the phrases before it of the same entry.
  let first = order
  while (first > 0 && entries[first - 1] === index) first--
  const entry = unmade.tables[table]![index]!
  listed = {entry, phrase: unmade.phrasesOf(entry)[order - first]!, table, order, added: false}
  unmade.listed[table]![order] = listed
  return listed
}

function compileTables<Entry>(
  tables: ReadonlyArray<readonly Entry[]>,
  phrasesOf: (entry: Entry) => readonly string[],
  nameOf: ((entry: Entry) => string) | undefined,
  /** Every phrase read at once (a malformed one throws here). */
  eager: boolean,
  built?: string
): PhraseTables<Entry> {
  // Where each phrase is looked for, with the tries of the phrases read so far.
  let anchors: Anchors<Entry> | undefined
  const indexed = (): Anchors<Entry> =>
    (anchors ??= built === undefined ? anchorsOf(tables, phrasesOf, nameOf) : builtAnchorsOf(tables, phrasesOf, nameOf, built))
  if (eager) for (const places of indexed().places.values()) for (const place of places) readPhrases(indexed(), place, nameOf)
  // The starts of each table in the sentence being read, kept between sentences.
  const starts: number[][] = tables.map(() => [])

  function matches(table: number, tokens: readonly Token[], firstWord: number, found: (table: number, match: PhraseMatch<Entry>) => void): void {
    // Past a match, the next one starts after it: matches do not overlap.
    let next = 0
    for (const index of starts[table]!) {
      if (index < next) continue
      const best = longestAt(anchors!.roots[table]!, tokens, index)
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
    match(tokens, found, at, placesAt) {
      // Most sentences hold no phrase: nothing more is done for them (a short paragraph’s fixed cost).
      if (!startsOf(indexed(), tokens, starts, at, placesAt as ReadonlyArray<Array<Place<Entry>>> | undefined, nameOf)) return
      // The first word, found once: scanning the tokens before each match is quadratic in a long sentence.
      const firstWord = tokens.findIndex((token) => token.kind === 'word')
      for (let table = 0; table < starts.length; table++) if (starts[table]!.length > 0) matches(table, tokens, firstWord, found)
    },
    words() {
      const {everywhere, places, unmade} = indexed()
      if (everywhere.includes(true)) return undefined
      if (unmade === undefined) return places.keys()
      // In the order written (an object lists words that read as integers first).
      const order = unmade.places
      return Object.keys(order).sort((a, b) => order[a]! - order[b]!)
    },
    placesOf(word) {
      return placesIn(indexed(), word)
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
interface Anchors<Entry> {
  /** The lower case of an anchor, to its places in the phrases it anchors. */
  places: Map<string, Array<Place<Entry>>>
  /** Per table: some phrase has no word to anchor it (only `*` and `!…`): it may start anywhere (every phrase of the table is read). */
  everywhere: boolean[]
  /** Per table, the trie of the phrases read so far. */
  roots: Array<TrieNode<Entry>>
  /** The items read so far, by token: long lists of alternatives recur from phrase to phrase. */
  items: Map<string, Item>
  /** Read from a build, the anchors whose places are not made yet (`places` holds those made). */
  unmade?: Unmade<Entry>
}

export interface Place<Entry = unknown> {
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
  /** The phrases anchored here not read yet: read when a sentence first starts one here. */
  listed: Array<Listed<Entry>>
}

function anchorsOf<Entry>(
  tables: ReadonlyArray<readonly Entry[]>,
  phrasesOf: (entry: Entry) => readonly string[],
  nameOf: ((entry: Entry) => string) | undefined
): Anchors<Entry> {
  const anchors: Anchors<Entry> = {places: new Map(), everywhere: tables.map(() => false), roots: tables.map(() => node()), items: new Map()}
  // Items’ frequencies, and the neighbours’ sets, by token (shared by the places made of one).
  const frequencies = new Map<string, number>()
  const nearSets = new Map<string, Set<string>>()
  tables.forEach((entries, table) => {
    const seen = new Set<string>()
    let order = 0
    for (const entry of entries) {
      for (const phrase of phrasesOf(entry)) {
        const raw = spaceSeparated(phrase)
        const key = raw.join(' ')
        if (seen.has(key)) throw new Error('Phrase listed twice: `' + phrase + '`' + entryOf(entry, nameOf))
        seen.add(key)
        const listed: Listed<Entry> = {entry, phrase, table, order: order++, added: false}
        const tokens = phrase.includes('[') || phrase.includes(']') ? raw.map(unbracketed) : raw
        const anchor = rarestOf(tokens, frequencies)
        if (anchor === -1) {
          anchors.everywhere[table] = true
          insert(anchors.roots[table]!, read(listed, anchors.items, nameOf), 0)
          listed.added = true
          continue
        }
        const item = itemIn(anchors.items, tokens[anchor]!, listed, nameOf)
        // The rarer neighbour is checked: it rules out more places. (`rarestOf` has weighed them: a finite frequency is a word's or a capture's, whose keys the item lists; only its item is read.)
        const after = anchor + 1 < tokens.length ? frequencies.get(tokens[anchor + 1]!)! : Infinity
        const before = anchor > 0 ? frequencies.get(tokens[anchor - 1]!)! : Infinity
        const side = after !== Infinity && (before === Infinity || after <= before) ? 1 : before !== Infinity ? -1 : 0
        // One set for every spelling of the anchor and every phrase with that neighbour, copied only when another phrase adds to it.
        const neighbour = side === 1 ? tokens[anchor + 1]! : side === -1 ? tokens[anchor - 1]! : ''
        let near = nearSets.get(neighbour)
        if (!near) nearSets.set(neighbour, (near = new Set(side === 0 ? undefined : lowerKeys(itemIn(anchors.items, neighbour, listed, nameOf)))))
        // (Most anchors are written in lower case: no spelling to look for, whatever the number of alternatives.)
        const caseless = item.kind !== 'words' || allCaseless(item.alternatives)
        for (const key of lowerKeys(item)!) {
          const places = anchors.places.get(key)
          const place = places && placeIn(places, table, anchor, side)
          const exact = caseless ? undefined : exactSpellings(item, key)
          if (!place) {
            const made: Place<Entry> = {table, offset: anchor, side, near, shared: true, exact, listed: [listed]}
            if (places) places.push(made)
            else anchors.places.set(key, [made])
            continue
          }
          place.listed.push(listed)
          if (!exact) place.exact = undefined
          else if (place.exact) for (const spelling of exact) place.exact.add(spelling)
          if (side === 0) {
            place.side = 0
          } else if (place.side !== 0 && place.near !== near) {
            if (place.shared) {
              place.near = new Set(place.near)
              place.shared = false
            }
            for (const word of near) place.near.add(word)
          }
        }
      }
    }
  })
  // A table read at every token needs every phrase read.
  if (anchors.everywhere.includes(true)) {
    for (const places of anchors.places.values()) for (const place of places) if (anchors.everywhere[place.table]) readPhrases(anchors, place, nameOf)
  }
  return anchors
}

/**
 * Reads the phrases anchored at `place` not read yet, and adds them to their
 * table’s trie, each where it would stand had every phrase been added in
 * the order listed (see `insert`). A phrase of several anchors (`head|chief`)
 * is listed at each, and read at the first.
 */
function readPhrases<Entry>(anchors: Anchors<Entry>, place: Place<Entry>, nameOf: ((entry: Entry) => string) | undefined): void {
  for (const listed of place.listed) {
    if (listed.added) continue
    insert(anchors.roots[listed.table]!, read(listed, anchors.items, nameOf), 0)
    listed.added = true
  }
  place.listed = []
}

function entryOf<Entry>(entry: Entry, nameOf: ((entry: Entry) => string) | undefined): string {
  return nameOf ? ' (entry ' + nameOf(entry) + ')' : ''
}

function malformedOf<Entry>(listed: Listed<Entry>, nameOf: ((entry: Entry) => string) | undefined): (why: string) => Error {
  return (why) => new Error('Malformed phrase (' + why + '): `' + listed.phrase + '`' + entryOf(listed.entry, nameOf))
}

/** Whether every alternative matches case-insensitively. */
function allCaseless(alternatives: ReadonlyArray<{caseless: boolean}>): boolean {
  for (let index = 0; index < alternatives.length; index++) if (!alternatives[index]!.caseless) return false
  return true
}

/** The place of `places` that phrases of `table` anchored `offset` tokens in, with a neighbour on `side` (or none), join. */
function placeIn<Entry>(places: ReadonlyArray<Place<Entry>>, table: number, offset: number, side: -1 | 0 | 1): Place<Entry> | undefined {
  for (let index = 0; index < places.length; index++) {
    const place = places[index]!
    if (place.table === table && place.offset === offset && (place.side === side || place.side === 0)) return place
  }
  return undefined
}

/** A token of a phrase without the brackets of the reported span. */
function unbracketed(token: string): string {
  if (token.startsWith('[') && token.length > 1) token = token.slice(1)
  if (token.endsWith(']') && token.length > 1) token = token.slice(0, -1)
  return token
}

/** The phrase’s anchor (see `Anchors`): its rarest token, the first of equals; -1 when only `*` and `!…` make it. */
function rarestOf(tokens: readonly string[], frequencies?: Map<string, number>): number {
  let anchor = -1
  let rarest = Infinity
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    let frequency = frequencies?.get(token)
    if (frequency === undefined) {
      frequency =
        token === '*' || (!isCaptured(token) && token.startsWith('!')) ? Infinity : frequencyOf((isCaptured(token) ? token.slice(1, -1) : token).split('|'))
      frequencies?.set(token, frequency)
    }
    // (Two assignments: a destructured array is an allocation and an iteration in code run once, unoptimised.)
    if (frequency < rarest) {
      anchor = index
      rarest = frequency
    }
  }
  return anchor
}

const isCaptured = (token: string): boolean => token.length > 2 && token.startsWith('(') && token.endsWith(')')

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
function startsOf<Entry>(
  anchors: Anchors<Entry>,
  tokens: readonly Token[],
  starts: number[][],
  at: readonly number[] | undefined,
  placesAt: ReadonlyArray<Array<Place<Entry>>> | undefined,
  nameOf: ((entry: Entry) => string) | undefined
): boolean {
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
    const places = placesAt ? placesAt[step]! : placesIn(anchors, tokens[index]!.lower)
    if (places === undefined) continue
    for (const place of places) {
      if (anchors.everywhere[place.table] || !startsThere(place, tokens, index)) continue
      if (place.listed.length > 0) readPhrases(anchors, place, nameOf)
      starts[place.table]!.push(index - place.offset)
      any = true
    }
  }
  if (!any) return false
  // Anchors at different places find starts out of order, and one start twice.
  for (const list of starts) if (list.length > 1) sortUnique(list)
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
function read<Entry>(listed: Listed<Entry>, items: Map<string, Item>, nameOf: ((entry: Entry) => string) | undefined): Read<Entry> {
  const malformed = malformedOf(listed, nameOf)
  const raw = spaceSeparated(listed.phrase)
  let from: number | undefined
  let to: number | undefined
  const tokens: string[] = []
  for (let index = 0; index < raw.length; index++) {
    const token = raw[index]!
    if (token.startsWith('[') && token.length > 1) from = index
    if (token.endsWith(']') && token.length > 1) to = index
    tokens.push(unbracketed(token))
  }
  const bracketed = from !== undefined || to !== undefined
  if (bracketed && (from === undefined || to === undefined || from > to)) throw malformed(bracketsMessage)
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    // A `!…` token may stand for the end of the sentence, so it must lie outside the reported span.
    const negatedInSpan = token.startsWith('!') && (!bracketed || (index >= from! && index <= to!))
    if (negatedInSpan || token === '' || token.includes('[') || token.includes(']')) throw malformed(bracketsMessage)
  }

  const read: Item[] = []
  // A word listed for a plain token may not hold a bracket (half a `(…)` cut by a space); a bracket alone is a mark.
  let severalWords = false
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const item = itemIn(items, token, listed, nameOf)
    if (item.kind === 'words' && token.split('|').some((word) => word.length > 1 && (word.includes('(') || word.includes(')')))) severalWords = true
    if (index > 0 && sharesAWord(read[index - 1]!, item)) severalWords = true
    read.push(item)
  }
  if (severalWords) {
    throw malformed('a phrase of several words as one alternative: `|` separates the words of one token, so list each phrase apart')
  }
  return {items: read, ending: {entry: listed.entry, from: from ?? 0, to: to ?? tokens.length - 1, length: tokens.length, order: listed.order}}
}

/** The item of a token of `listed`, read once per table (items are never changed). */
function itemIn<Entry>(items: Map<string, Item>, token: string, listed: Listed<Entry>, nameOf: ((entry: Entry) => string) | undefined): Item {
  let item = items.get(token)
  if (!item) items.set(token, (item = itemOf(token, malformedOf(listed, nameOf))))
  return item
}

/** One token of a phrase (brackets of the span left out), read and checked. */
function itemOf(token: string, malformed: (why: string) => Error): Item {
  if (token === '*') return {kind: 'any'}
  if (isCaptured(token)) {
    const alternatives = token.slice(1, -1).split('|')
    if (alternatives.includes('')) throw malformed('empty alternative')
    const keys: string[] = []
    for (const alternative of alternatives) keys.push(...apostrophes(alternative.toLowerCase()))
    return {kind: 'captured', keys}
  }
  if (token.startsWith('!')) {
    const alternatives = token.slice(1).split('|')
    if (alternatives.includes('')) throw malformed('empty alternative')
    const except: string[] = []
    for (const alternative of alternatives) except.push(...apostrophes(alternative.toLowerCase()))
    return {kind: 'not', except}
  }
  const words = token.split('|')
  if (words.includes('')) throw malformed('empty alternative')
  const alternatives: Array<{caseless: boolean; keys: string[]}> = []
  const lower: string[] = []
  for (const word of words) {
    const keys = apostrophes(word)
    alternatives.push({caseless: word === word.toLowerCase(), keys})
    for (const key of keys) lower.push(key.toLowerCase())
  }
  return {kind: 'words', alternatives, lower}
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
 * Adds a phrase to the trie below `at`, from its item at `position` on. Its
 * ending and its `!…` edges stand among a node’s in the order listed, so
 * that a trie of phrases added in any order is walked as the trie of the
 * same phrases added in that order (the order decides ties).
 */
function insert<Entry>(at: TrieNode<Entry>, phrase: Read<Entry>, position: number): void {
  const item = phrase.items[position]
  if (!item) {
    inOrder(at.endings, phrase.ending)
    return
  }
  const next: Array<TrieNode<Entry>> = []
  if (item.kind === 'any') {
    next.push((at.any ??= node()))
  } else if (item.kind === 'captured') {
    // The capture says which word it was.
    children(at.captured, item.keys, next)
  } else if (item.kind === 'not') {
    const edge = {except: new Set(item.except), next: node<Entry>(), order: phrase.ending.order}
    inOrder(at.not, edge)
    next.push(edge.next)
  } else {
    // One child for every spelling of the token's apostrophes, so that tokens are looked up as they are.
    for (const {caseless, keys} of item.alternatives) children(caseless ? at.folded : at.exact, keys, next)
  }
  for (const below of next) insert(below, phrase, position + 1)
}

/** Inserts `item` into `list`, kept in `order`. */
function inOrder<Item extends {order: number}>(list: Item[], item: Item): void {
  let at = list.length
  while (at > 0 && list[at - 1]!.order > item.order) at--
  list.splice(at, 0, item)
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
