import type {Token} from './types.js'

/**
 * A phrase table compiled into one token trie: a single pass over a
 * sentence’s tokens finds every phrase of every entry (one multi-pattern
 * match, not one regex per phrase).
 *
 * Phrase syntax, one token per space-separated item:
 * - `a|b|c`: alternatives for one token (inflections are listed);
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
  | {kind: 'captured'; keys: string[]}
  | {kind: 'not'; except: string[]}
  | {kind: 'words'; alternatives: Array<{caseless: boolean; keys: string[]}>}

/** What is left of a phrase below a node: its items from `next` on. */
interface Pending<Entry> {
  items: readonly Item[]
  next: number
  ending: Ending<Entry>
}

/**
 * Compiles phrases; throws on a malformed phrase or a phrase listed twice,
 * naming it. Every phrase is read and checked here, but the trie grows a
 * node at a time, when a match first reaches it (`grown`): a run meets few
 * of the words the phrases start with, and phrases of several alternatives
 * per word branch into many nodes (a one-line file took ~70 ms to build the
 * calque table whole at import; it now builds the handful of nodes its words reach).
 */
export function compilePhraseTable<Entry>(entries: readonly Entry[], phrasesOf: (entry: Entry) => readonly string[]): PhraseTable<Entry> {
  const root = node<Entry>()
  const seen = new Set<string>()
  const pending: Array<Pending<Entry>> = []

  for (const entry of entries) {
    for (const phrase of phrasesOf(entry)) {
      const key = phrase.trim().replace(/\s+/g, ' ')
      if (seen.has(key)) throw new Error('Phrase listed twice: `' + phrase + '`')
      seen.add(key)
      pending.push(read(entry, phrase))
    }
  }
  root.pending = pending
  // The lower-case forms of every token a phrase may start with (by a word, a listed capture or an exact word):
  // one lookup rules most tokens out.
  let starts: Set<string> | undefined

  /**
   * The first token from `index` on that may start a phrase: most tokens
   * start none, or only phrases the next token does not continue, and a
   * lookup or three rule them out before any search. A phrase that starts
   * with `*` or `!…` is ruled out the same way, by the token after it: one
   * such phrase must not send every token of every sentence to `longestAt`.
   */
  function candidate(tokens: readonly Token[], index: number, starts: ReadonlySet<string>): number {
    for (; index < tokens.length; index++) {
      const token = tokens[index]!
      if (
        (starts.has(token.lower) &&
          (continues(root.folded.get(token.lower), tokens, index + 1) ||
            continues(root.captured.get(token.lower), tokens, index + 1) ||
            continues(root.exact.get(token.value), tokens, index + 1))) ||
        (root.any !== undefined && token.kind === 'word' && continues(root.any, tokens, index + 1)) ||
        (root.not.length > 0 && startsNegated(token, tokens, index + 1))
      ) {
        return index
      }
    }
    return -1
  }

  /** Whether `token` passes a `!…` edge of the root that the next token continues. */
  function startsNegated(token: Token, tokens: readonly Token[], next: number): boolean {
    for (const edge of root.not) if (!edge.except.has(token.lower) && continues(edge.next, tokens, next)) return true
    return false
  }

  function* matches(tokens: readonly Token[], index: number, starts: ReadonlySet<string>): Generator<PhraseMatch<Entry>> {
    // The first word, found once: scanning the tokens before each match is quadratic in a long sentence.
    const firstWord = tokens.findIndex((token) => token.kind === 'word')
    while (index !== -1) {
      const found = longestAt(root, tokens, index)
      if (!found) {
        index = candidate(tokens, index + 1, starts)
        continue
      }
      const {ending, captures} = found
      const first = index + ending.from
      yield {
        entry: ending.entry,
        start: tokens[first]!.start,
        end: tokens[index + ending.to]!.end,
        captures,
        sentenceStart: firstWord === -1 || first <= firstWord
      }
      index = candidate(tokens, index + ending.length, starts)
    }
  }

  return {
    match(tokens) {
      if (!starts) {
        grown(root)
        starts = new Set([...root.folded.keys(), ...root.captured.keys(), ...[...root.exact.keys()].map((key) => key.toLowerCase())])
      }
      // Most sentences hold no phrase: no generator is made for them (a short paragraph’s fixed cost).
      const first = candidate(tokens, 0, starts)
      return first === -1 ? noMatches : matches(tokens, first, starts)
    }
  }
}

const noMatches: Iterable<never> = Object.freeze([])

function node<Entry>(): TrieNode<Entry> {
  return {exact: new Map(), folded: new Map(), captured: new Map(), not: [], endings: []}
}

/** Reads and checks one phrase into its items and the span it reports. */
function read<Entry>(entry: Entry, phrase: string): Pending<Entry> {
  const malformed = (why: string) => new Error('Malformed phrase (' + why + '): `' + phrase + '`')
  const raw = phrase.trim().split(/\s+/)
  let from: number | undefined
  let to: number | undefined
  const tokens = raw.map((item, index) => {
    let token = item
    if (token.startsWith('[') && token.length > 1) {
      from = index
      token = token.slice(1)
    }
    if (token.endsWith(']') && token.length > 1) {
      to = index
      token = token.slice(0, -1)
    }
    return token
  })
  const bracketed = from !== undefined || to !== undefined
  // A `!…` token may stand for the end of the sentence, so it must lie outside the reported span.
  const negatedInSpan = tokens.some((token, index) => token.startsWith('!') && (!bracketed || (index >= (from ?? 0) && index <= (to ?? tokens.length - 1))))
  if (
    (bracketed && (from === undefined || to === undefined || from > to)) ||
    negatedInSpan ||
    tokens.some((token) => token === '' || token.includes('[') || token.includes(']'))
  ) {
    throw malformed('brackets, or a `!…` token inside the reported span')
  }

  const items = tokens.map((token): Item => {
    if (token === '*') return {kind: 'any'}
    if (token.length > 2 && token.startsWith('(') && token.endsWith(')')) {
      const alternatives = token.slice(1, -1).split('|')
      if (alternatives.includes('')) throw malformed('empty alternative')
      return {kind: 'captured', keys: alternatives.flatMap((alternative) => apostrophes(alternative.toLowerCase()))}
    }
    if (token.startsWith('!')) {
      const alternatives = token.slice(1).split('|')
      if (alternatives.includes('')) throw malformed('empty alternative')
      return {kind: 'not', except: alternatives.flatMap((alternative) => apostrophes(alternative.toLowerCase()))}
    }
    const alternatives = token.split('|')
    if (alternatives.includes('')) throw malformed('empty alternative')
    return {
      kind: 'words',
      alternatives: alternatives.map((alternative) => ({caseless: alternative === alternative.toLowerCase(), keys: apostrophes(alternative)}))
    }
  })
  return {items, next: 0, ending: {entry, from: from ?? 0, to: to ?? tokens.length - 1, length: tokens.length}}
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
    const rest: Pending<Entry> = {items: phrase.items, next: phrase.next + 1, ending: phrase.ending}
    const next: Array<TrieNode<Entry>> = []
    if (item.kind === 'any') {
      at.any ??= node()
      next.push(at.any)
    } else if (item.kind === 'captured') {
      // One child for all the words: the capture says which one it was.
      next.push(child(at.captured, item.keys))
    } else if (item.kind === 'not') {
      const edge = {except: new Set(item.except), next: node<Entry>()}
      at.not.push(edge)
      next.push(edge.next)
    } else {
      // One child for every spelling of the token's apostrophes, so that tokens are looked up as they are.
      for (const {caseless, keys} of item.alternatives) {
        const found = child(caseless ? at.folded : at.exact, keys)
        if (!next.includes(found)) next.push(found)
      }
    }
    for (const below of next) (below.pending ??= []).push(rest)
  }
  return at
}

/** The child that `keys` lead to in `map` (the first one any of them already does, else a new one), for all of them. */
function child<Entry>(map: Map<string, TrieNode<Entry>>, keys: readonly string[]): TrieNode<Entry> {
  let found: TrieNode<Entry> | undefined
  for (const key of keys) found ??= map.get(key)
  found ??= node()
  for (const key of keys) map.set(key, found)
  return found
}

/** Whether a phrase may go on from `node` at token `position` (or ends there). */
function continues<Entry>(node: TrieNode<Entry> | undefined, tokens: readonly Token[], position: number): boolean {
  if (!node) return false
  grown(node)
  if (node.endings.length > 0 || node.any || node.not.length > 0) return true
  const token = tokens[position]
  return token !== undefined && (node.folded.has(token.lower) || node.captured.has(token.lower) || (node.exact.size > 0 && node.exact.has(token.value)))
}

/** The longest phrase starting at `index`; ties go to the first one found, deterministically. */
function longestAt<Entry>(root: TrieNode<Entry>, tokens: readonly Token[], index: number): {ending: Ending<Entry>; captures: string[]} | undefined {
  let best: {ending: Ending<Entry>; captures: string[]} | undefined
  // Depth-first over the (few) branches a token sequence can take: exact, folded, wildcard.
  const stack: Array<{at: TrieNode<Entry>; position: number; captures: string[]}> = [{at: root, position: index, captures: []}]
  while (stack.length > 0) {
    const {at, position, captures} = stack.pop()!
    grown(at)
    for (const ending of at.endings) {
      if (!best || ending.length > best.ending.length) best = {ending, captures}
    }
    const token = tokens[position]
    if (!token) {
      // The end of the sentence satisfies a `!…` token.
      for (const edge of at.not) stack.push({at: edge.next, position, captures})
      continue
    }
    for (const edge of at.not) {
      if (!edge.except.has(token.lower)) stack.push({at: edge.next, position: position + 1, captures})
    }
    const exact = at.exact.size > 0 ? at.exact.get(token.value) : undefined
    if (exact) stack.push({at: exact, position: position + 1, captures})
    const folded = at.folded.get(token.lower)
    if (folded) stack.push({at: folded, position: position + 1, captures})
    const captured = at.captured.size > 0 ? at.captured.get(token.lower) : undefined
    if (captured) stack.push({at: captured, position: position + 1, captures: [...captures, token.value]})
    if (at.any && token.kind === 'word') {
      stack.push({at: at.any, position: position + 1, captures: [...captures, token.value]})
    }
  }
  return best
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
