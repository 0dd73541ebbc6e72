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
  match(tokens: readonly Token[]): Generator<PhraseMatch<Entry>>
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
  /** `!a|b` edges: any token whose folded value is not in the set. */
  not: Array<{except: Set<string>; next: TrieNode<Entry>}>
  endings: Ending<Entry>[]
}

/** Compiles phrases; throws on a malformed phrase or a phrase listed twice, naming it. */
export function compilePhraseTable<Entry>(
  entries: readonly Entry[],
  phrasesOf: (entry: Entry) => readonly string[]
): PhraseTable<Entry> {
  const root = node<Entry>()
  const seen = new Set<string>()

  for (const entry of entries) {
    for (const phrase of phrasesOf(entry)) {
      const key = phrase.trim().replace(/\s+/g, ' ')
      if (seen.has(key)) throw new Error('Phrase listed twice: `' + phrase + '`')
      seen.add(key)
      add(root, entry, phrase)
    }
  }
  // Every token that can start a phrase, folded: one lookup rules out most tokens.
  const starts = new Set([...root.folded.keys(), ...[...root.exact.keys()].map(fold)])
  const anyStart = root.any !== undefined || root.not.length > 0

  return {
    *match(tokens) {
      // Keys once per sentence, not once per trie step.
      const exact: string[] = []
      const folded: string[] = []
      for (const token of tokens) {
        const straight = token.value.includes("'")
        exact.push(straight ? normalise(token.value) : token.value)
        folded.push(straight ? normalise(token.lower) : token.lower)
      }
      const keys = {tokens, exact, folded}
      // The first word, found once: scanning the tokens before each match is quadratic in a long sentence.
      const firstWord = tokens.findIndex((token) => token.kind === 'word')
      let index = 0
      while (index < tokens.length) {
        // Most tokens start no phrase: one lookup rules them out before any search.
        const found = anyStart || starts.has(folded[index]!) ? longestAt(root, keys, index) : undefined
        if (!found) {
          index++
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
        index += ending.length
      }
    }
  }
}

function node<Entry>(): TrieNode<Entry> {
  return {exact: new Map(), folded: new Map(), not: [], endings: []}
}

function add<Entry>(root: TrieNode<Entry>, entry: Entry, phrase: string): void {
  const items = phrase.trim().split(/\s+/)
  let from: number | undefined
  let to: number | undefined
  const tokens = items.map((item, index) => {
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
  const negatedInSpan = tokens.some(
    (token, index) => token.startsWith('!') && (!bracketed || (index >= (from ?? 0) && index <= (to ?? tokens.length - 1)))
  )
  if (
    (bracketed && (from === undefined || to === undefined || from > to)) ||
    negatedInSpan ||
    tokens.some((token) => token === '' || token.includes('[') || token.includes(']'))
  ) {
    throw new Error('Malformed phrase (brackets, or a `!…` token inside the reported span): `' + phrase + '`')
  }

  let nodes = [root]
  for (const token of tokens) {
    const next: TrieNode<Entry>[] = []
    for (const current of nodes) {
      if (token === '*') {
        current.any ??= node()
        next.push(current.any)
        continue
      }
      if (token.startsWith('!')) {
        const except = new Set(token.slice(1).split('|').map(fold))
        if (except.has('')) throw new Error('Malformed phrase (empty alternative): `' + phrase + '`')
        const edge = {except, next: node<Entry>()}
        current.not.push(edge)
        next.push(edge.next)
        continue
      }
      for (const alternative of token.split('|')) {
        if (alternative === '') throw new Error('Malformed phrase (empty alternative): `' + phrase + '`')
        const caseless = alternative === alternative.toLowerCase()
        const map = caseless ? current.folded : current.exact
        const key = caseless ? fold(alternative) : normalise(alternative)
        let child = map.get(key)
        if (!child) {
          child = node()
          map.set(key, child)
        }
        if (!next.includes(child)) next.push(child)
      }
    }
    nodes = next
  }
  for (const end of nodes) end.endings.push({entry, from: from ?? 0, to: to ?? tokens.length - 1, length: tokens.length})
}

interface SentenceKeys {
  tokens: readonly Token[]
  exact: readonly string[]
  folded: readonly string[]
}

/** The longest phrase starting at `index`; ties go to the first one found, deterministically. */
function longestAt<Entry>(
  root: TrieNode<Entry>,
  {tokens, exact: exactKeys, folded: foldedKeys}: SentenceKeys,
  index: number
): {ending: Ending<Entry>; captures: string[]} | undefined {
  let best: {ending: Ending<Entry>; captures: string[]} | undefined
  // Depth-first over the (few) branches a token sequence can take: exact, folded, wildcard.
  const stack: Array<{at: TrieNode<Entry>; position: number; captures: string[]}> = [
    {at: root, position: index, captures: []}
  ]
  while (stack.length > 0) {
    const {at, position, captures} = stack.pop()!
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
      if (!edge.except.has(foldedKeys[position]!)) stack.push({at: edge.next, position: position + 1, captures})
    }
    const exact = at.exact.get(exactKeys[position]!)
    if (exact) stack.push({at: exact, position: position + 1, captures})
    const folded = at.folded.get(foldedKeys[position]!)
    if (folded) stack.push({at: folded, position: position + 1, captures})
    if (at.any && token.kind === 'word') {
      stack.push({at: at.any, position: position + 1, captures: [...captures, token.value]})
    }
  }
  return best
}

/** Straight and curly apostrophes are the same letter here. */
function normalise(value: string): string {
  return value.includes("'") ? value.replace(/'/g, '’') : value
}

function fold(value: string): string {
  return normalise(value.toLowerCase())
}
